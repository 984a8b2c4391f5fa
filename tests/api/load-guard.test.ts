import { lagOverLimit } from '@rapor/server/load-guard';
import { afterEach, describe, expect, it } from 'vitest';
import { login, makeTestApp, type TestApp } from '../helpers/test-app';

// Overload: reads are shed when the event loop lags while writes go on; anonymous API reads
// are limited per address.

/** The loop blocked in slices for `ms`, as under a flood of expensive requests. */
const busy = async (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const slice = Date.now() + 200;
    while (Date.now() < slice) {
      // blocked
    }
    await new Promise((r) => setImmediate(r));
  }
};

describe('lagOverLimit', () => {
  it('sheds on a measured lag past the limit', () => {
    expect(lagOverLimit(150, 100)).toBe(true);
    expect(lagOverLimit(80, 100)).toBe(false);
  });

  it('takes a loop blocked through a whole sample (no measure) as at least a second late, no more', () => {
    expect(lagOverLimit(Number.POSITIVE_INFINITY, 100)).toBe(true);
    expect(lagOverLimit(Number.POSITIVE_INFINITY, 600_000)).toBe(false);
  });
});

describe('the load guard', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('turns reads away with 503 and Retry-After while the loop lags, and lets writes through', async () => {
    t = await makeTestApp({
      demo: true,
      config: { load: { maxLagMs: 100, anonymousPerMinute: 1_000, slowMs: 5_000 } },
    });
    const chair = await login(t.app, 'chair-mp');
    const { version } = (
      await t.app.inject({ url: '/api/v1/periods/2025/areas/MP', headers: { cookie: chair } })
    ).json();
    // The delay is measured as a mean over each second: a sustained lag, not one long task.
    await busy(2_500);
    const read = await t.app.inject({ url: '/api/v1/dashboard/summary' });
    expect(read.statusCode).toBe(503);
    expect(read.headers['retry-after']).toBe('5');
    expect(read.json().error.code).toBe('BUSY');
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/MP',
      headers: { cookie: chair },
      payload: { version, narrative: 'Tetap tersimpan saat server sibuk' },
    });
    expect(write.statusCode).toBe(200);
    // The lag is measured per second: once it passes, reads are served again.
    let status = 0;
    for (let tries = 0; tries < 10 && status !== 200; tries++) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await t.app.inject({ url: '/api/v1/dashboard/summary' })).statusCode;
    }
    expect(status).toBe(200);
  });

  it('limits anonymous API reads per address; signed-in users and the app files are not limited', async () => {
    t = await makeTestApp({
      demo: true,
      config: { load: { maxLagMs: 60_000, anonymousPerMinute: 5, slowMs: 5_000 } },
    });
    const get = (url: string, remoteAddress: string, cookie?: string) =>
      t.app.inject({ url, remoteAddress, ...(cookie && { headers: { cookie } }) });
    for (let i = 0; i < 5; i++)
      expect((await get('/api/v1/areas', '10.1.1.1')).statusCode).toBe(200);
    const limited = await get('/api/v1/areas', '10.1.1.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error.code).toBe('TOO_MANY_REQUESTS');
    expect((await get('/api/v1/areas', '10.1.1.2')).statusCode).toBe(200);
    const leader = await login(t.app, 'leader');
    expect((await get('/api/v1/areas', '10.1.1.1', leader)).statusCode).toBe(200);
    expect((await get('/', '10.1.1.1')).statusCode).not.toBe(429);
  });

  it('behind a proxy (TRUST_PROXY) limits each client, not the proxy', async () => {
    const load = { maxLagMs: 60_000, anonymousPerMinute: 2, slowMs: 5_000 };
    const through = (app: TestApp, client: string) =>
      app.app.inject({
        url: '/api/v1/areas',
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': client },
      });
    t = await makeTestApp({ config: { load, trustProxy: true } });
    for (let i = 0; i < 2; i++) expect((await through(t, '198.51.100.1')).statusCode).toBe(200);
    expect((await through(t, '198.51.100.1')).statusCode).toBe(429);
    expect((await through(t, '198.51.100.2')).statusCode).toBe(200);
    // Without it, every client behind the proxy is one address.
    const direct = await makeTestApp({ config: { load } });
    try {
      for (let i = 0; i < 2; i++) await through(direct, `198.51.100.${10 + i}`);
      expect((await through(direct, '198.51.100.20')).statusCode).toBe(429);
    } finally {
      await direct.close();
    }
  });
});
