import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The holes a hostile tester found in access control (issue 18), each as it was reproduced:
// HEAD answered every protected GET to anyone; a chair's upload to another area was read and
// parsed before it was refused.

const CALLERS = [null, 'admin', 'chair-mp', 'evaluator', 'leader'] as const;

/** A path of the document with its parameters filled by values the demo has. */
function filled(path: string): string {
  return path
    .replaceAll('{year}', '2025')
    .replaceAll('{code}', 'MP')
    .replaceAll('{indicator}', 'A.1')
    .replaceAll('{id}', '1');
}

describe('HEAD goes through the same permission check as GET', () => {
  let t: TestApp;
  let getPaths: string[] = [];
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    getPaths = Object.entries(doc.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => filled(path));
    for (const caller of CALLERS) if (caller) cookies.set(caller, await login(t.app, caller));
  }, 60_000);
  afterAll(() => t?.close());

  it('answers HEAD with GET’s status on every GET operation of the document, for every role', async () => {
    expect(getPaths.length).toBeGreaterThan(25);
    const differences: string[] = [];
    for (const caller of CALLERS) {
      const headers = caller ? { cookie: cookies.get(caller) ?? '' } : {};
      for (const url of getPaths) {
        const get = await t.app.inject({ method: 'GET', url, headers });
        const head = await t.app.inject({ method: 'HEAD', url, headers });
        if (head.statusCode !== get.statusCode)
          differences.push(
            `${caller ?? 'anonymous'} ${url}: GET ${get.statusCode}, HEAD ${head.statusCode}`,
          );
      }
    }
    expect(differences).toEqual([]);
  }, 120_000);

  it('tells a signed-out caller nothing of a protected answer (size, file names)', async () => {
    for (const url of ['/api/v1/users', '/api/v1/evidence/1', '/api/v1/audit?user=admin']) {
      const head = await t.app.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(401);
      expect(head.headers['content-disposition'], url).toBeUndefined();
    }
    const users = await t.app.inject({
      method: 'HEAD',
      url: '/api/v1/users',
      headers: { cookie: cookies.get('leader') ?? '' },
    });
    expect(users.statusCode).toBe(403);
  });
});

describe('authorised before the body is read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
  }, 60_000);
  afterAll(() => t?.close());

  it("refuses a chair's workbook for another area with 403 before reading it (not 413, not 400)", async () => {
    const chair = await login(t.app, 'chair-ppu');
    const tooBig = Buffer.alloc(6 * 1024 * 1024, 1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/MP/import?dryRun=true',
      headers: {
        cookie: chair,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: tooBig,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    // Their own area's route reads it, and the size limit answers.
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/PPU/import?dryRun=true',
      headers: {
        cookie: chair,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: tooBig,
    });
    expect(own.statusCode).toBe(413);
  });

  it("refuses a chair's evidence upload to another area before the multipart body is read", async () => {
    const chair = await login(t.app, 'chair-ppu');
    const boundary = 'x-boundary';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/MP/evidence',
      headers: { cookie: chair, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a role that may not import frameworks before the JSON is parsed', async () => {
    const leader = await login(t.app, 'leader');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks?dryRun=true',
      headers: { cookie: leader, 'content-type': 'application/json' },
      payload: '{ this is not json',
    });
    expect(res.statusCode).toBe(403);
  });
});
