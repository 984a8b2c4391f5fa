import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@rapor/server/config';
import { makeTestApp, type TestApp } from './test-app';

const CLIENT_DIST = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'client',
  'dist',
);

/** The real app (built client included) listening on a free loopback port, demo data seeded. */
export async function startLiveServer(
  config: Partial<Config> = {},
): Promise<TestApp & { url: string }> {
  const t = await makeTestApp({ demo: true, config: { clientDist: CLIENT_DIST, ...config } });
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, url: address };
}
