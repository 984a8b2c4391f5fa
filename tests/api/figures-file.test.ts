import type { Figure, FiguresResponse } from '@rapor/shared/figure-schemas';
import { FIGURES_COLUMNS } from '@rapor/shared/figures-file';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueFor } from '../helpers/figures';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The year's sourced figures as one xlsx sheet: exported, filled offline (value and source),
// imported back with a preview, all or nothing, every bad cell named by sheet, row and column.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SOURCE = ['Rekap hasil penilaian 2026', 'KemenPANRB', '20/01/2027'] as const;
const ID = FIGURES_COLUMNS.id;

describe('the figures sheet: export, fill offline, import', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2026, frameworkId: 'pmprb-2024' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
  });
  afterAll(() => t.close());

  const figures = async (): Promise<FiguresResponse> =>
    (await t.app.inject({ url: '/api/v1/periods/2026/hasil', headers: { cookie: admin } })).json();
  const download = async (query = '', cookie = admin) => {
    const res = await t.app.inject({
      url: `/api/v1/periods/2026/hasil/export.xlsx${query}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const upload = (body: Buffer, query = '', cookie = admin) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/2026/hasil/import${query}`,
      headers: { cookie, 'content-type': XLSX },
      payload: body,
    });
  /** The sheet's header row and a cell setter by figure code and column name. */
  function grid(sheet: ExcelJS.Worksheet) {
    let header = 0;
    sheet.eachRow((row, n) => {
      if (!header && row.getCell(1).value === ID.code) header = n;
    });
    const names = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row, n) => {
        if (n > header && row.getCell(1).value === code) found = row;
      });
      if (!found) throw new Error(`no row ${code}`);
      return found;
    };
    const set = (code: string, column: string, value: ExcelJS.CellValue) => {
      rowOf(code).getCell(names.indexOf(column) + 1).value = value;
    };
    return { header, names, rowOf, set };
  }
  const fill = (g: ReturnType<typeof grid>, f: Figure, value = valueFor(f)) => {
    g.set(f.code, ID.value, value);
    g.set(f.code, ID.sourceTitle, SOURCE[0]);
    g.set(f.code, ID.sourceIssuer, SOURCE[1]);
    g.set(f.code, ID.sourceDate, SOURCE[2]);
  };
  const bytes = async (book: ExcelJS.Workbook) => Buffer.from(await book.xlsx.writeBuffer());

  it("writes every figure of the year, one row each, with what to fill shaded and each row's version", async () => {
    const all = (await figures()).figures;
    const book = await download();
    const sheet = book.getWorksheet('Angka bersumber');
    if (!sheet) throw new Error('no sheet');
    const g = grid(sheet);
    expect(g.names).toEqual(Object.values(ID));
    expect(sheet.rowCount - g.header).toBe(all.length);
    const first = all[0] as Figure;
    const row = g.rowOf(first.code);
    expect(row.getCell(g.names.indexOf(ID.version) + 1).value).toBe(0);
    expect(row.getCell(g.names.indexOf(ID.state) + 1).value).toBe('Belum diisi');
    expect(row.getCell(g.names.indexOf(ID.value) + 1).fill).toMatchObject({ pattern: 'solid' });
    const en = await download('?lang=en');
    expect(en.getWorksheet('Sourced figures')).toBeDefined();
  });

  it('previews the changed rows and writes nothing, then writes them all in one go, audited', async () => {
    const all = (await figures()).figures;
    const book = await download();
    const g = grid(book.worksheets[0] as ExcelJS.Worksheet);
    const chosen = all.slice(0, 3);
    for (const f of chosen) fill(g, f);
    const file = await bytes(book);

    const preview = await upload(file, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ year: 2026, applied: false });
    expect(preview.json().changes).toEqual(
      chosen.map((f) =>
        expect.objectContaining({
          code: f.code,
          valueBefore: null,
          value: valueFor(f),
          sourceBefore: null,
          source: { title: SOURCE[0], issuer: SOURCE[1], date: '2027-01-20' },
        }),
      ),
    );
    expect((await figures()).counts.entered).toBe(0);

    const applied = await upload(file);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ applied: true });
    const after = await figures();
    expect(after.counts.entered).toBe(3);
    for (const f of chosen) {
      expect(after.figures.find((x) => x.code === f.code)).toMatchObject({
        value: valueFor(f),
        sourceTitle: SOURCE[0],
        sourceDate: '2027-01-20',
        state: 'entered',
        version: 1,
      });
    }
    const audit = (
      await t.app.inject({
        url: '/api/v1/audit?entity=figure&limit=50',
        headers: { cookie: admin },
      })
    ).json();
    expect(
      audit.entries.filter((e: { entityId: string }) => e.entityId.startsWith('2026/')),
    ).toHaveLength(3);

    // the same file again changes nothing
    const again = await upload(file, '?dryRun=true');
    expect(again.json().changes).toEqual([]);
    // the file just downloaded, round trip: nothing changes either
    const fresh = await upload(await bytes(await download()), '?dryRun=true');
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json().changes).toEqual([]);
  });

  it('refuses the whole file when any row is wrong, naming sheet, row and column, and writes nothing', async () => {
    const before = await figures();
    const book = await download();
    const g = grid(book.worksheets[0] as ExcelJS.Worksheet);
    const [a, b, c, d] = before.figures.filter((f) => f.state === 'missing') as Figure[];
    if (!a || !b || !c || !d) throw new Error('four missing figures');
    fill(g, a);
    fill(g, b, 999);
    fill(g, c);
    g.set(c.code, ID.sourceDate, 'kemarin');
    g.set(d.code, ID.value, valueFor(d)); // a value with no source anywhere
    g.rowOf(a.code).getCell(1).value = 'X.9';
    const res = await upload(await bytes(book), '?dryRun=true');
    expect(res.statusCode, res.body).toBe(400);
    const errors = res.json().error.details.errors as {
      sheet: string;
      row: number;
      column: string;
      message: string;
    }[];
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['Angka bersumber', g.rowOf('X.9').number, ID.code],
      ['Angka bersumber', g.rowOf(b.code).number, ID.value],
      ['Angka bersumber', g.rowOf(c.code).number, ID.sourceTitle],
      ['Angka bersumber', g.rowOf(d.code).number, ID.sourceTitle],
    ]);
    expect(errors[0]?.message).toMatch(/kode X\.9 bukan angka bersumber/);
    expect(errors[2]?.message).toMatch(/judul, penerbit dan tanggal/);
    expect(res.json().error.message).toMatch(/^Berkas angka tidak dapat diimpor \(4 masalah\)/);
    expect((await upload(await bytes(book))).statusCode).toBe(400);
    expect((await figures()).counts).toEqual(before.counts);
  });

  it('refuses a row changed in the app after the file was downloaded', async () => {
    const book = await download();
    const f = (await figures()).figures.find((x) => x.state === 'entered') as Figure;
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/periods/2026/hasil/${f.code}`,
      headers: { cookie: admin },
      payload: { version: f.version, note: 'dicek ulang' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const g = grid(book.worksheets[0] as ExcelJS.Worksheet);
    g.set(f.code, ID.value, valueFor(f) === 80 ? 81 : valueFor(f));
    g.set(f.code, ID.sourceTitle, 'Laporan yang diperbarui');
    const res = await upload(await bytes(book));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toEqual([
      expect.objectContaining({
        column: ID.version,
        message: expect.stringMatching(/unduh berkas lagi/),
      }),
    ]);
  });

  it('reads a sheet downloaded in English', async () => {
    const f = (await figures()).figures.find((x) => x.state === 'missing') as Figure;
    const book = await download('?lang=en');
    const sheet = book.getWorksheet('Sourced figures') as ExcelJS.Worksheet;
    const names = (sheet.getRow(4).values as unknown[]).slice(1).map(String);
    expect(names).toEqual(Object.values(FIGURES_COLUMNS.en));
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== f.code) return;
      row.getCell(names.indexOf('Value') + 1).value = valueFor(f);
      row.getCell(names.indexOf('Source title') + 1).value = SOURCE[0];
      row.getCell(names.indexOf('Source issuer') + 1).value = SOURCE[1];
      row.getCell(names.indexOf('Source date') + 1).value = new Date('2027-01-20T00:00:00Z');
    });
    const res = await upload(await bytes(book), '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changes).toEqual([
      expect.objectContaining({
        code: f.code,
        source: expect.objectContaining({ date: '2027-01-20' }),
      }),
    ]);
  });

  it('refuses what is not a workbook of ours', async () => {
    const notXlsx = await upload(Buffer.from('Kode;Nilai\nB.H.1;80'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.message).toMatch(/bukan xlsx/);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Lain').addRow(['apa saja']);
    const wrongSheet = await upload(await bytes(other));
    expect(wrongSheet.statusCode).toBe(400);
    expect(wrongSheet.json().error.message).toMatch(/sheet "Angka bersumber" tidak ada/);
  });

  it('lets everyone signed in download it and only the secretariat import it, never into a closed year', async () => {
    const file = await bytes(await download());
    const anonymous = await t.app.inject({ url: '/api/v1/periods/2026/hasil/export.xlsx' });
    expect(anonymous.statusCode).toBe(401);
    await download('', await login(t.app, 'chair-mp'));
    expect((await upload(file, '?dryRun=true', '')).statusCode).toBe(401);
    for (const user of ['chair-mp', 'evaluator', 'leader']) {
      const res = await upload(file, '?dryRun=true', await login(t.app, user));
      expect(res.statusCode, user).toBe(403);
    }
    const closed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2023/hasil/import?dryRun=true',
      headers: { cookie: admin, 'content-type': XLSX },
      payload: file,
    });
    expect(closed.statusCode, closed.body).toBe(423);
    expect(closed.json().error.message).toMatch(/ditutup/);
  });
});
