import { Appeal, AppealList } from '@rapor/shared/appeal-schemas';
import { ClosingCheck, PeriodDetail } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leavesOf, resultOf, yearVersion } from '../helpers/demo-ids';
import { docxText } from '../helpers/docx';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Appeals inside the ministry: a working group disputes a score the evaluator gave one of its
// items, with a reason and a file, while the secretariat holds the window open in review; the
// evaluator answers, an accepted appeal's score change is its own audited write, and the year
// does not close while an appeal waits.

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(500, 0x20),
  Buffer.from('%%EOF'),
]);
const REASON = 'Dokumen SK tim telah ditetapkan pada Maret; mohon dinilai ulang.';

/** A multipart body as a browser's FormData sends it: the fields, then the file. */
function form(fields: Record<string, string>, file?: { name: string; data: Buffer }) {
  const boundary = '----rapor-sanggah';
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const body = Buffer.concat([
    Buffer.from(parts.join('')),
    ...(file
      ? [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          file.data,
          Buffer.from('\r\n'),
        ]
      : []),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return {
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('appeals of evaluator scores', () => {
  let t: TestApp;
  let admin: string;
  let evaluator: string;
  let chair: string;
  let area: string;
  let scored: string[];

  const get = async (url: string, cookie = admin) => t.app.inject({ url, headers: { cookie } });
  const send = (method: 'POST' | 'PUT', url: string, payload: object, cookie: string) =>
    t.app.inject({ method, url, headers: { cookie }, payload });
  const file = (code: string, cookie = chair, reason = REASON, withFile = true) => {
    const body = form({ code, reason }, withFile ? { name: 'sk-tim.pdf', data: PDF } : undefined);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/2025/areas/${area}/appeals`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  };
  const moveYear = async (to: string) =>
    send(
      'POST',
      '/api/v1/periods/2025/state',
      { to, version: await yearVersion(t.app, 2025) },
      admin,
    );

  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
    evaluator = await login(t.app, 'evaluator');
    // the action plan's two items (A.1, A.2) are the evaluator's grading: MP submitted, verified
    area = 'MP';
    chair = await login(t.app, 'chair-mp');
    for (const [action, cookie] of [
      ['submit', chair],
      ['verify', evaluator],
    ] as const) {
      const { version } = await resultOf(t.app, admin, 2025, area);
      const res = await send(
        'POST',
        `/api/v1/periods/2025/areas/${area}/${action}`,
        { version },
        cookie,
      );
      expect(res.statusCode, res.body).toBe(200);
    }
    const leaves = leavesOf(await resultOf(t.app, admin, 2025, area)) as {
      code: string;
      indicator?: { value: unknown; figure?: unknown };
    }[];
    // the evaluator verified the area: its verification stands behind each value that counts
    scored = leaves
      .filter((l) => l.indicator?.value != null && !l.indicator.figure)
      .map((l) => l.code);
    expect(scored).toEqual(['A.1', 'A.2']);
  }, 60_000);
  afterAll(() => t.close());

  it('are filed only in review, once the secretariat opens the window (admin only)', async () => {
    expect((await file(scored[0] as string)).json().error.code).toBe('INVALID_STATE');
    const early = await send('PUT', '/api/v1/periods/2025/appeal-window', { open: true }, admin);
    expect(early.statusCode).toBe(409);
    expect((await moveYear('review')).statusCode).toBe(200);
    const closed = await file(scored[0] as string);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('APPEAL_WINDOW_CLOSED');
    for (const cookie of [chair, evaluator, await login(t.app, 'leader')]) {
      const res = await send('PUT', '/api/v1/periods/2025/appeal-window', { open: true }, cookie);
      expect(res.statusCode).toBe(403);
    }
    const opened = await send('PUT', '/api/v1/periods/2025/appeal-window', { open: true }, admin);
    expect(opened.statusCode).toBe(200);
    expect(AppealList.parse(opened.json())).toMatchObject({ windowOpen: true, appeals: [] });
    const audit = (await get('/api/v1/audit?entity=period')).json().entries;
    expect(audit[0]).toMatchObject({ action: 'open-appeals', entityId: '2025' });
  });

  it('need the own area, a reason, a file and an evaluator score; one open per item', async () => {
    const code = scored[0] as string;
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/periods/2025/areas/${area}/appeals` }))
        .statusCode,
    ).toBe(401);
    const other = await login(t.app, area === 'SDM' ? 'chair-yan' : 'chair-sdm');
    expect((await file(code, other)).statusCode).toBe(403);
    expect((await file(code, evaluator)).statusCode).toBe(403);
    const short = await file(code, chair, 'salah');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/^Alasan tidak valid/);
    const bare = await file(code, chair, REASON, false);
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details.field).toBe('file');
    expect((await file('X.9.9')).statusCode).toBe(404);
    // an area the evaluator has not verified has no evaluator score to appeal yet
    const draft = PeriodDetail.parse((await get('/api/v1/periods/2025')).json()).areas.find(
      (a) => a.status === 'draft',
    );
    if (draft) {
      const draftChair = await login(t.app, `chair-${draft.code.toLowerCase()}`);
      const leaf = leavesOf(await resultOf(t.app, admin, 2025, draft.code))[0] as { code: string };
      const body = form({ code: leaf.code, reason: REASON }, { name: 'a.pdf', data: PDF });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/periods/2025/areas/${draft.code}/appeals`,
        headers: { cookie: draftChair, ...body.headers },
        payload: body.payload,
      });
      expect(res.json().error.code).toBe('NOT_APPEALABLE');
    }

    const filed = await file(code);
    expect(filed.statusCode).toBe(201);
    const appeal = Appeal.parse(filed.json());
    expect(appeal).toMatchObject({ code, area, status: 'open', reason: REASON, response: null });
    expect(appeal.file.label).toBe('sk-tim.pdf');
    const download = await get(appeal.file.url, await login(t.app, 'leader'));
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);

    const twice = await file(code);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('APPEAL_OPEN');
    expect((await file(scored[1] as string)).statusCode).toBe(201);
    const list = AppealList.parse(
      (await get(`/api/v1/periods/2025/appeals?area=${area}`, chair)).json(),
    );
    expect(list.appeals.map((a) => a.code)).toEqual([code, scored[1]]);
  });

  it('hold the year open until the evaluator answers each', async () => {
    const closing = ClosingCheck.parse((await get('/api/v1/periods/2025/closing')).json());
    expect(closing.openAppeals.map((a) => a.code)).toEqual([scored[0], scored[1]]);
    const refused = await send(
      'POST',
      '/api/v1/periods/2025/state',
      { to: 'closed', version: await yearVersion(t.app, 2025), exceptions: [] },
      admin,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('APPEALS_OPEN');
    expect(refused.json().error.message).toContain(`${area} ${scored[0]}`);
    expect(PeriodDetail.parse((await get('/api/v1/periods/2025')).json()).state).toBe('review');
  });

  it('are answered by the evaluator with a response, once; an accepted one leads to its own audited score change', async () => {
    const { appeals } = AppealList.parse((await get('/api/v1/periods/2025/appeals')).json());
    const [first, second] = appeals as [Appeal, Appeal];
    const answer = (a: Appeal, body: object, cookie = evaluator) =>
      send('POST', `/api/v1/appeals/${a.id}/answer`, { version: a.version, ...body }, cookie);
    expect((await answer(first, { decision: 'rejected', response: 'x' }, chair)).statusCode).toBe(
      403,
    );
    expect((await answer(first, { decision: 'rejected', response: ' ' })).statusCode).toBe(400);
    expect(
      (await answer({ ...first, version: 9 }, { decision: 'rejected', response: 'x' })).json().error
        .code,
    ).toBe('STALE_VERSION');

    const rejected = await answer(first, {
      decision: 'rejected',
      response: 'SK ditetapkan setelah batas waktu.',
    });
    expect(rejected.statusCode).toBe(200);
    expect(Appeal.parse(rejected.json())).toMatchObject({
      status: 'rejected',
      answeredBy: expect.any(String),
    });
    expect(
      (await answer(Appeal.parse(rejected.json()), { decision: 'accepted', response: 'x' })).json()
        .error.code,
    ).toBe('APPEAL_ANSWERED');
    const rescoreRejected = await send(
      'PUT',
      `/api/v1/appeals/${first.id}/score`,
      { version: 2, value: first.scoreAtFiling ?? 0 },
      evaluator,
    );
    expect(rescoreRejected.json().error.code).toBe('APPEAL_NOT_ACCEPTED');

    const accepted = Appeal.parse(
      (await answer(second, { decision: 'accepted', response: 'Bukti diterima.' })).json(),
    );
    expect(accepted.status).toBe('accepted');
    // the year now closes as far as appeals go (the answer is given; the score change may follow)
    expect(
      ClosingCheck.parse((await get('/api/v1/periods/2025/closing')).json()).openAppeals,
    ).toEqual([]);

    // A.1 and A.2 are numbers 0–100 computed from the plan: the change puts the evaluator's in place
    const itemValue = async (code: string) =>
      (
        leavesOf(await resultOf(t.app, admin, 2025, area)) as unknown as {
          code: string;
          indicator: { value: unknown };
        }[]
      ).find((l) => l.code === code)?.indicator.value;
    const current = await itemValue(second.code);
    const newValue = current === 75 ? 80 : 75;
    const rescore = (body: object, cookie = evaluator) =>
      send(
        'PUT',
        `/api/v1/appeals/${second.id}/score`,
        { version: accepted.version, ...body },
        cookie,
      );
    expect((await rescore({ value: newValue }, chair)).statusCode).toBe(403);
    const done = await rescore({ value: newValue, comment: 'Dinilai ulang setelah sanggahan.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(Appeal.parse(done.json()).rescore).toMatchObject({ before: current, after: newValue });
    expect(await itemValue(second.code)).toEqual(newValue);
    expect((await rescore({ value: newValue })).json().error.code).toBe('APPEAL_NOT_ACCEPTED');

    const audit = (await get('/api/v1/audit?entity=indicator_answer')).json().entries;
    expect(audit[0]).toMatchObject({
      action: 'appeal-rescore',
      entityId: `2025/${second.code}`,
      after: { evaluatorValue: newValue, appeal: second.id },
    });
    const appealAudit = (await get('/api/v1/audit?entity=appeal')).json().entries;
    expect(appealAudit.map((e: { action: string }) => e.action)).toEqual([
      'answer',
      'answer',
      'file',
      'file',
    ]);
  });

  it('show on the deck’s closing slide and in the report’s annex, the ministry’s and the area’s', async () => {
    const deck = (await get('/api/v1/periods/2025/deck')).json();
    expect(deck.closing.appeals).toEqual({
      total: 2,
      open: 0,
      accepted: 1,
      rejected: 1,
      awaitingRescore: 0,
    });
    for (const url of [
      '/api/v1/periods/2025/report.docx',
      `/api/v1/periods/2025/report.docx?area=${area}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const text = await docxText(res.rawPayload);
      expect(text).toContain('Lampiran: Sanggahan Nilai');
      expect(text).toContain('2 sanggahan nilai: 1 diterima, 1 ditolak, 0 menunggu jawaban.');
      expect(text).toContain(`${scored[0]} `);
      expect(text).toContain('SK ditetapkan setelah batas waktu.');
      expect(text).toContain('Diterima, nilai diubah');
    }
    const other = await get('/api/v1/periods/2025/report.docx?area=SDM');
    const text = await docxText(other.rawPayload);
    expect(text).toContain('Tidak ada sanggahan nilai.');
  });

  it('are read by everyone signed in and closed to filing once the window closes', async () => {
    const leader = await login(t.app, 'leader');
    const list = AppealList.parse((await get('/api/v1/periods/2025/appeals', leader)).json());
    expect(list.appeals.map((a) => a.status)).toEqual(['rejected', 'accepted']);
    expect(
      (await send('PUT', '/api/v1/periods/2025/appeal-window', { open: false }, admin)).statusCode,
    ).toBe(200);
    expect((await file(scored[0] as string)).json().error.code).toBe('APPEAL_WINDOW_CLOSED');
  });

  it('belong to one review: the year back to open closes the window, a new review starts closed', async () => {
    expect(
      (await send('PUT', '/api/v1/periods/2025/appeal-window', { open: true }, admin)).statusCode,
    ).toBe(200);
    expect((await moveYear('open')).statusCode).toBe(200);
    expect((await moveYear('review')).statusCode).toBe(200);
    const list = AppealList.parse((await get('/api/v1/periods/2025/appeals')).json());
    expect(list.windowOpen).toBe(false);
    // what was filed and answered stays
    expect(list.appeals).toHaveLength(2);
  });
});
