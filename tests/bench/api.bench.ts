// pnpm bench — load benchmarks of the API on this machine (not a test: it prints figures).
// A server process on a seeded temporary database; autocannon from this process on loopback,
// a fixed number of seconds per endpoint. The ratio compares each endpoint with /api/health,
// the cost of Fastify itself, so the figures mean something on another machine too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signInOver, startServerProcess } from '../helpers/server-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);

const dir = mkdtempSync(join(tmpdir(), 'rapor-bench-'));
// the compiled server through the documented launcher, as production runs it
// The rate limit stays on (its cost is part of every request) but far above what autocannon
// sends, so the figures are of the endpoints, not of 429s.
const server = await startServerProcess(
  {
    DATABASE_PATH: join(dir, 'bench.db'),
    SEED_DEMO: '1',
    ANONYMOUS_REQUESTS_PER_MINUTE: '100000000',
  },
  ['scripts/start.mjs'],
);
try {
  const cookie = await signInOver(server.url, 'leader');
  const endpoints = [
    ['health (baseline)', '/api/health'],
    ['dashboard summary, 8 years', '/api/v1/dashboard/summary?from=2018&to=2025'],
    ['outcomes', '/api/v1/outcomes'],
    ['forum deck 2024', '/api/v1/periods/2024/deck'],
    ['dashboard overview', '/api/v1/dashboard/overview?year=2025'],
    ['area result (tree, recs)', '/api/v1/periods/2023/areas/SDM'],
    ['area comparison', '/api/v1/periods/2023/areas/SDM/comparison'],
  ] as const;
  const rows: { name: string; rps: number; p50: number; p99: number; errors: number }[] = [];
  for (const [name, path] of endpoints) {
    // one unmeasured second first, so the figures are of warm (JIT-compiled) code
    await autocannon({
      url: `${server.url}${path}`,
      connections: CONNECTIONS,
      duration: 1,
      headers: { cookie },
    });
    const result = await autocannon({
      url: `${server.url}${path}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie },
    });
    rows.push({
      name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    });
  }
  const base = rows[0]?.rps ?? 1;
  const baseP99 = rows[0]?.p99 || 1;
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per endpoint, loopback\n`);
  console.log(
    `${'endpoint'.padEnd(30)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s ÷ health'.padStart(15)} ${'p99 ÷ health'.padStart(13)} ${'errors'.padStart(7)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${(r.rps / base).toFixed(2).padStart(15)} ${(r.p99 / baseP99).toFixed(2).padStart(13)} ${String(r.errors).padStart(7)}`,
    );
  }
  const summary = rows[1];
  if (summary) {
    const ok = summary.rps / base >= 0.5 && summary.p99 <= 2 * baseP99;
    console.log(
      `\ntarget (issue 10): summary ≥ 0.50 × health's req/s and p99 ≤ 2 × health's — ${ok ? 'met' : 'NOT met'}`,
    );
  }
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
