import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

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
    await prod.close();
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

  it('expires any session after 12 hours, however active', async () => {
    const cookie = await login(t.app, 'leader');
    for (let h = 1; h < 12; h++) {
      clock = new Date(clock.getTime() + 60 * 60_000);
      expect((await me(cookie)).statusCode, `hour ${h}`).toBe(200);
    }
    clock = new Date(clock.getTime() + 60 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('throttles one account after 5 failures (429 with Retry-After), even from other addresses', async () => {
    for (let i = 0; i < 5; i++)
      expect((await loginRes('chair-yan', 'salah', `10.0.1.${i}`)).statusCode).toBe(401);
    const blocked = await loginRes('chair-yan', 'rapor-demo', '10.0.2.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().error.message).toMatch(/Coba lagi dalam \d+ menit/);
    // other accounts are not affected; the window passes
    expect((await loginRes('chair-mp', 'rapor-demo', '10.0.2.1')).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await loginRes('chair-yan', 'rapor-demo', '10.0.2.1')).statusCode).toBe(200);
  });

  it('throttles one address after 30 attempts across accounts', async () => {
    for (let i = 0; i < 30; i++) await loginRes(`orang-${i}`, 'salah', '10.9.9.9');
    expect((await loginRes('leader', 'rapor-demo', '10.9.9.9')).statusCode).toBe(429);
    expect((await loginRes('leader', 'rapor-demo', '10.9.9.8')).statusCode).toBe(200);
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
    expect(res.json().error.message).toContain(field);
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
