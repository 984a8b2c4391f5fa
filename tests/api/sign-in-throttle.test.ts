import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The sign-in throttle counts an attempt before its (slow) password check, in the same
// transaction that reads the count: parallel guesses cannot all read "no failures yet".
// Only failures count toward an address's limit.

describe('the sign-in throttle under parallel guesses', () => {
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

  const attempt = (username: string, password: string, ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });
  const checked = (statuses: number[]) => statuses.filter((s) => s === 200 || s === 401).length;

  it('checks at most three of 60 parallel guesses on one account from one address', async () => {
    const guesses = Array.from({ length: 60 }, (_, i) =>
      attempt('admin', i === 59 ? 'rapor-demo' : `tebakan-${i}`, '203.0.113.60'),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.statusCode);
    expect(checked(statuses)).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(57);
    // The right password, sent last, was never checked.
    expect(statuses[59]).toBe(429);
  });

  it('checks at most 30 of 100 parallel guesses on 100 accounts from one address', async () => {
    const guesses = Array.from({ length: 100 }, (_, i) =>
      attempt(`akun-${i}`, 'salah', '203.0.113.100'),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.statusCode);
    expect(checked(statuses)).toBeLessThanOrEqual(30);
    expect(checked(statuses)).toBeGreaterThan(0);
  });

  it('never slows an office whose people sign in correctly from one address', async () => {
    const people = ['admin', 'leader', 'evaluator', 'chair-mp', 'chair-ppu', 'chair-yan'];
    for (let i = 0; i < 36; i++) {
      const res = await attempt(people[i % people.length] ?? 'leader', 'rapor-demo', '10.20.0.1');
      expect(res.statusCode, `sign-in ${i + 1}`).toBe(200);
    }
    expect((await attempt('chair-sdm', 'rapor-demo', '10.20.0.1')).statusCode).toBe(200);
  });

  it('never slows a device that signed in to the account before, whatever strangers do', async () => {
    const first = await attempt('evaluator', 'rapor-demo', '10.0.0.7');
    const device = first.cookies.find((c) => c.name === 'rapor_device');
    expect(device).toMatchObject({ httpOnly: true, path: '/api/v1/auth' });
    // Twenty failures on the account from twenty addresses.
    for (let i = 0; i < 20; i++)
      expect((await attempt('evaluator', 'salah', `198.51.100.${i}`)).statusCode).toBe(401);
    const from = (cookie: string | undefined, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'evaluator', password: 'rapor-demo' },
        remoteAddress: ip,
        headers: cookie ? { cookie: `rapor_device=${cookie}` } : {},
      });
    // The owner on the same laptop at a new address (a hotel, a phone's hotspot) signs in…
    expect((await from(device?.value, '203.0.113.201')).statusCode).toBe(200);
    // …a browser without the cookie, or with a forged or another account's cookie, waits.
    expect((await from(undefined, '203.0.113.202')).statusCode).toBe(429);
    const [payload] = (device?.value ?? '').split('.');
    expect((await from(`${payload}.palsu`, '203.0.113.203')).statusCode).toBe(429);
    const other = (await attempt('leader', 'rapor-demo', '10.0.0.8')).cookies.find(
      (c) => c.name === 'rapor_device',
    );
    expect((await from(other?.value, '203.0.113.204')).statusCode).toBe(429);
  });

  it('audits refused guesses once per address and minute, saying how many it left out', async () => {
    // 30 failures from the address: it waits 15 minutes, so every later try is refused.
    for (let i = 0; i < 30; i++) await attempt(`akun-${i}`, 'salah', '203.0.113.77');
    for (let i = 0; i < 40; i++)
      expect((await attempt('leader', 'salah', '203.0.113.77')).statusCode).toBe(429);
    clock = new Date(clock.getTime() + 60_000);
    expect((await attempt('leader', 'salah', '203.0.113.77')).statusCode).toBe(429);
    const rows = t.sqlite
      .prepare("SELECT after FROM audit_log WHERE action = 'sign-in-throttled' ORDER BY id")
      .all() as { after: string }[];
    expect(rows.map((r) => JSON.parse(r.after).leftOut)).toEqual([0, 39]);
  });
});

describe('the anonymous rate limit', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('is not skipped by a forged session cookie', async () => {
    t = await makeTestApp({
      demo: true,
      config: { load: { maxLagMs: 60_000, anonymousPerMinute: 5, slowMs: 5_000 } },
    });
    const forged = (i: number) =>
      t.app.inject({
        url: '/api/v1/areas',
        remoteAddress: '10.3.3.3',
        headers: { cookie: `rapor_session=palsu-${i}` },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await forged(i)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    // The limit comes before the permission check: a flood of 401s is limited too.
    const protectedRoute = await t.app.inject({ url: '/api/v1/users', remoteAddress: '10.3.3.3' });
    expect(protectedRoute.statusCode).toBe(429);
    // A real session is not limited.
    const leader = await login(t.app, 'leader');
    const real = await t.app.inject({
      url: '/api/v1/areas',
      remoteAddress: '10.3.3.3',
      headers: { cookie: leader },
    });
    expect(real.statusCode).toBe(200);
  });

  it('limits a signed-in user per account at twenty times the anonymous rate', async () => {
    t = await makeTestApp({
      demo: true,
      config: { load: { maxLagMs: 60_000, anonymousPerMinute: 2, slowMs: 5_000 } },
    });
    const leader = await login(t.app, 'leader');
    const read = (cookie: string, ip: string) =>
      t.app.inject({ url: '/api/v1/areas', remoteAddress: ip, headers: { cookie } });
    // From two addresses: the account is what counts.
    for (let i = 0; i < 40; i++)
      expect((await read(leader, i % 2 ? '10.4.4.1' : '10.4.4.2')).statusCode).toBe(200);
    const limited = await read(leader, '10.4.4.3');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toContain('dari akun ini');
    // Another account is not held up by the first.
    expect((await read(await login(t.app, 'evaluator'), '10.4.4.1')).statusCode).toBe(200);
  });
});
