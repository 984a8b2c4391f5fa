import { ClosingCheck, DashboardSummary, PeriodDetail } from '@rapor/shared/schemas';
import { AuditResponse } from '@rapor/shared/write-schemas';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultOf, yearVersion } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Closing a year is a decision the secretariat states: an area the evaluator has not verified
// is closed only when named with a reason, and it says so on every surface from then on.

const STATE = '/api/v1/periods/2025/state';
const CLOSING = '/api/v1/periods/2025/closing';

describe('closing 2025 with areas not verified', () => {
  let template: string;
  let t: TestApp;
  let admin: string;
  // a move names the year's version it was decided on; unless a test gives one, the current
  const post = async (payload: object, cookie = admin) =>
    t.app.inject({
      method: 'POST',
      url: STATE,
      headers: { cookie },
      payload: { version: await yearVersion(t.app, 2025), ...payload },
    });
  const get = async (url: string, cookie = admin) =>
    (await t.app.inject({ url, headers: { cookie } })).json();
  beforeAll(async () => {
    template = await demoTemplate();
  }, 60_000);
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
    expect((await post({ to: 'review' })).statusCode).toBe(200);
  });
  afterEach(() => t.close());

  it('lists each area not verified with its status and unanswered items, for the admin only', async () => {
    expect((await t.app.inject({ url: CLOSING })).statusCode).toBe(401);
    for (const user of ['chair-mp', 'evaluator', 'leader']) {
      const res = await t.app.inject({
        url: CLOSING,
        headers: { cookie: await login(t.app, user) },
      });
      expect(res.statusCode, user).toBe(403);
    }
    const check = ClosingCheck.parse(await get(CLOSING));
    expect(check.state).toBe('review');
    const detail = PeriodDetail.parse(await get('/api/v1/periods/2025'));
    const notVerified = detail.areas.filter((a) => a.status !== 'verified').map((a) => a.code);
    expect(notVerified.length).toBeGreaterThan(0);
    expect(check.pending.map((p) => p.area)).toEqual(notVerified);
    // YAN's theme strategy is the demo's unanswered item: it would count as zero once closed
    expect(check.pending.find((p) => p.area === 'YAN')).toMatchObject({
      status: 'draft',
      unanswered: ['T.KMS.S'],
    });
  });

  it('refuses to close without naming every area not verified, and changes nothing', async () => {
    const check = ClosingCheck.parse(await get(CLOSING));
    const refused = await post({ to: 'closed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CLOSING_NEEDS_EXCEPTIONS');
    expect(refused.json().error.message).toContain('YAN (Draf, 1 butir belum diisi)');
    expect(refused.json().error.details.pending).toEqual(check.pending);

    const [first, ...rest] = check.pending;
    const partly = await post({
      to: 'closed',
      exceptions: [{ area: first?.area, reason: 'Tidak diajukan sampai batas waktu forum' }],
    });
    expect(partly.statusCode).toBe(409);
    expect(partly.json().error.details.pending.map((p: { area: string }) => p.area)).toEqual(
      rest.map((p) => p.area),
    );
    expect(PeriodDetail.parse(await get('/api/v1/periods/2025')).state).toBe('review');
  });

  it('answers 400 for a reason too short, an area named twice or without need, or exceptions when not closing', async () => {
    const check = ClosingCheck.parse(await get(CLOSING));
    const all = (reason: string) => check.pending.map((p) => ({ area: p.area, reason }));
    const verified = PeriodDetail.parse(await get('/api/v1/periods/2025')).areas.find(
      (a) => a.status === 'verified',
    );
    const bad = [
      { to: 'closed', exceptions: all('alasan') },
      { to: 'closed', exceptions: [...all('Batas waktu forum'), ...all('Batas waktu forum')] },
      { to: 'open', exceptions: all('Batas waktu forum') },
      ...(verified
        ? [
            {
              to: 'closed',
              exceptions: [
                ...all('Batas waktu forum'),
                { area: verified.code, reason: 'Batas waktu forum' },
              ],
            },
          ]
        : []),
    ];
    for (const body of bad) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
    expect(PeriodDetail.parse(await get('/api/v1/periods/2025')).state).toBe('review');
  });

  it('refuses a close decided on a list that has since changed (STALE_VERSION), and closes nothing', async () => {
    const check = ClosingCheck.parse(await get(CLOSING));
    const exceptions = check.pending.map((p) => ({
      area: p.area,
      reason: 'Tidak diajukan sampai batas waktu forum',
    }));
    // the evaluator verifies an area after the secretariat read the list
    const evaluator = await login(t.app, 'evaluator');
    const submitted = check.pending.find((p) => p.status === 'submitted');
    expect(submitted, 'the demo has a submitted area in 2025').toBeDefined();
    const { version } = await resultOf(t.app, evaluator, 2025, submitted?.area ?? '');
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/2025/areas/${submitted?.area}/verify`,
      headers: { cookie: evaluator },
      payload: { version },
    });
    expect(verified.statusCode, verified.body).toBe(200);

    const stale = await post({ to: 'closed', version: check.version, exceptions });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect(stale.json().error.message).toContain('Muat ulang');
    expect(PeriodDetail.parse(await get('/api/v1/periods/2025')).state).toBe('review');
    // read again, the list no longer names the verified area
    const fresh = ClosingCheck.parse(await get(CLOSING));
    expect(fresh.version).toBeGreaterThan(check.version);
    expect(fresh.pending.map((p) => p.area)).not.toContain(submitted?.area);
    // a version is part of every move
    const bare = await t.app.inject({
      method: 'POST',
      url: STATE,
      headers: { cookie: admin },
      payload: { to: 'open' },
    });
    expect(bare.statusCode).toBe(400);
  });

  it('closes with every such area named; each says so on every surface and in the audit trail', async () => {
    const check = ClosingCheck.parse(await get(CLOSING));
    const reason = (area: string) => `${area} tidak diajukan sampai batas waktu forum`;
    const closed = await post({
      to: 'closed',
      exceptions: check.pending.map((p) => ({ area: p.area, reason: reason(p.area) })),
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const named = new Set(check.pending.map((p) => p.area));
    const expected = (code: string) => (named.has(code as never) ? reason(code) : null);

    const detail = PeriodDetail.parse(closed.json());
    for (const a of detail.areas) {
      expect(a.status).toBe('final');
      expect(a.closedUnverified, a.code).toBe(expected(a.code));
    }
    const summary = DashboardSummary.parse(
      await get('/api/v1/dashboard/summary?from=2025&to=2025'),
    );
    for (const a of summary.years[0]?.areas ?? [])
      expect(a.closedUnverified).toBe(expected(a.code));
    // the year keeps its predicate, with the number of areas closed unverified beside it
    const year = summary.years[0];
    expect(year?.shownPredicate).not.toBeNull();
    expect(year?.areasClosedUnverified).toBe(named.size);
    expect((await get('/api/v1/dashboard/overview?year=2025')).areasClosedUnverified).toBe(
      named.size,
    );
    const said = `${named.size} area ditutup tanpa verifikasi`;
    const mp = await resultOf(t.app, admin, 2025, 'MP');
    expect(mp.closedUnverified).toBe(reason('MP'));
    const deck = await get('/api/v1/periods/2025/deck');
    for (const a of deck.areas) expect(a.closedUnverified).toBe(expected(a.code));
    expect(deck.areasClosedUnverified).toBe(named.size);

    const book = new ExcelJS.Workbook();
    const xlsx = await t.app.inject({
      url: '/api/v1/periods/2025/export.xlsx',
      headers: { cookie: admin },
    });
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const statusRow = book
      .getWorksheet('MP')
      ?.getRows(1, 10)
      ?.find((r) => r.getCell(1).value === 'Status');
    expect(statusRow?.getCell(2).value).toBe('Ditutup tanpa verifikasi');
    expect(statusRow?.getCell(3).value).toBe(`Alasan: ${reason('MP')}`);
    const predicateRow = book
      .getWorksheet('Ringkasan')
      ?.getRows(1, 12)
      ?.find((r) => r.getCell(1).value === 'Predikat');
    expect(String(predicateRow?.getCell(3).value)).toContain(said);

    const pptx = await t.app.inject({
      url: '/api/v1/periods/2025/export.pptx',
      headers: { cookie: admin },
    });
    const zip = await JSZip.loadAsync(pptx.rawPayload);
    const all = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
          .map((f) => zip.file(f)?.async('string') ?? ''),
      )
    ).join(' ');
    expect(all).toContain('Status Ditutup tanpa verifikasi');
    expect(all).toContain(said);

    const audit = AuditResponse.parse(await get('/api/v1/audit?action=finalize&area=MP'));
    expect(audit.entries[0]).toMatchObject({
      entity: 'area_result',
      after: { status: 'final', closedUnverified: reason('MP') },
    });
    // nothing is left to except once the year is closed
    expect(ClosingCheck.parse(await get(CLOSING)).pending).toEqual([]);
  });
});
