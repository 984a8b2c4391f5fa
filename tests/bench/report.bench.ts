// pnpm bench — the evaluation report (LHE): how long the server takes to draft the .docx, and,
// where LibreOffice is installed, that it renders (pages, time). Prints figures; not a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInOver, startServerProcess } from '../helpers/server-process';

const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'rapor-bench-report-'));
const server = await startServerProcess({ DATABASE_PATH: join(dir, 'bench.db'), SEED_DEMO: '1' }, [
  'scripts/start.mjs',
]);
try {
  const cookie = await signInOver(server.url, 'leader');
  const rows: [string, string][] = [
    ['ministry report 2024', '/api/v1/periods/2024/report.docx'],
    ["SDM's report 2024", '/api/v1/periods/2024/report.docx?area=SDM'],
  ];
  console.log(`\nthe evaluation report, ${RUNS} downloads each\n`);
  for (const [name, path] of rows) {
    const times: number[] = [];
    let body = Buffer.alloc(0);
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
      body = Buffer.from(await res.arrayBuffer());
      times.push(performance.now() - start);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
    const file = join(dir, `${name.replace(/\W+/g, '-')}.docx`);
    writeFileSync(file, body);
    console.log(
      `${name.padEnd(24)} median ${median.toFixed(0).padStart(5)} ms  ${(body.length / 1024).toFixed(0)} KiB`,
    );
    if (spawnSync('soffice', ['--version']).status !== 0) {
      console.log('  LibreOffice not installed: rendering not checked');
      continue;
    }
    const start = performance.now();
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
    });
    const pdf = file.replace(/\.docx$/, '.pdf');
    const pages = execFileSync('sh', ['-c', `grep -c "/Type */Page[^s]" "${pdf}" || true`])
      .toString()
      .trim();
    console.log(
      `  rendered by LibreOffice in ${(performance.now() - start).toFixed(0)} ms: ${pages} A4 pages`,
    );
  }
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
