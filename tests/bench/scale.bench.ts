// pnpm bench (third part) — how the API's latency grows with the data: the demo ministry as
// seeded (×1), then ×10 and ×100 in years, indicators and recommendations (tests/bench/
// scale-demo.ts), each served by the compiled server. Per endpoint and scale: a cold read (the
// first after a write, when the cached aggregate must be computed again: a second connection
// bumps the data version before each one) and a warm read (served from the cache), each the
// median of a few sequential requests, with the response size and the growth against ×1.
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
  cold: number;
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
  // the writer the cache must notice: what a second process's write does to the version
  const writer = openDb(path);
  const bump = writer.sqlite.prepare('UPDATE data_version SET version = version + 1 WHERE id = 1');
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
      const cold: number[] = [];
      const warm: number[] = [];
      let bytes = 0;
      for (let i = 0; i < SAMPLES; i++) {
        bump.run();
        const first = await get(path);
        cold.push(first.ms);
        bytes = first.bytes;
        warm.push((await get(path)).ms);
      }
      figures.set(name.replace(/all \d+ years/, 'all years'), {
        cold: median(cold),
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
    `\nData scale: cold = first read after a write, warm = cached; median of ${SAMPLES}\n`,
  );
  for (const { factor, report, buildMs } of runs)
    console.log(
      `×${String(factor).padEnd(4)} ${report.years} years (${report.firstYear}–${report.lastYear}), ${report.indicatorsPerYear} indicators a year, ${report.answers} answers, ${report.recommendations} recommendations (built in ${(buildMs / 1000).toFixed(1)} s)`,
    );
  const base = runs[0];
  console.log(
    `\n${'endpoint'.padEnd(26)} ${'scale'.padStart(5)} ${'cold ms'.padStart(9)} ${'warm ms'.padStart(8)} ${'KB'.padStart(8)} ${'cold ÷ ×1'.padStart(10)}`,
  );
  for (const name of base?.figures.keys() ?? []) {
    for (const run of runs) {
      const f = run.figures.get(name);
      const b = base?.figures.get(name);
      if (!f || !b) continue;
      console.log(
        `${name.padEnd(26)} ${`×${run.factor}`.padStart(5)} ${f.cold.toFixed(1).padStart(9)} ${f.warm.toFixed(1).padStart(8)} ${f.kb.toFixed(0).padStart(8)} ${(f.cold / b.cold).toFixed(1).padStart(10)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
