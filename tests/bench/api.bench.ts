// pnpm bench — load benchmarks of the API on this machine (not a test: it prints figures).
// A server process on a seeded temporary database; autocannon from this process on loopback,
// a fixed number of seconds per endpoint. The ratio compares each endpoint with /api/health,
// the cost of Fastify itself, so the figures mean something on another machine too.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;

function startServer(dbPath: string): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_PATH: dbPath,
        LOG_LEVEL: 'info',
        SEED_DEMO: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const poll = setInterval(async () => {
      const port = out.match(/listening at http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
      if (!port) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') });
    }, 100);
    // the server logs every request at info, as in production; keep only the start-up lines
    child.stdout.on('data', (c: Buffer) => {
      if (out.length < 10_000) out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'rapor-bench-'));
const server = await startServer(join(dir, 'bench.db'));
try {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'leader', password: 'rapor-demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const endpoints = [
    ['health (baseline)', '/api/health'],
    ['dashboard summary, 8 years', '/api/v1/dashboard/summary?from=2018&to=2025'],
    ['dashboard overview', '/api/v1/dashboard/overview?year=2025'],
    ['area result (tree, recs)', '/api/v1/periods/2023/areas/SDM'],
    ['area comparison', '/api/v1/periods/2023/areas/SDM/comparison'],
  ] as const;
  const rows: { name: string; rps: number; p50: number; p99: number; errors: number }[] = [];
  for (const [name, path] of endpoints) {
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
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per endpoint, loopback\n`);
  console.log(
    `${'endpoint'.padEnd(30)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'vs health'.padStart(10)} ${'errors'.padStart(7)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${(r.rps / base).toFixed(2).padStart(10)} ${String(r.errors).padStart(7)}`,
    );
  }
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
