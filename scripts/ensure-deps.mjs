// Makes a fresh clone runnable with only Node and npm: finds pnpm (or runs the pinned one
// through npx), installs the locked dependencies when node_modules is missing or stale,
// and builds the client when its sources are newer than the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
const PNPM_VERSION = JSON.parse(
  readFileSync(join(ROOT, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

function hasPnpm() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim() === PNPM_VERSION;
  } catch {
    return false;
  }
}

/** The command that runs the pinned pnpm: the installed one if it matches, else npx. */
export function pnpmCommand() {
  return hasPnpm() ? ['pnpm'] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(
      `\n✗ ${[cmd, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
}

export function pnpm(args, options) {
  const [cmd, ...pre] = pnpmCommand();
  run(cmd, [...pre, ...args], {
    ...options,
    // node-gyp must build better-sqlite3 against the running Node's own headers (its
    // include/node): there is no internet to download them.
    env: {
      ...process.env,
      npm_config_nodedir: process.env.npm_config_nodedir ?? dirname(dirname(process.execPath)),
      ...options?.env,
    },
  });
}

function installed() {
  const lock = join(ROOT, 'pnpm-lock.yaml');
  const copy = join(ROOT, 'node_modules', '.pnpm', 'lock.yaml');
  return existsSync(copy) && readFileSync(copy, 'utf8') === readFileSync(lock, 'utf8');
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const SERVER_OUT = join(ROOT, 'server', 'dist', 'server.js');

function serverBuilt() {
  if (!existsSync(SERVER_OUT)) return false;
  const sources = Math.max(
    ...['server/src', 'db/src', 'shared/src'].map((dir) => newest(join(ROOT, dir))),
  );
  return statSync(SERVER_OUT).mtimeMs >= sources;
}

/** The compiled server (plain JavaScript for `node`), rebuilt when a source is newer. */
export async function ensureServerBuild() {
  if (serverBuilt()) return SERVER_OUT;
  console.log('→ compiling the server…');
  // imported only now: esbuild is there once the dependencies are
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
  return SERVER_OUT;
}

function clientBuilt() {
  const index = join(ROOT, 'client', 'dist', 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newest(join(ROOT, 'client', 'src')),
    newest(join(ROOT, 'client', 'sw')),
    newest(join(ROOT, 'shared', 'src')),
    statSync(join(ROOT, 'client', 'index.html')).mtimeMs,
  );
  return built >= sources;
}

export function ensureDeps() {
  if (!installed()) {
    console.log('→ installing dependencies (pnpm install --frozen-lockfile)…');
    pnpm(['install', '--frozen-lockfile']);
  }
}

export function ensureClientBuild() {
  if (!clientBuilt()) {
    console.log('→ building the client…');
    // always the production bundle: a start from inside the tests (NODE_ENV=test) would
    // otherwise ship React's development build, slower and with development-only checks
    pnpm(['--filter', '@rapor/client', 'build'], { env: { NODE_ENV: 'production' } });
  }
}
