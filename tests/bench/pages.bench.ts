// pnpm bench (second part) — how the pages behave in Debian's Chromium against the compiled
// server: cold start to a healthy server, then for the overview and the area page the time
// from navigation until the charts are drawn, layout shift, long tasks (total blocking time)
// and the JavaScript transferred; last, the server's memory after the load.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { startServerProcess, untilHealthy } from '../helpers/server-process';

const dir = mkdtempSync(join(tmpdir(), 'rapor-bench-pages-'));
const started = performance.now();
const server = await startServerProcess({ DATABASE_PATH: join(dir, 'bench.db'), SEED_DEMO: '1' }, [
  'scripts/start.mjs',
]);
await untilHealthy(server.url);
const coldStart = performance.now() - started;

const OBSERVE = `
  window.__cls = 0; window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;
const MEASURE = `(() => {
  const js = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js'));
  return {
    cls: window.__cls,
    tbt: window.__long.reduce((s, d) => s + Math.max(0, d - 50), 0),
    longest: Math.max(0, ...window.__long),
    jsKb: js.reduce((s, e) => s + e.encodedBodySize, 0) / 1024,
  };
})()`;

const browser = await launchBrowser({ width: 1366, height: 768 });
try {
  const login = await browser.context.newPage();
  await login.goto(`${server.url}/login`);
  await login.getByLabel('Nama pengguna').fill('leader');
  await login.getByLabel('Kata sandi').fill('rapor-demo');
  await login.keyboard.press('Enter');
  await login.waitForURL((u) => !u.pathname.startsWith('/login'));
  await login.close();

  const rows: string[] = [];
  for (const [name, path, charts] of [
    ['overview', '/overview?year=2025', 3],
    ['area page', '/areas/SDM?year=2025', 2],
  ] as const) {
    const runs: { drawn: number; cls: number; tbt: number; longest: number; jsKb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript(OBSERVE);
      const t0 = performance.now();
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.recharts-wrapper svg').length >= n,
        charts,
      );
      const drawn = performance.now() - t0;
      await page.waitForLoadState('networkidle');
      const m = (await page.evaluate(MEASURE)) as {
        cls: number;
        tbt: number;
        longest: number;
        jsKb: number;
      };
      runs.push({ drawn, ...m });
      await page.close();
    }
    const median = (k: 'drawn' | 'cls' | 'tbt' | 'longest' | 'jsKb') =>
      [...runs.map((r) => r[k])].sort((a, b) => a - b)[1] ?? 0;
    rows.push(
      `${name.padEnd(12)} ${median('drawn').toFixed(0).padStart(10)} ${median('cls').toFixed(3).padStart(7)} ${median('tbt').toFixed(0).padStart(8)} ${median('longest').toFixed(0).padStart(9)} ${median('jsKb').toFixed(0).padStart(8)}`,
    );
  }
  const rss = Number(
    readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0,
  );
  console.log(
    `\ncold start to a healthy server (npm start's launcher, built): ${coldStart.toFixed(0)} ms`,
  );
  console.log('\npages (median of 3, warm browser cache of the login page only)\n');
  console.log(
    `${'page'.padEnd(12)} ${'drawn ms'.padStart(10)} ${'CLS'.padStart(7)} ${'TBT ms'.padStart(8)} ${'longest'.padStart(9)} ${'JS KB br'.padStart(8)}`,
  );
  for (const r of rows) console.log(r);
  console.log('\ntargets (issue 10): CLS < 0.1, main-thread blocking after navigation < 200 ms');
  console.log(`server memory after the load: ${(rss / 1024).toFixed(0)} MB resident`);
} finally {
  await browser.close();
  server.stop();
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
}
