// `npm test` / `pnpm test`: the whole suite — lint, typecheck, unit, API and browser tests —
// ending with one plain line "N passed, N failed" that CI reads, even when tests fail.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ensureClientBuild,
  ensureDeps,
  ensureServerBuild,
  pnpm,
  pnpmCommand,
  ROOT,
} from './ensure-deps.mjs';

ensureDeps();
ensureClientBuild();
await ensureServerBuild();
ensureChromium();
pnpm(['run', 'lint']);
pnpm(['run', 'typecheck']);

const report = join(ROOT, 'vitest.json');
rmSync(report, { force: true });
const [cmd, ...pre] = pnpmCommand();
const vitest = spawnSync(
  cmd,
  [
    ...pre,
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: 'inherit' },
);

let counts;
try {
  counts = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  counts = null;
}
if (!counts) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`${counts.numPassedTests} passed, ${counts.numFailedTests} failed`);
process.exit(vitest.status === 0 && counts.numTotalTests > 0 ? 0 : 1);

/** Browser tests drive Debian's Chromium; no test tool may download a browser of its own. */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("→ installing Debian's chromium for the browser tests (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!existsSync(path)) {
    console.error(
      `✗ ${path} is missing: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
