import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../helpers/server-process';
import { demoTemplate, makeTestApp, type TestApp } from '../helpers/test-app';

describe('two server processes on one database file', () => {
  let t: TestApp;
  let other: { url: string; stop: () => void };
  beforeAll(async () => {
    // Both on the real clock, as two processes of one installation are: the test apps' pinned
    // clock would make this one's sessions look expired to the other, which purges them.
    t = await makeTestApp({ from: await demoTemplate(), config: { now: () => new Date() } });
    other = await startServerProcess({ DATABASE_PATH: t.path, SEED_DEMO: '0' });
  }, 60_000);
  afterAll(async () => {
    other?.stop();
    await t?.close();
  });

  it('guards the version across connections: one write wins, the other gets 409', async () => {
    const a = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const signIn = async (base: string) => {
      const res = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [APP_REQUEST_HEADER]: '1' },
        body: JSON.stringify({ username: 'chair-mp', password: 'rapor-demo' }),
      });
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    };
    const [ca, cb] = await Promise.all([signIn(a), signIn(other.url)]);
    const version = (
      await (await fetch(`${a}/api/v1/periods/2025/areas/MP`, { headers: { cookie: ca } })).json()
    ).version;
    const put = (base: string, cookie: string, narrative: string) =>
      fetch(`${base}/api/v1/periods/2025/areas/MP`, {
        method: 'PUT',
        headers: { cookie, 'content-type': 'application/json', [APP_REQUEST_HEADER]: '1' },
        body: JSON.stringify({ version, narrative }),
      });
    const results = await Promise.all([
      put(a, ca, 'dari proses A'),
      put(other.url, cb, 'dari proses B'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const final = await (
      await fetch(`${other.url}/api/v1/periods/2025/areas/MP`, { headers: { cookie: cb } })
    ).json();
    expect(final.version).toBe(version + 1);
  });
});
