import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** scheduled backups (BACKUP_DIR): a backup folder every `intervalHours`, the newest `keep` kept */
  backups?: { dir: string; intervalHours: number; keep: number };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databasePath: env.DATABASE_PATH ?? join(ROOT, 'data', 'rapor.db'),
    ...(env.EVIDENCE_DIR && { evidenceDir: env.EVIDENCE_DIR }),
    production,
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === '1' : !production,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    clientDist: env.CLIENT_DIST ?? join(ROOT, 'client', 'dist'),
    sessionIdleMs: Number(env.SESSION_IDLE_MINUTES ?? 120) * 60_000,
    sessionAbsoluteMs: Number(env.SESSION_ABSOLUTE_HOURS ?? 12) * 3_600_000,
    now: () => new Date(),
    ...(env.TRUST_PROXY && { trustProxy: trustProxyOf(env.TRUST_PROXY) }),
    load: {
      maxLagMs: positive('MAX_EVENT_LOOP_LAG_MS', env.MAX_EVENT_LOOP_LAG_MS ?? '1000'),
      anonymousPerMinute: positive(
        'ANONYMOUS_REQUESTS_PER_MINUTE',
        env.ANONYMOUS_REQUESTS_PER_MINUTE ?? '300',
      ),
      slowMs: positive('SLOW_REQUEST_MS', env.SLOW_REQUEST_MS ?? '1000'),
    },
    ...(env.BACKUP_DIR && {
      backups: {
        dir: env.BACKUP_DIR,
        intervalHours: positive('BACKUP_INTERVAL_HOURS', env.BACKUP_INTERVAL_HOURS ?? '24'),
        keep: Math.floor(positive('BACKUP_KEEP', env.BACKUP_KEEP ?? '7')),
      },
    }),
  };
}

function trustProxyOf(text: string): boolean | string {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} harus angka lebih dari 0 (tertulis "${text}").`);
  return value;
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

export function evidenceDirOf(config: Config): string {
  return config.evidenceDir ?? join(dirname(config.databasePath), 'evidence');
}
