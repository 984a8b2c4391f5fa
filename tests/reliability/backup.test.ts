import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseFile } from '@rapor/db/database-file';
import { openDb } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { Database } from '@rapor/db/sqlite-driver';
import { scheduledBackup } from '@rapor/server/backup';
import { loadConfig } from '@rapor/server/config';
import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, signInOver, startServerProcess } from '../helpers/server-process';
import { demoTemplate } from '../helpers/test-app';

// Backups while the server takes writes: every write acknowledged before the backup started
// is in it, the evidence files come along, a damaged backup is refused, and restoring keeps
// what was there.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF');

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/db-backup.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('pnpm db:backup / db:verify / db:restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-backup-'));
  const usernames = (file: string): Set<string> => {
    const copy = join(dir, `baca-${Date.now()}.db`);
    copyFileSync(file, copy);
    const { db, close } = openDb(copy);
    try {
      return new Set(
        db
          .select({ u: t.users.username })
          .from(t.users)
          .all()
          .map((r) => r.u),
      );
    } finally {
      close();
    }
  };
  const live = join(dir, 'live', 'rapor.db');
  const backup = join(dir, 'cadangan');
  let server: { url: string; stop: () => void };
  let admin = '';
  const acknowledged: string[] = [];
  let beforeBackup: string[] = [];
  let evidenceUrl = '';

  beforeAll(async () => {
    mkdirSync(join(dir, 'live'));
    copyFileSync(await demoTemplate(), live);
    server = await startServerProcess({ DATABASE_PATH: live, SEED_DEMO: '0' });
    const signIn = async (username: string) =>
      (
        (
          await fetch(`${server.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [APP_REQUEST_HEADER]: '1' },
            body: JSON.stringify({ username, password: 'rapor-demo' }),
          })
        ).headers.get('set-cookie') ?? ''
      ).split(';')[0] ?? '';
    admin = await signIn('admin');
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'SK.pdf');
    const upload = await fetch(`${server.url}/api/v1/periods/2025/areas/YAN/evidence`, {
      method: 'POST',
      headers: { cookie: await signIn('chair-yan'), [APP_REQUEST_HEADER]: '1' },
      body: form,
    });
    expect(upload.status).toBe(201);
    evidenceUrl = (await upload.json()).url;
  }, 90_000);
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a backup while writes stream in: every write acknowledged before it is in it', async () => {
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const username = `cadangan-${i}`;
        const res = await fetch(`${server.url}/api/v1/users`, {
          method: 'POST',
          headers: { cookie: admin, 'content-type': 'application/json', [APP_REQUEST_HEADER]: '1' },
          body: JSON.stringify({
            username,
            displayName: `Pengguna ${i}`,
            role: 'viewer',
            password: 'sandi-untuk-uji-cadangan',
          }),
        });
        if (res.status === 201) acknowledged.push(username);
      }
    })();
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 20));
    beforeBackup = [...acknowledged];
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/db-backup.ts', 'backup', backup],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: live }, stdio: 'pipe' },
    );
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    writing = false;
    await writer;
    expect(code, out).toBe(0);
    // Writes went on during the backup.
    expect(acknowledged.length).toBeGreaterThan(beforeBackup.length);

    // Read from a copy: opening applies migrations, and the backup itself stays as taken.
    const users = usernames(join(backup, 'rapor.db'));
    expect(beforeBackup.filter((u) => !users.has(u))).toEqual([]);
    expect(statSync(join(backup, 'rapor.db')).mode & 0o777).toBe(0o600);
    const evidence = readdirSync(join(backup, 'evidence'), { recursive: true });
    expect(evidence.some((f) => String(f).endsWith('.pdf'))).toBe(true);
  }, 120_000);

  it('verifies the backup, and refuses one that was changed afterwards', () => {
    const ok = cli(['verify', backup], {});
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/utuh/);

    const damaged = join(dir, 'rusak');
    mkdirSync(damaged);
    for (const f of ['rapor.db', 'backup.json']) copyFileSync(join(backup, f), join(damaged, f));
    appendFileSync(join(damaged, 'rapor.db'), 'x');
    const refused = cli(['restore', damaged], { DATABASE_PATH: join(dir, 'tidak-dipakai.db') });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/checksum tidak cocok/);
    expect(existsSync(join(dir, 'tidak-dipakai.db'))).toBe(false);

    const again = cli(['backup', backup], { DATABASE_PATH: live });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/tidak kosong/);
  });

  it('restores into a stopped installation, keeping what was there, and the server runs on it', async () => {
    const target = join(dir, 'pulih', 'rapor.db');
    mkdirSync(join(dir, 'pulih'));
    copyFileSync(await demoTemplate(), target);
    const restored = cli(['restore', backup], { DATABASE_PATH: target });
    expect(restored.status, restored.stderr).toBe(0);
    expect(readdirSync(join(dir, 'pulih')).some((f) => f.includes('.before-restore-'))).toBe(true);

    expect(checkDatabaseFile(target).ok).toBe(true);
    // The audit key came along: the restored trail's chain still checks.
    const chain = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/audit-verify.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: target },
        encoding: 'utf8',
      },
    );
    expect(chain.status, chain.stderr).toBe(0);
    const users = usernames(target);
    expect(beforeBackup.filter((u) => !users.has(u))).toEqual([]);

    const other = await startServerProcess({ DATABASE_PATH: target, SEED_DEMO: '0' });
    try {
      const cookie = await signInOver(other.url, 'leader');
      const file = await fetch(`${other.url}${evidenceUrl}`, { headers: { cookie } });
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    } finally {
      other.stop();
    }
  }, 90_000);

  it('refuses to restore under a running server, and changes nothing', () => {
    const before = readdirSync(join(dir, 'live')).sort();
    const refused = cli(['restore', backup], { DATABASE_PATH: live });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Server masih berjalan .*hentikan server dulu/);
    expect(readdirSync(join(dir, 'live')).sort()).toEqual(before);
  });

  it('keeps the replaced database with its write-ahead log as a set SQLite opens', () => {
    const home = join(dir, 'wal');
    mkdirSync(home);
    const target = join(home, 'rapor.db');
    // A process that commits a write and dies before SQLite copies its log into the file.
    const wrote = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { openDb } from '@rapor/db/open';
const { sqlite } = openDb(${JSON.stringify(target)});
sqlite.pragma('wal_autocheckpoint = 0');
sqlite.prepare("INSERT INTO users (username, display_name, role, password_hash, active, created_at) VALUES ('hanya-di-log', 'Log', 'viewer', 'x', 1, '2026-01-01')").run();
process.exit(0);`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(wrote.status, wrote.stderr).toBe(0);
    expect(existsSync(`${target}-wal`)).toBe(true);
    const restored = cli(['restore', backup], { DATABASE_PATH: target });
    expect(restored.status, restored.stderr).toBe(0);
    const kept = readdirSync(home).find((f) => /^rapor\.db\.before-restore-[^.]+Z$/.test(f));
    expect(kept).toBeDefined();
    expect(existsSync(join(home, `${kept}-wal`))).toBe(true);
    const old = new Database(join(home, kept ?? ''), { readonly: true });
    try {
      const row = old.prepare("SELECT username FROM users WHERE username = 'hanya-di-log'").get();
      expect(row).toBeDefined();
    } finally {
      old.close();
    }
  }, 60_000);

  it('verify finds an evidence file swapped for another and an audit key that is not the backup’s', () => {
    const swapped = join(dir, 'ditukar');
    cpSync(backup, swapped, { recursive: true });
    const pdf = readdirSync(join(swapped, 'evidence'), { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.pdf'));
    const file = join(swapped, 'evidence', pdf ?? '');
    writeFileSync(file, Buffer.alloc(statSync(file).size, 0x41));
    const refused = cli(['verify', swapped], {});
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/berubah \(checksum tidak cocok\)/);

    const otherKey = join(dir, 'kunci-lain');
    cpSync(backup, otherKey, { recursive: true });
    writeFileSync(join(otherKey, 'audit.key'), randomBytes(32).toString('hex'));
    const wrongKey = cli(['verify', otherKey], {});
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toMatch(/bukan kunci saat dicadangkan/);
  });

  it('scheduled backups keep the newest BACKUP_KEEP folders and leave anything else alone', () => {
    const root = join(dir, 'terjadwal');
    mkdirSync(root);
    mkdirSync(join(root, 'catatan-lain'));
    const paths = { databasePath: live, evidenceDir: join(dir, 'live', 'evidence') };
    const written = ['2026-01-01', '2026-01-02', '2026-01-03'].map(
      (day) => scheduledBackup(root, 2, paths, new Date(`${day}T02:00:00Z`)).path,
    );
    expect(readdirSync(root).sort()).toEqual([
      'catatan-lain',
      'rapor-2026-01-02T02-00-00-000Z',
      'rapor-2026-01-03T02-00-00-000Z',
    ]);
    expect(existsSync(written[0] as string)).toBe(false);
    expect(() => loadConfig({ BACKUP_DIR: root, BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP/);
    expect(loadConfig({ BACKUP_DIR: root }).backups).toEqual({
      dir: root,
      intervalHours: 24,
      keep: 7,
    });
  });
});
