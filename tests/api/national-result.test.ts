import { NationalResult } from '@rapor/shared/national-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// KemenPANRB's result of a closed year, recorded beside the ministry's own final values (which
// it never changes), with the appeals made to it and their answers.

const BODY = {
  version: 0,
  index: 86.4,
  predicate: 'A-',
  letterNumber: 'B/123/M.RB.06/2025',
  letterDate: '2025-04-30',
  note: 'Hasil evaluasi RB Kementerian Sosial 2024',
  items: [
    { code: 'B.H.1', score: 65, note: 'Bukti penyederhanaan belum lengkap' },
    { code: 'B.S.1', score: 320, note: '' },
  ],
  appeals: [
    {
      code: 'B.H.1',
      reason: 'Peta jabatan hasil penyederhanaan telah ditetapkan Desember 2024.',
      filedOn: '2025-05-05',
      outcome: 'rejected',
      answer: 'Penetapan di luar periode penilaian.',
      answeredOn: '2025-05-20',
    },
    {
      code: 'B.S.1',
      reason: 'Nilai sistem merit 2024 telah diperbarui KASN.',
      filedOn: '2025-05-05',
      outcome: 'pending',
      answer: '',
      answeredOn: null,
    },
  ],
};

describe('the national result of a closed year', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
  }, 60_000);
  afterAll(() => t.close());

  const get = (url: string, cookie = admin) => t.app.inject({ url, headers: { cookie } });
  const put = (url: string, payload: object, cookie = admin) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie }, payload });

  it('is read by anyone signed in; none is recorded at first, beside the final values', async () => {
    expect((await t.app.inject({ url: '/api/v1/periods/2024/national-result' })).statusCode).toBe(
      401,
    );
    const res = await get('/api/v1/periods/2024/national-result', await login(t.app, 'chair-sdm'));
    expect(res.statusCode).toBe(200);
    const read = NationalResult.parse(res.json());
    const overview = (await get('/api/v1/dashboard/overview?year=2024')).json();
    expect(read).toMatchObject({
      recorded: false,
      version: 0,
      items: [],
      final: { index: overview.index, predicate: overview.shownPredicate },
    });
    expect(read.itemsFinal.map((i) => i.code)).toContain('B.H.1');
  });

  it('is recorded by the secretariat for a closed year only, checked, audited, and changes no final value', async () => {
    const before = (await get('/api/v1/dashboard/overview?year=2024')).json();
    for (const user of ['leader', 'evaluator', 'chair-sdm']) {
      const res = await put('/api/v1/periods/2024/national-result', BODY, await login(t.app, user));
      expect(res.statusCode, user).toBe(403);
    }
    const open = await put('/api/v1/periods/2025/national-result', BODY);
    expect(open.statusCode).toBe(409);
    expect(open.json().error.code).toBe('INVALID_STATE');
    const unknown = await put('/api/v1/periods/2024/national-result', {
      ...BODY,
      items: [{ code: 'ZZ.9', score: 1, note: '' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('ZZ.9');
    const twice = await put('/api/v1/periods/2024/national-result', {
      ...BODY,
      items: [BODY.items[0], BODY.items[0]],
    });
    expect(twice.statusCode).toBe(400);
    const unanswered = await put('/api/v1/periods/2024/national-result', {
      ...BODY,
      appeals: [{ ...BODY.appeals[0], answer: '' }],
    });
    expect(unanswered.statusCode).toBe(400);

    const saved = await put('/api/v1/periods/2024/national-result', BODY);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(NationalResult.parse(saved.json())).toMatchObject({
      recorded: true,
      version: 1,
      index: 86.4,
      predicate: 'A-',
      appeals: [{ outcome: 'rejected' }, { outcome: 'pending' }],
      by: 'Sekretariat RB (Admin)',
    });
    const stale = await put('/api/v1/periods/2024/national-result', BODY);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    // KemenPANRB answers the pending appeal: a correction of the record, audited with what it was
    const answered = await put('/api/v1/periods/2024/national-result', {
      ...BODY,
      version: 1,
      appeals: [
        BODY.appeals[0],
        { ...BODY.appeals[1], outcome: 'accepted', answer: 'Diterima.', answeredOn: '2025-05-21' },
      ],
    });
    expect(answered.json()).toMatchObject({ version: 2, appeals: [{}, { outcome: 'accepted' }] });
    const audit = (await get('/api/v1/audit?entity=national_result')).json().entries as {
      action: string;
    }[];
    expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
    // read again (the first read was kept): what was recorded, not what was cached before
    const reread = NationalResult.parse((await get('/api/v1/periods/2024/national-result')).json());
    expect(reread).toMatchObject({ recorded: true, version: 2, index: BODY.index });
    // the ministry's own final values stand
    const after = (await get('/api/v1/dashboard/overview?year=2024')).json();
    expect([after.index, after.shownPredicate]).toEqual([before.index, before.shownPredicate]);
  });
});
