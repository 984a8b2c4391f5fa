// pnpm bench (third part) — how the API's latency grows with the data: the demo ministry as
// seeded (×1), then ×10 and ×100 in years, indicators and recommendations (tests/bench/
// scale-demo.ts), each served by the compiled server. Per endpoint and scale, each the median
// of a few sequential requests: the read after every year changed (all is computed again), the
// read after a write to one year (a chair's answer in the open year: the cached aggregate is
// recomputed, the other years' summaries are kept), and a warm read (served from the cache);
// with the response size and the growth of the first against ×1. The writes come from a
// second connection, as another process's would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '@rapor/db/open';
import { seedDemo } from '@rapor/db/seed';
import { signInOver, startServerProcess } from '../helpers/server-process';
import { type ScaleReport, scaleDemo } from './scale-demo';

const FACTORS = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SCALE_SAMPLES ?? 5);

interface Figure {
  all: number;
  one: number;
  warm: number;
  kb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function endpoints(r: ScaleReport): [string, string][] {
  const year = r.lastYear - 1; // the latest closed year, as the dashboard opens on
  return [
    [
      `summary, all ${r.years} years`,
      `/api/v1/dashboard/summary?from=${r.firstYear}&to=${r.lastYear}`,
    ],
    ['overview', `/api/v1/dashboard/overview?year=${year}`],
    ['outcomes', '/api/v1/outcomes'],
    ['area result (SDM)', `/api/v1/periods/${year}/areas/SDM`],
    ['area comparison (SDM)', `/api/v1/periods/${year}/areas/SDM/comparison`],
    ['forum deck', `/api/v1/periods/${year}/deck`],
    ['recommendations list', '/api/v1/recommendations'],
    ['recommendations, page of 100', '/api/v1/recommendations?limit=100&offset=1000'],
  ];
}

async function measure(factor: number, dir: string) {
  const path = join(dir, `x${factor}.db`);
  const builtAt = performance.now();
  const { db, sqlite, close } = openDb(path);
  await seedDemo(db);
  const report = scaleDemo(sqlite, factor);
  close();
  const buildMs = performance.now() - builtAt;

  const server = await startServerProcess(
    // the lag guard off: a cold read here may block the loop for seconds, which is what is measured
    { DATABASE_PATH: path, MAX_EVENT_LOOP_LAG_MS: '600000' },
    ['scripts/start.mjs'],
  );
  // writes the caches must notice, as another process's would: every period touched, so
  // every year's version moves; or one area result of the open year
  const writer = openDb(path);
  const touchAll = writer.sqlite.prepare('UPDATE periods SET state = state');
  const touchOne = writer.sqlite.prepare(
    `UPDATE area_results SET version = version WHERE year = ${report.lastYear} AND area_code = 'SDM'`,
  );
  try {
    const cookie = await signInOver(server.url, 'leader');
    const get = async (path: string) => {
      const started = performance.now();
      const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
      const body = await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status} ${Buffer.from(body).toString()}`);
      return { ms: performance.now() - started, bytes: body.byteLength };
    };
    const figures = new Map<string, Figure>();
    for (const [name, path] of endpoints(report)) {
      await get(path); // JIT warm-up of the route's code
      const all: number[] = [];
      const one: number[] = [];
      const warm: number[] = [];
      let bytes = 0;
      for (let i = 0; i < SAMPLES; i++) {
        touchAll.run();
        const first = await get(path);
        all.push(first.ms);
        bytes = first.bytes;
        touchOne.run();
        one.push((await get(path)).ms);
        warm.push((await get(path)).ms);
      }
      figures.set(name.replace(/all \d+ years/, 'all years'), {
        all: median(all),
        one: median(one),
        warm: median(warm),
        kb: bytes / 1024,
      });
    }
    return { report, buildMs, figures };
  } finally {
    writer.close();
    server.stop();
    await server.exited;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rapor-bench-scale-'));
try {
  const runs = [];
  for (const factor of FACTORS) runs.push({ factor, ...(await measure(factor, dir)) });
  console.log(
    `\nData scale: after every year changed / after a write to one year / cached; median of ${SAMPLES}\n`,
  );
  for (const { factor, report, buildMs } of runs)
    console.log(
      `×${String(factor).padEnd(4)} ${report.years} years (${report.firstYear}–${report.lastYear}), ${report.indicatorsPerYear} indicators a year, ${report.answers} answers, ${report.recommendations} recommendations (built in ${(buildMs / 1000).toFixed(1)} s)`,
    );
  const base = runs[0];
  console.log(
    `\n${'endpoint'.padEnd(30)} ${'scale'.padStart(5)} ${'all ms'.padStart(9)} ${'one ms'.padStart(8)} ${'warm ms'.padStart(8)} ${'KB'.padStart(8)} ${'all ÷ ×1'.padStart(9)}`,
  );
  for (const name of base?.figures.keys() ?? []) {
    for (const run of runs) {
      const f = run.figures.get(name);
      const b = base?.figures.get(name);
      if (!f || !b) continue;
      console.log(
        `${name.padEnd(30)} ${`×${run.factor}`.padStart(5)} ${f.all.toFixed(1).padStart(9)} ${f.one.toFixed(1).padStart(8)} ${f.warm.toFixed(1).padStart(8)} ${f.kb.toFixed(0).padStart(8)} ${(f.all / b.all).toFixed(1).padStart(9)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
