import type { ActionPlan, PlanImport } from '@rapor/shared/action-plan-schemas';
import { planColumns } from '@rapor/shared/plan-file';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// A group's plan workbook filled offline and brought back: the file the app gives imports to
// the very same plan; an edited one is previewed action by action, then applied at once, or
// refused whole with every bad cell named.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PLAN = '/api/v1/periods/2025/areas/PPU/action-plan';

describe('a plan workbook imported again', () => {
  let t: TestApp;
  let chair: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    chair = await login(t.app, 'chair-ppu');
  });
  afterAll(() => t.close());

  const read = async (): Promise<ActionPlan> =>
    (await t.app.inject({ url: PLAN, headers: { cookie: chair } })).json();
  const download = async (lang = 'id') => {
    const res = await t.app.inject({
      url: `${PLAN}.xlsx?lang=${lang}`,
      headers: { cookie: chair },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const upload = (book: ExcelJS.Workbook | Buffer, query: string, cookie = chair) =>
    (async () =>
      t.app.inject({
        method: 'POST',
        url: `${PLAN}/import${query}`,
        headers: { cookie, 'content-type': XLSX },
        payload: Buffer.isBuffer(book) ? book : Buffer.from(await book.xlsx.writeBuffer()),
      }))();
  /** The sheet's cell under `header` in the row of the action `text`. */
  const cellOf = (
    book: ExcelJS.Workbook,
    text: string,
    header: string,
    lang: 'id' | 'en' = 'id',
  ) => {
    const sheet = book.getWorksheet('PPU');
    if (!sheet) throw new Error('no PPU sheet');
    const column = planColumns(lang).indexOf(header) + 1;
    let found: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(7).value === text) found = row.getCell(column);
    });
    if (!found) throw new Error(`no row ${text}`);
    return found;
  };

  it('takes the file it gave back as the very same plan, in either language', async () => {
    const before = await read();
    for (const lang of ['id', 'en']) {
      const preview = await upload(await download(lang), '?dryRun=true');
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json()).toEqual({
        year: 2025,
        area: 'PPU',
        applied: false,
        version: before.version,
        changes: [],
      });
    }
    const applied = await upload(await download(), `?version=${before.version}`);
    expect(applied.json()).toMatchObject({ applied: false, changes: [] });
    expect(await read()).toEqual(before);
  });

  it('previews an edited target and a TW IV report, then applies them in one write', async () => {
    const before = await read();
    const action = before.activities[0]?.actions[0];
    if (!action) throw new Error('PPU has an action');
    const book = await download();
    cellOf(book, action.text, 'Target output TW I').value = action.targets[0] + 1;
    cellOf(book, action.text, 'Realisasi output TW IV').value = 2;
    cellOf(book, action.text, 'Realisasi anggaran TW IV').value = 5_000_000;
    const preview = await upload(book, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    const changes = (preview.json() as PlanImport).changes;
    expect(changes.map((c) => [c.action, c.what, c.quarter])).toEqual([
      [action.text, 'reported', 4],
      [action.text, 'changed', undefined],
    ]);
    expect((await read()).version).toBe(before.version);

    const applied = await upload(book, `?version=${before.version}`);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ applied: true, version: before.version + 1 });
    const after = await read();
    const stored = after.activities[0]?.actions[0];
    expect(stored?.id).toBe(action.id);
    expect(stored?.targets[0]).toBe(action.targets[0] + 1);
    expect(stored?.realised[3]).toMatchObject({ output: 2, budget: 5_000_000, evidence: [] });
    // the reports already made stay as they were, evidence and all
    expect(stored?.realised.slice(0, 3)).toEqual(action.realised.slice(0, 3));
    const admin = await login(t.app, 'admin');
    const audit = (
      await t.app.inject({ url: '/api/v1/audit?entity=action_plan', headers: { cookie: admin } })
    ).json();
    expect(audit.entries[0]).toMatchObject({ entityId: '2025/PPU', after: { imported: true } });
  });

  it('takes nothing when a cell is bad, naming each by sheet, row and column', async () => {
    const before = await read();
    const action = before.activities[0]?.actions[0];
    if (!action) throw new Error('PPU has an action');
    const book = await download();
    cellOf(book, action.text, 'Target output TW II').value = 'banyak';
    cellOf(book, action.text, 'Kegiatan utama').value = 'Kegiatan tanpa kode';
    cellOf(book, action.text, 'Unit pelaksana').value = '';
    const res = await upload(book, `?version=${before.version}`);
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors as { sheet: string; column: string }[];
    expect(errors.map((e) => [e.sheet, e.column])).toEqual([
      ['PPU', 'Kegiatan utama'],
      ['PPU', 'Target output TW II'],
      ['PPU', 'Unit pelaksana'],
    ]);
    expect(res.json().error.message).toMatch(
      /^Berkas rencana aksi tidak dapat diimpor \(3 masalah\)/,
    );
    expect(await read()).toEqual(before);
  });

  it('refuses a stale version, other files, and callers who may not edit the plan', async () => {
    const before = await read();
    const book = await download();
    const action = before.activities[0]?.actions[0];
    cellOf(book, action?.text ?? '', 'Target output TW I').value = 99;
    expect((await upload(book, `?version=${before.version - 1}`)).statusCode).toBe(409);
    expect((await upload(book, '')).statusCode).toBe(400);
    expect((await upload(Buffer.from('bukan xlsx'), '?dryRun=true')).statusCode).toBe(400);
    expect((await upload(book, '?dryRun=true', await login(t.app, 'chair-mp'))).statusCode).toBe(
      403,
    );
    expect((await upload(book, '?dryRun=true', await login(t.app, 'leader'))).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `${PLAN}/import`,
      headers: { 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await read()).toEqual(before);
  });
});
