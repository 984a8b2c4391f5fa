import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Same-site forgery: a page on another port or subdomain of the same site gets the SameSite=Lax
// cookie sent along. A state-changing request must prove it came from the app: the browser's
// Sec-Fetch-Site (or Origin) and the app's own header. Reads are not affected.

const WITHOUT_APP_HEADER = { 'x-rapor-request': '' };

describe('state-changing requests from outside the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
  }, 60_000);
  afterAll(() => t?.close());

  const evidenceCount = () =>
    (t.sqlite.prepare('SELECT count(*) AS n FROM evidence_files').get() as { n: number }).n;

  it('refuses a multipart upload without the app header and stores nothing', async () => {
    const chair = await login(t.app, 'chair-yan');
    const before = evidenceCount();
    const boundary = 'forged';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/YAN/evidence',
      headers: {
        cookie: chair,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...WITHOUT_APP_HEADER,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 forged\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('APP_HEADER_MISSING');
    expect(evidenceCount()).toBe(before);
  });

  it('refuses a bodiless POST without a content type or the app header (sign out everywhere)', async () => {
    const leader = await login(t.app, 'leader');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-everywhere',
      headers: { cookie: leader, ...WITHOUT_APP_HEADER },
    });
    expect(res.statusCode).toBe(403);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: leader } });
    expect(me.statusCode).toBe(200);
  });

  it('refuses what the browser says came from another site or origin, even with the header', async () => {
    const leader = await login(t.app, 'leader');
    for (const site of ['same-site', 'cross-site']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout-everywhere',
        headers: { cookie: leader, 'sec-fetch-site': site },
      });
      expect(res.statusCode, site).toBe(403);
      expect(res.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    const fromOtherOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: leader, origin: 'http://intranet.localhost:8080' },
    });
    expect(fromOtherOrigin.statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: leader } })).statusCode,
    ).toBe(200);
  });

  it('lets the app through: same-origin, the header, and reads without either', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' },
      payload: { username: 'leader', password: 'rapor-demo' },
    });
    expect(res.statusCode).toBe(200);
    const read = await t.app.inject({
      url: '/api/v1/periods',
      headers: { 'sec-fetch-site': 'cross-site', ...WITHOUT_APP_HEADER },
    });
    expect(read.statusCode).toBe(200);
  });

  it('refuses a sign-in without the header (no forged sign-in into the attacker’s account)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: WITHOUT_APP_HEADER,
      payload: { username: 'leader', password: 'rapor-demo' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies).toHaveLength(0);
  });
});
