import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCheckpointPath } from '@rapor/db/audit-chain';
import type { Db } from '@rapor/db/open';
import { z } from 'zod';

/** Every setting the server reads from the environment, in one place. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  /** uploaded evidence files; beside the database unless EVIDENCE_DIR says otherwise */
  evidenceDir?: string;
  /** production refuses demo accounts and hides internals */
  production: boolean;
  /** seeds the demo ministry into an empty database at start */
  seedDemo: boolean;
  logLevel: string;
  /** built SPA to serve at /, if present */
  clientDist: string;
  /** a session ends after this long without a request… */
  sessionIdleMs: number;
  /** …and after this long in any case */
  sessionAbsoluteMs: number;
  /** the clock; tests pin it */
  now: () => Date;
  /**
   * Behind a reverse proxy (TRUST_PROXY): `true` trusts X-Forwarded-For from any hop, otherwise
   * the proxies' addresses or subnets, comma-separated. Per-address limits then see clients.
   */
  trustProxy?: boolean | string;
  /** load shedding, the anonymous rate limit and the slow-request log (see plugins/load-guard) */
  load: { maxLagMs: number; anonymousPerMinute: number; slowMs: number };
  /**
   * Signed checkpoints of the audit trail (count and head) are appended here: put it where the
   * database's writers cannot write (AUDIT_CHECKPOINT_FILE); beside the database by default.
   */
  auditCheckpointFile?: string;
  /** a checkpoint every this many minutes while the server runs (and at start and stop) */
  auditCheckpointMinutes: number;
  /** a request (headers and body) must have arrived within this; 30 s unless a test sets it */
  requestTimeoutMs?: number;
  /** scheduled backups (BACKUP_DIR): a backup folder every `intervalHours`, the newest `keep` kept */
  backups?: { dir: string; intervalHours: number; keep: number };
  /**
   * E-mail reminders (SMTP_URL, off when unset): chairs whose action-plan reports are late or
   * due within a week, and the secretariat's daily digest, sent once a day from `from`; links
   * in them point at `publicUrl` (PUBLIC_URL).
   */
  mail?: { smtpUrl: string; from: string; publicUrl: string };
  /**
   * Whose evaluation this is (MINISTRY_NAME, MINISTRY_NAME_EN, MINISTRY_LOGO): named on the
   * deck's title slide, the PowerPoint and the app; the logo a PNG or JPEG file.
   */
  ministry: { name: { id: string; en: string }; logoPath?: string };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A logo is shown small: a larger file is a mistake (a scan, a photo), not a logo. */
export const MAX_LOGO_BYTES = 512 * 1024;

/** A setting the environment gives wrongly: the message names the variable and what it takes. */
export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const number = (name: string, what: string, ok: (n: number) => boolean) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || (v.trim() !== '' && ok(Number(v))), {
      message: `${name} harus ${what}`,
    });
const positiveNumber = (name: string) => number(name, 'angka lebih dari 0', (n) => n > 0);

