// pnpm bench (fifth part) — Lighthouse itself, as others measure pages: the desktop preset
// against the compiled server with the demo, signed in as leadership, on the overview and the
// area page of the latest closed year; the median of 5 runs of each. Lighthouse drives
// Debian's Chromium over its debugging port (no browser is downloaded).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../helpers/browser';
import { signInOver, startServerProcess, untilHealthy } from '../helpers/server-process';

const RUNS = 5;
const PORT = 9333;
const dir = mkdtempSync(join(tmpdir(), 'rapor-bench-lighthouse-'));
const server = await startServerProcess({ DATABASE_PATH: join(dir, 'bench.db'), SEED_DEMO: '1' }, [
  'scripts/start.mjs',
]);
await untilHealthy(server.url);

const cookie = await signInOver(server.url, 'leader');
const periods = (await (await fetch(`${server.url}/api/v1/periods`)).json()) as {
  periods: { year: number; state: string }[];
};
const year = periods.periods.filter((p) => p.state === 'closed').at(-1)?.year;

const chrome = spawn(
  CHROMIUM,
  [
    ...CHROMIUM_FLAGS,
    `--user-data-dir=${join(dir, 'profile')}`,
    `--remote-debugging-port=${PORT}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
for (;;) {
  const up = await fetch(`http://127.0.0.1:${PORT}/json/version`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 50));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

try {
  console.log(
    `\nLighthouse ${desktopConfig.settings?.formFactor} preset, signed in, ${year}; median of ${RUNS}\n`,
  );
  console.log(
    `${'page'.padEnd(10)} ${'score'.padStart(6)} ${'TBT ms'.padStart(7)} ${'main ms'.padStart(8)} ${'LCP ms'.padStart(7)} ${'CLS'.padStart(6)} ${'SI ms'.padStart(6)}`,
  );
  for (const [name, path] of [
    ['overview', `/overview?year=${year}`],
    ['area page', `/areas/SDM?year=${year}`],
  ] as const) {
    const runs: Record<'score' | 'tbt' | 'main' | 'lcp' | 'cls' | 'si', number>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(
        `${server.url}${path}`,
        {
          port: PORT,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          extraHeaders: { Cookie: cookie },
        },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse gave no result');
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      runs.push({
        score: (lhr.categories.performance?.score ?? 0) * 100,
        tbt: audit('total-blocking-time'),
        main: audit('mainthread-work-breakdown'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        si: audit('speed-index'),
      });
    }
    const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
    console.log(
      `${name.padEnd(10)} ${(m('score') / 100).toFixed(2).padStart(6)} ${m('tbt').toFixed(0).padStart(7)} ${m('main').toFixed(0).padStart(8)} ${m('lcp').toFixed(0).padStart(7)} ${m('cls').toFixed(3).padStart(6)} ${m('si').toFixed(0).padStart(6)}`,
    );
  }
  console.log('\ntargets (issue 23): score ≥ 0.95, TBT < 150 ms, main-thread work < 1 s');
} finally {
  chrome.kill();
  server.stop();
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
}
