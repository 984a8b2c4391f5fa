// `npm test` / `pnpm test`: the whole suite — lint, typecheck, unit, API and browser tests —
// ending with one plain line "N passed, N failed" that CI reads, even when tests fail.
import { spawn, spawnSync } from 'node:child_process';
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

// Vitest runs a project whose files go one at a time (the browser tests: one Chromium on a
// 2-core machine) after every other project, one worker idle all along. Without filters the
// browser tests run in a vitest of their own beside the rest, which fill the other core.
const filters = process.argv.slice(2);
const runs =
  filters.length > 0
    ? [{ report: 'vitest.json', args: filters }]
    : [
        { report: 'vitest-e2e.json', args: ['--project', 'e2e'] },
        {
          report: 'vitest.json',
          args: ['--project', 'unit', '--project', 'client', '--project', 'api'],
        },
      ];
const [cmd, ...pre] = pnpmCommand();
const statuses = await Promise.all(
  runs.map(({ report, args }) => {
    rmSync(join(ROOT, report), { force: true });
    const vitest = spawn(
      cmd,
      [
        ...pre,
        'exec',
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...args,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    return new Promise((done) => vitest.on('exit', (code) => done(code ?? 1)));
  }),
);

let passed = 0;
let failed = 0;
let total = 0;
for (const { report } of runs) {
  let counts = null;
  try {
    counts = JSON.parse(readFileSync(join(ROOT, report), 'utf8'));
  } catch {
    // a run that wrote no report counts as one failure below
  }
  if (!counts) {
    failed += 1;
    continue;
  }
  passed += counts.numPassedTests;
  failed += counts.numFailedTests;
  total += counts.numTotalTests;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(statuses.every((s) => s === 0) && failed === 0 && total > 0 ? 0 : 1);

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
