import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process';
import { demoTemplate } from '../helpers/test-app';

function runServer(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('production mode', () => {
  it('refuses to start while an account still has the demo password', async () => {
    const path = await demoTemplate();
    const res = runServer({ NODE_ENV: 'production', DATABASE_PATH: path });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('demo password');
  }, 60_000);

  it('refuses demo seeding', () => {
    const res = runServer({
      NODE_ENV: 'production',
      SEED_DEMO: '1',
      DATABASE_PATH: '/tmp/never-created.db',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SEED_DEMO');
  });
});
