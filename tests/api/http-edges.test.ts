import { statSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/test-app';

// The edges of HTTP: errors Node or Fastify raise before any route still come in the
// `{ error: { code, message } }` shape; the headers a browser needs; files for the owner only.

/** Sends raw bytes to a listening server and reads the whole answer. */
function raw(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let out = '';
    socket.on('data', (c) => {
      out += c;
    });
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

describe('HTTP edges', () => {
  let t: TestApp;
  let prod: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await makeTestApp({ demo: true });
    prod = await makeTestApp({ config: { production: true } });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await prod?.close();
  });

  it('answers headers over the limit with 431 in the error shape', async () => {
    const response = await raw(
      url,
      `GET /api/v1/areas HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(response).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(response)).toEqual({
      error: { code: 'HEADERS_TOO_LARGE', message: 'Header permintaan terlalu besar.' },
    });
  });

  it('answers a request it cannot parse with 400 in the error shape', async () => {
    const response = await raw(url, 'BUKAN HTTP\r\n\r\n');
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(response).error.code).toBe('BAD_REQUEST');
  });

  it('answers a path parameter over the router limit with 414 in the error shape', async () => {
    const res = await t.app.inject({ url: `/api/v1/frameworks/${'a'.repeat(200)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({
      error: { code: 'URI_TOO_LONG', message: 'Alamat terlalu panjang.' },
    });
    const bad = await t.app.inject({ url: '/api/v1/frameworks/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('BAD_URL');
  });

  it('answers a body over 1 MB with 413 in the error shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x', password: 'y'.repeat(1_100_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Isian terlalu besar.');
  });

  it('sends Permissions-Policy everywhere, HSTS in production only, and a CSP on the docs page', async () => {
    const dev = await t.app.inject({ url: '/api/v1/areas' });
    expect(dev.headers['permissions-policy']).toContain('camera=()');
    expect(dev.headers['strict-transport-security']).toBeUndefined();
    const https = await prod.app.inject({ url: '/api/v1/areas' });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const docs = await t.app.inject({ url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('keeps the database and the audit key readable by the owner only', () => {
    for (const file of [t.path, `${t.path}.audit-key`]) {
      expect(statSync(file).mode & 0o777, file).toBe(0o600);
    }
  });
});
