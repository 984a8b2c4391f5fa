import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer } from '../helpers/live-server';

// How the built app is served: hashed assets compressed and cached for good, the page that
// names them revalidated on every load.

describe('static assets', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(() => server?.close());

  const get = (url: string, encoding?: string) =>
    server.app.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('revalidates index.html, on / and on an app path alike', async () => {
    for (const url of ['/', '/areas/MP', '/present/2024']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends the hashed JavaScript as brotli or gzip, cached as immutable', async () => {
    const html = (await get('/')).body;
    const script = html.match(/src="(\/assets\/index-[\w-]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const plain = await get(script ?? '');
    const br = await get(script ?? '', 'br, gzip');
    const gz = await get(script ?? '', 'gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    for (const res of [plain, br, gz]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2.5);
  });

  it('keeps API misses as JSON 404s', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
