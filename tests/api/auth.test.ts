import { openDb } from '@rapor/db/open';
import { buildApp } from '@rapor/server/app';
import { testConfig } from '@rapor/server/config';
import { FIELD_LABELS } from '@rapor/shared/field-labels';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_HEADERS, demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

describe('sign-in and sessions', () => {
  let template: string;
  let t: TestApp;
  let clock: Date;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  beforeEach(async () => {
    clock = new Date('2026-11-24T03:00:00Z');
    t = await makeTestApp({ from: template, config: { now: () => clock } });
  });
  afterEach(() => t.close());

  const loginRes = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });
  const me = (cookie?: string) =>
    t.app.inject({ url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} });

  it('signs in with an HttpOnly, SameSite=Lax session cookie and returns the user', async () => {
    const res = await loginRes('chair-mp', 'rapor-demo');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'chair-mp', role: 'chair', areas: ['MP'] });
    const cookie = res.cookies.find((c) => c.name === 'rapor_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect((await me(`rapor_session=${cookie?.value}`)).json().username).toBe('chair-mp');
  });

  it('marks the cookie Secure in production', async () => {
    const prod = await makeTestApp({ from: template, config: { production: true } });
    const res = await prod.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leader', password: 'rapor-demo' },
    });
    expect(res.cookies.find((c) => c.name === 'rapor_session')?.secure).toBe(true);
    // a production login page never advertises the demo accounts, even on a demo database
    expect((await prod.app.inject({ url: '/api/health' })).json().demoAccounts).toBe(false);
    await prod.close();
  });

  it('names the demo accounts only where the demo ministry is loaded', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json().demoAccounts).toBe(true);
    const empty = await makeTestApp();
    expect((await empty.app.inject({ url: '/api/health' })).json().demoAccounts).toBe(false);
    await empty.close();
  });

  it('answers a wrong password and an unknown user alike: 401 in plain words', async () => {
    const wrong = await loginRes('chair-mp', 'salah');
    const unknown = await loginRes('tidak-ada', 'salah');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('Nama pengguna atau kata sandi salah.');
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('stores only a hash of the session token', async () => {
    const res = await loginRes('leader', 'rapor-demo');
    const token = res.cookies[0]?.value ?? '';
    const rows = t.sqlite.prepare('select token_hash from sessions').all() as {
      token_hash: string;
    }[];
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('ends the session on logout', async () => {
    const cookie = await login(t.app, 'leader');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('expires an idle session after 2 hours', async () => {
    const cookie = await login(t.app, 'leader');
    clock = new Date(clock.getTime() + 119 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 119 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 121 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('purges sessions past their expiry when new ones start', async () => {
    await login(t.app, 'leader');
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    await login(t.app, 'evaluator');
    const rows = t.sqlite.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
    expect(rows.n).toBe(1);
  });

  it('expires any session after 12 hours, however active', async () => {
    const cookie = await login(t.app, 'leader');
    for (let h = 1; h < 12; h++) {
      clock = new Date(clock.getTime() + 60 * 60_000);
      expect((await me(cookie)).statusCode, `hour ${h}`).toBe(200);
    }
    clock = new Date(clock.getTime() + 60 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('slows a guessing address with delays that double, and keeps the owner able to sign in', async () => {
    // The owner has signed in from their office before.
    expect((await loginRes('admin', 'rapor-demo', '10.0.0.5')).statusCode).toBe(200);
    // A stranger guesses: three tries are free, then each waits twice as long as the last.
    for (let i = 0; i < 3; i++)
      expect((await loginRes('admin', 'salah', '203.0.113.9')).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const blocked = await loginRes('admin', 'salah', '203.0.113.9');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.message).toMatch(/Coba lagi dalam \d+ (detik|menit)/);
      waits.push(Number(blocked.headers['retry-after']));
      clock = new Date(clock.getTime() + (waits[i] ?? 0) * 1000);
      expect((await loginRes('admin', 'salah', '203.0.113.9')).statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // Meanwhile the owner signs in, from their office and from another address alike.
    expect((await loginRes('admin', 'rapor-demo', '10.0.0.5')).statusCode).toBe(200);
    expect((await loginRes('admin', 'rapor-demo', '10.0.0.6')).statusCode).toBe(200);
  });

  it('an attack on one account from many addresses slows new addresses, not the owner’s known one', async () => {
    expect((await loginRes('evaluator', 'rapor-demo', '10.0.0.7')).statusCode).toBe(200);
    for (let i = 0; i < 20; i++)
      expect((await loginRes('evaluator', 'salah', `198.51.100.${i}`)).statusCode).toBe(401);
    // A new address (the attacker's next one) waits…
    const fresh = await loginRes('evaluator', 'rapor-demo', '198.51.100.200');
    expect(fresh.statusCode).toBe(429);
    // …the address the owner signed in from does not.
    expect((await loginRes('evaluator', 'rapor-demo', '10.0.0.7')).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await loginRes('evaluator', 'rapor-demo', '198.51.100.200')).statusCode).toBe(200);
  });

  it('throttles one address after 30 attempts across accounts', async () => {
    for (let i = 0; i < 30; i++) await loginRes(`orang-${i}`, 'salah', '10.9.9.9');
    expect((await loginRes('leader', 'rapor-demo', '10.9.9.9')).statusCode).toBe(429);
    expect((await loginRes('leader', 'rapor-demo', '10.9.9.8')).statusCode).toBe(200);
  });

  it('remembers attempts across a restart: the throttle lives in the database', async () => {
    for (let i = 0; i < 3; i++) await loginRes('leader', 'salah', '203.0.113.50');
    // A second server on the same database file: another process, or this one restarted.
    const handle = openDb(t.path);
    const again = await buildApp({
      db: handle.db,
      config: testConfig({ databasePath: t.path, now: () => clock }),
    });
    try {
      const res = await again.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: APP_HEADERS,
        payload: { username: 'leader', password: 'salah' },
        remoteAddress: '203.0.113.50',
      });
      expect(res.statusCode).toBe(429);
    } finally {
      await again.close();
      handle.close();
    }
  });

  it('writes sign-in, failure, throttling and sign-out into the audit trail', async () => {
    await loginRes('chair-mp', 'salah', '203.0.113.7');
    for (let i = 0; i < 3; i++) await loginRes('chair-mp', 'salah', '203.0.113.7');
    const cookie = (await loginRes('chair-mp', 'rapor-demo', '10.0.0.8')).cookies[0];
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `rapor_session=${cookie?.value}` },
      remoteAddress: '10.0.0.8',
    });
    const admin = await login(t.app, 'admin');
    const entries = (
      await t.app.inject({
        url: '/api/v1/audit?entity=session&limit=50',
        headers: { cookie: admin },
      })
    ).json().entries as { action: string; entityId: string; after: { address: string } }[];
    const mine = entries.filter((e) => e.entityId === 'chair-mp').map((e) => e.action);
    expect(mine).toEqual([
      'sign-out',
      'sign-in',
      'sign-in-throttled',
      'sign-in-failed',
      'sign-in-failed',
      'sign-in-failed',
    ]);
    expect(entries.find((e) => e.action === 'sign-in-throttled')?.after.address).toBe(
      '203.0.113.7',
    );
  });

  it('signs out everywhere: every session of the user ends', async () => {
    const first = await login(t.app, 'leader');
    const second = await login(t.app, 'leader');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere' })).statusCode,
    ).toBe(401);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-everywhere',
      headers: { cookie: first },
    });
    expect(res.statusCode).toBe(204);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(401);
  });

  it('accepts JSON only: other content types get 415, broken JSON 400', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=leader&password=rapor-demo',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.message).toContain('JSON');
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(text.statusCode).toBe(415);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toBe('Isian bukan JSON yang valid.');
  });
});

describe('user management', () => {
  let template: string;
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
  });
  afterEach(() => t.close());

  const createUser = (payload: object, cookie = admin) =>
    t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload });

  it('creates a co-chair who then acts on that area only', async () => {
    const res = await createUser({
      username: 'wakil-mp',
      displayName: 'Wakil Ketua MP',
      role: 'chair',
      password: 'kata-sandi-wakil',
      area: 'MP',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'wakil-mp',
      role: 'chair',
      areas: ['MP'],
      active: true,
    });
    const cookie = await login(t.app, 'wakil-mp', 'kata-sandi-wakil');
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).json().areas,
    ).toEqual(['MP']);
    expect(JSON.stringify(res.json())).not.toContain('scrypt');
  });

  it.each([
    [
      { username: 'x', displayName: 'X', role: 'viewer', password: 'kata-sandi-panjang' },
      'username',
    ],
    [{ username: 'pendek', displayName: 'Pendek', role: 'viewer', password: 'pendek' }, 'password'],
    [
      { username: 'ketua', displayName: 'Ketua', role: 'chair', password: 'kata-sandi-panjang' },
      'area',
    ],
    [
      { username: 'dewa', displayName: 'Dewa', role: 'superuser', password: 'kata-sandi-panjang' },
      'role',
    ],
  ])('rejects %o naming %s', async (payload, field) => {
    const res = await createUser(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message.toLowerCase()).toContain(FIELD_LABELS[field]?.id);
  });

  it('refuses a username already taken (409)', async () => {
    const res = await createUser({
      username: 'leader',
      displayName: 'Lagi',
      role: 'viewer',
      password: 'kata-sandi-panjang',
    });
    expect(res.statusCode).toBe(409);
  });

  it('resets a password and ends that user’s sessions', async () => {
    const leader = await login(t.app, 'leader');
    const users = (await t.app.inject({ url: '/api/v1/users', headers: { cookie: admin } })).json()
      .users;
    const id = users.find((u: { username: string }) => u.username === 'leader').id;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}/password`,
      headers: { cookie: admin },
      payload: { password: 'kata-sandi-baru-123' },
    });
    expect(res.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: leader } })).statusCode,
    ).toBe(401);
    await expect(login(t.app, 'leader')).rejects.toThrow(/401/);
    await login(t.app, 'leader', 'kata-sandi-baru-123');
  });
});
