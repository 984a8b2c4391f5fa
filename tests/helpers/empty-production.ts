import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServerProcess } from './server-process';

export const FIRST_ADMIN = { username: 'sekretariat', password: 'kata-sandi-kantor-rb-1' };

/**
 * A new installation as the README describes it: the production server on an empty database
 * whose first admin was made with `pnpm users create` (the CLI, password on standard input).
 */
export async function startEmptyProduction(
  extraEnv: Record<string, string> = {},
): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-production-'));
  const env = { NODE_ENV: 'production', DATABASE_PATH: join(dir, 'rapor.db'), ...extraEnv };
  const cli = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/src/cli/users.ts',
      'create',
      FIRST_ADMIN.username,
      'admin',
      'Sekretariat RB',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      input: `${FIRST_ADMIN.password}\n`,
      encoding: 'utf8',
    },
  );
  if (cli.status !== 0) throw new Error(`pnpm users create failed: ${cli.stderr}`);
  const server = await startServerProcess(env);
  return {
    url: server.url,
    stop: () => {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
