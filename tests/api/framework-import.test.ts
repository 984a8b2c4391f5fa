import { FrameworkDto } from '@rapor/shared/schemas';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeArea, resultOf } from '../helpers/demo-ids';
import { smallFramework } from '../helpers/frameworks';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('framework versions: criteria, export, import', () => {
  let template: string;
  const apps: TestApp[] = [];
  const fresh = async () => {
    const t = await makeTestApp({ from: template });
    apps.push(t);
    return { t, admin: await login(t.app, 'admin') };
  };
  beforeAll(async () => {
    template = await demoTemplate();
  }, 60_000);
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  const exportXlsx = async (t: TestApp, id: string) => {
    const res = await t.app.inject({ url: `/api/v1/frameworks/${id}/export.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    return res.rawPayload;
  };
  const postXlsx = (t: TestApp, cookie: string, file: Buffer, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/frameworks${query}`,
      headers: { cookie, 'content-type': XLSX },
      payload: file,
    });

  it('offers the shipped versions on an empty database, for its first period', async () => {
    const t = await makeTestApp();
    apps.push(t);
    const list = (await t.app.inject({ url: '/api/v1/frameworks' })).json().frameworks;
    expect(list.map((f: { id: string; usedBy: number[] }) => [f.id, f.usedBy])).toEqual([
      ['pmprb-2014', []],
      ['pmprb-2020', []],
      ['pmprb-2021', []],
      ['pmprb-2023', []],
      ['pmprb-2024', []],
    ]);
    expect((await t.app.inject({ url: '/api/v1/frameworks/pmprb-2021' })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/v1/frameworks/pmprb-2021/export.xlsx' })).statusCode,
    ).toBe(200);
  });

  it('serves every option with its criterion, in the framework and in an area result', async () => {
    const { t, admin } = await fresh();
    const f = FrameworkDto.parse(
      (await t.app.inject({ url: '/api/v1/frameworks/pmprb-2014' })).json(),
    );
    const mp = f.components[0]?.children?.[0]?.children?.[0]?.children?.[1];
    expect(mp?.options?.map((o) => [o.code, o.fraction])).toEqual([
      ['A', 1],
      ['B', 0.67],
      ['C', 0.33],
      ['D', 0],
    ]);
    expect(mp?.options?.[0]?.criterion.id).toMatch(/seluruh/);
    const result = await resultOf(t.app, admin, 2019, 'SDM');
    const leaf = result.tree[0].children[0].children[0];
    expect(leaf.options.map((o: { code: string }) => o.code)).toEqual(['Ya', 'Tidak']);
    expect(leaf.options[0].criterion.id).toMatch(/^Ya: /);
  });

  it('xlsx export → import gives an identical tree under a new id', async () => {
    const { t, admin } = await fresh();
    for (const id of ['pmprb-2014', 'pmprb-2021', 'pmprb-2023', 'pmprb-2024']) {
      const file = await exportXlsx(t, id);
      const res = await postXlsx(t, admin, file, `?id=${id}-salinan`);
      expect(res.statusCode, res.body).toBe(201);
      const original = FrameworkDto.parse(
        (await t.app.inject({ url: `/api/v1/frameworks/${id}` })).json(),
      );
      const copy = FrameworkDto.parse(
        (await t.app.inject({ url: `/api/v1/frameworks/${id}-salinan` })).json(),
      );
      expect(copy.components).toEqual(original.components);
      expect({ ...copy, id, usedBy: [] }).toEqual({ ...original, usedBy: [] });
    }
  });

  it('previews without storing (dryRun), then refuses an id that exists', async () => {
    const { t, admin } = await fresh();
    const body = smallFramework('uji-pratinjau');
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks?dryRun=true',
      headers: { cookie: admin },
      payload: body,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(FrameworkDto.parse(preview.json()).components[0]?.weight).toBe(60);
    expect((await t.app.inject({ url: '/api/v1/frameworks/uji-pratinjau' })).statusCode).toBe(404);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      headers: { cookie: admin },
      payload: { ...body, id: 'pmprb-2014' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a bad JSON framework whole, naming the node', async () => {
    const { t, admin } = await fresh();
    const body = smallFramework('uji-salah');
    const leaf = body.components[0]?.children?.[0]?.children?.[1];
    if (leaf) leaf.options = leaf.options?.slice(0, 2);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      headers: { cookie: admin },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('P.MP.b: pilihan jawaban harus A, B, C');
    const list = (await t.app.inject({ url: '/api/v1/frameworks' })).json().frameworks;
    expect(list.map((f: { id: string }) => f.id)).not.toContain('uji-salah');
  });

  it('refuses a version whose self-scored item has no rubric, naming its row', async () => {
    const { t, admin } = await fresh();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportXlsx(t, 'pmprb-2024')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Indikator');
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    let at = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(header.indexOf('kode')).value === 'T.KMS.S') at = n;
    });
    expect(at).toBeGreaterThan(1);
    header.forEach((name, col) => {
      if (name.startsWith('rubrik')) sheet.getRow(at).getCell(col).value = null;
    });
    const res = await postXlsx(
      t,
      admin,
      Buffer.from(await book.xlsx.writeBuffer()),
      '?id=pmprb-2024-tanpa-rubrik',
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.errors).toContainEqual({
      sheet: 'Indikator',
      row: at,
      message: 'T.KMS.S: nilai yang diisi kelompok kerja butuh rubrik (tingkat dan artinya)',
    });
  });

  it('refuses a bad xlsx whole, listing sheet, row and column; stores nothing', async () => {
    const { t, admin } = await fresh();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportXlsx(t, 'pmprb-2014')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Indikator');
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    sheet.getRow(5).getCell(col('bobot')).value = 'berat';
    sheet.getRow(9).getCell(col('opsi2_kriteria_id')).value = null;
    const meta = book.getWorksheet('Kerangka');
    if (meta) meta.getRow(2).getCell(2).value = 'pmprb-2014-rusak';
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const res = await postXlsx(t, admin, file);
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors as {
      sheet: string;
      row: number;
      column?: string;
    }[];
    expect(errors).toContainEqual(
      expect.objectContaining({ sheet: 'Indikator', row: 5, column: 'bobot' }),
    );
    expect(res.json().error.message).toMatch(/sheet Indikator, baris 5, kolom bobot/);
    expect((await t.app.inject({ url: '/api/v1/frameworks/pmprb-2014-rusak' })).statusCode).toBe(
      404,
    );

    const notXlsx = await postXlsx(t, admin, Buffer.from('%PDF-1.4 bukan xlsx'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.message).toMatch(/bukan xlsx/);
  });

  it('only the admin imports', async () => {
    const { t } = await fresh();
    const payload = smallFramework('uji-peran');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/frameworks', payload })).statusCode,
    ).toBe(401);
    for (const user of ['chair-mp', 'evaluator', 'leader']) {
      const cookie = await login(t.app, user);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/frameworks',
        headers: { cookie },
        payload,
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('a period opened on an imported framework is filled and scored end to end', async () => {
    const { t, admin } = await fresh();
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      headers: { cookie: admin },
      payload: smallFramework('kemensos-2026'),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2026, frameworkId: 'kemensos-2026' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().areas.map((a: { code: string }) => a.code)).toEqual(['MP', 'SDM']);

    // The chairs answer (yes/no → Ya = 1; A–C 'B' = 0.5; percent 80 → 0.8).
    const chairMp = await login(t.app, 'chair-mp');
    await completeArea(t.app, chairMp, 2026, 'MP');
    const chairSdm = await login(t.app, 'chair-sdm');
    await completeArea(t.app, chairSdm, 2026, 'SDM');
    // The secretariat enters Hasil with sources; the evaluator verifies one.
    const source = { title: 'Laporan uji', issuer: 'Uji', date: '2027-01-15' };
    for (const [code, value] of [
      ['H.a', 80],
      ['H.b', 3],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/periods/2026/hasil/${code}`,
        headers: { cookie: admin },
        payload: { version: 0, value, source },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // MP: 10 × 1 + 10 × 0.5 = 15; SDM: 30 × 0.5 + 10 × 0.8 = 23; Hasil: 25 × 0.8 + 15 × 0.5 = 27.5
    const summary = (
      await t.app.inject({ url: '/api/v1/dashboard/summary?from=2026&to=2026' })
    ).json().years[0];
    expect(summary.framework).toBe('kemensos-2026');
    expect(summary.method).toBe('Metode uji');
    expect(summary.areas.map((a: { code: string; points: number }) => [a.code, a.points])).toEqual([
      ['MP', 15],
      ['SDM', 23],
    ]);
    expect(summary.components).toEqual([
      { code: 'P', name: { id: 'Pengungkit', en: 'Enablers' }, points: 38, max: 60 },
      { code: 'HASIL', name: { id: 'Hasil', en: 'Results' }, points: 27.5, max: 40 },
    ]);
    expect(summary.index).toBe(65.5);
    expect(summary.predicate).toBe('B');
    const list = (await t.app.inject({ url: '/api/v1/frameworks' })).json().frameworks;
    expect(list.find((f: { id: string }) => f.id === 'kemensos-2026').usedBy).toEqual([2026]);
  });
});