/** Every variable the server reads (README "Configuration"), checked at once before start. */
const Env = z.object({
  PORT: number(
    'PORT',
    'bilangan bulat 0–65535',
    (n) => Number.isInteger(n) && n >= 0 && n <= 65_535,
  ),
  HOST: z.string().min(1, 'HOST tidak boleh kosong').optional(),
  DATABASE_PATH: z.string().min(1, 'DATABASE_PATH tidak boleh kosong').optional(),
  EVIDENCE_DIR: z.string().optional(),
  NODE_ENV: z.string().optional(),
  SEED_DEMO: z.enum(['0', '1'], { message: 'SEED_DEMO harus 0 atau 1' }).optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL harus salah satu dari ${LOG_LEVELS.join(', ')}` })
    .optional(),
  CLIENT_DIST: z.string().optional(),
  SESSION_IDLE_MINUTES: positiveNumber('SESSION_IDLE_MINUTES'),
  SESSION_ABSOLUTE_HOURS: positiveNumber('SESSION_ABSOLUTE_HOURS'),
  TRUST_PROXY: z.string().optional(),
  MAX_EVENT_LOOP_LAG_MS: positiveNumber('MAX_EVENT_LOOP_LAG_MS'),
  ANONYMOUS_REQUESTS_PER_MINUTE: positiveNumber('ANONYMOUS_REQUESTS_PER_MINUTE'),
  SLOW_REQUEST_MS: positiveNumber('SLOW_REQUEST_MS'),
  AUDIT_CHECKPOINT_FILE: z.string().min(1, 'AUDIT_CHECKPOINT_FILE tidak boleh kosong').optional(),
  AUDIT_CHECKPOINT_MINUTES: positiveNumber('AUDIT_CHECKPOINT_MINUTES'),
  BACKUP_DIR: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'SMTP_URL harus berbentuk smtp://pengguna:sandi@host:port')
    .optional(),
  MAIL_FROM: z.string().min(3, 'MAIL_FROM tidak boleh kosong').optional(),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/.+/, 'PUBLIC_URL harus berawalan http(s)://')
    .optional(),
  BACKUP_INTERVAL_HOURS: positiveNumber('BACKUP_INTERVAL_HOURS'),
  MINISTRY_NAME: z.string().trim().min(3, 'MINISTRY_NAME terlalu pendek').max(120).optional(),
  MINISTRY_NAME_EN: z.string().trim().min(3, 'MINISTRY_NAME_EN terlalu pendek').max(120).optional(),
  MINISTRY_LOGO: z
    .string()
    .regex(/\.(png|jpe?g)$/i, 'MINISTRY_LOGO harus berkas .png atau .jpg')
    .refine((path) => existsSync(path), 'MINISTRY_LOGO: berkasnya tidak ditemukan')
    .refine(
      (path) => !existsSync(path) || statSync(path).size <= MAX_LOGO_BYTES,
      'MINISTRY_LOGO: berkas paling besar 512 KB',
    )
    .optional(),
  BACKUP_KEEP: number(
    'BACKUP_KEEP',
    'bilangan bulat lebih dari 0',
    (n) => Number.isInteger(n) && n > 0,
  ),
});

/**
 * The configuration from the environment. A wrong value is a ConfigError listing every
 * problem: the server says so and exits instead of starting on a guess.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      `Konfigurasi tidak valid:\n- ${parsed.error.issues.map((i) => i.message).join('\n- ')}`,
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const num = (text: string | undefined, fallback: number) =>
    text === undefined ? fallback : Number(text);
  return {
    port: num(e.PORT, 3000),
    host: e.HOST ?? '0.0.0.0',
    databasePath: e.DATABASE_PATH ?? join(ROOT, 'data', 'rapor.db'),
    ...(e.EVIDENCE_DIR && { evidenceDir: e.EVIDENCE_DIR }),
    production,
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === '1' : !production,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    clientDist: e.CLIENT_DIST ?? join(ROOT, 'client', 'dist'),
    sessionIdleMs: num(e.SESSION_IDLE_MINUTES, 120) * 60_000,
    sessionAbsoluteMs: num(e.SESSION_ABSOLUTE_HOURS, 12) * 3_600_000,
    now: () => new Date(),
    ...(e.TRUST_PROXY && { trustProxy: trustProxyOf(e.TRUST_PROXY) }),
    load: {
      maxLagMs: num(e.MAX_EVENT_LOOP_LAG_MS, 1000),
      anonymousPerMinute: num(e.ANONYMOUS_REQUESTS_PER_MINUTE, 300),
      slowMs: num(e.SLOW_REQUEST_MS, 1000),
    },
    ...(e.AUDIT_CHECKPOINT_FILE && { auditCheckpointFile: e.AUDIT_CHECKPOINT_FILE }),
    auditCheckpointMinutes: num(e.AUDIT_CHECKPOINT_MINUTES, 60),
    ...(e.BACKUP_DIR && {
      backups: {
        dir: e.BACKUP_DIR,
        intervalHours: num(e.BACKUP_INTERVAL_HOURS, 24),
        keep: num(e.BACKUP_KEEP, 7),
      },
    }),
    ministry: {
      name: {
        id: e.MINISTRY_NAME ?? 'Kementerian Sosial Republik Indonesia',
        en:
          e.MINISTRY_NAME_EN ??
          e.MINISTRY_NAME ??
          'Ministry of Social Affairs, Republic of Indonesia',
      },
      ...(e.MINISTRY_LOGO && { logoPath: e.MINISTRY_LOGO }),
    },
    ...(e.SMTP_URL && {
      mail: {
        smtpUrl: e.SMTP_URL,
        from: e.MAIL_FROM ?? 'Rapor RB <rapor-rb@localhost>',
        publicUrl: (e.PUBLIC_URL ?? `http://localhost:${num(e.PORT, 3000)}`).replace(/\/$/, ''),
      },
    }),
  };
}

function trustProxyOf(text: string): boolean | string {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

/** Config for tests and tools: defaults with overrides, nothing read from the environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test' }),
    databasePath: ':memory:',
    seedDemo: false,
    logLevel: 'silent',
    // A test suite runs many anonymous requests on a busy machine: no shedding or limit
    // unless a test asks for it.
    load: {
      maxLagMs: Number.POSITIVE_INFINITY,
      anonymousPerMinute: Number.POSITIVE_INFINITY,
      slowMs: 5000,
    },
    ...overrides,
  };
}

/** The audit checkpoints' file, or null for a database in memory. */
export function auditCheckpointFileOf(config: Config): string | null {
  if (config.auditCheckpointFile) return config.auditCheckpointFile;
  return config.databasePath === ':memory:' ? null : defaultCheckpointPath(config.databasePath);
}

export function evidenceDirOf(config: Config): string {
  return config.evidenceDir ?? join(dirname(config.databasePath), 'evidence');
}

/**
 * What the app and every route plugin are given. Here, not in app.ts: the routes need the
 * type and app.ts needs the routes, and types should not run in a circle.
 */
export interface AppOptions {
  db: Db;
  config: Config;
}
