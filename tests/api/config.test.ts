import { spawnSync } from 'node:child_process';
import { loadConfig } from '@rapor/server/config';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process';

// The configuration is checked whole before the server starts: a wrong value stops it with a
// message naming the variable, never a start on a guess.

describe('configuration from the environment', () => {
  it('takes the defaults, and every documented variable', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '0.0.0.0', sessionIdleMs: 120 * 60_000 });
    const set = loadConfig({
      PORT: '8080',
      LOG_LEVEL: 'warn',
      SESSION_IDLE_MINUTES: '30',
      SESSION_ABSOLUTE_HOURS: '8',
      TRUST_PROXY: 'true',
      BACKUP_DIR: '/srv/cadangan',
      BACKUP_KEEP: '3',
      SMTP_URL: 'smtp://rapor:rahasia@mail.kemensos.example:587',
      PUBLIC_URL: 'https://rapor.kemensos.example/',
    });
    expect(set).toMatchObject({
      port: 8080,
      logLevel: 'warn',
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 8 * 3_600_000,
      trustProxy: true,
      backups: { dir: '/srv/cadangan', intervalHours: 24, keep: 3 },
      mail: {
        smtpUrl: 'smtp://rapor:rahasia@mail.kemensos.example:587',
        from: 'Rapor RB <rapor-rb@localhost>',
        publicUrl: 'https://rapor.kemensos.example',
      },
    });
    expect(c.mail).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT harus bilangan bulat 0–65535'],
    [{ PORT: '70000' }, 'PORT harus bilangan bulat 0–65535'],
    [{ LOG_LEVEL: 'keras' }, 'LOG_LEVEL harus salah satu dari'],
    [{ SESSION_IDLE_MINUTES: '-5' }, 'SESSION_IDLE_MINUTES harus angka lebih dari 0'],
    [{ SESSION_ABSOLUTE_HOURS: '' }, 'SESSION_ABSOLUTE_HOURS harus angka lebih dari 0'],
    [{ SEED_DEMO: 'ya' }, 'SEED_DEMO harus 0 atau 1'],
    [{ BACKUP_KEEP: '2.5' }, 'BACKUP_KEEP harus bilangan bulat lebih dari 0'],
    [{ SMTP_URL: 'mail.kemensos.example' }, 'SMTP_URL harus berbentuk smtp://'],
    [{ PUBLIC_URL: 'rapor.kemensos.example' }, 'PUBLIC_URL harus berawalan http(s)://'],
  ])('refuses %o: %s', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  it('the server refuses to start on a bad value, says why, and exits 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'delapan-ribu', DATABASE_PATH: ':memory:' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Refusing to start. Konfigurasi tidak valid:');
    expect(run.stderr).toContain('PORT harus bilangan bulat 0–65535');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
