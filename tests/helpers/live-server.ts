import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTestApp, type TestApp } from './test-app';

const CLIENT_DIST = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'client',
  'dist',
);

/** The real app (built client included) listening on a free loopback port, demo data seeded. */
export async function startLiveServer(): Promise<TestApp & { url: string }> {
  const t = await makeTestApp({ demo: true, config: { clientDist: CLIENT_DIST } });
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, url: address };
}
