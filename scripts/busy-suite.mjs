// `pnpm test:busy [runs] [vitest filters…]`: the tests while every core is kept busy by another
// process, as on a shared CI machine. Runs vitest `runs` times in a row (default 5) and stops
// at the first failing run. Without filters it runs the whole suite; e.g.
// `pnpm test:busy 5 tests/api tests/reliability` runs the server-side tests only.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { ROOT } from './ensure-deps.mjs';

const [first, ...rest] = process.argv.slice(2);
const runs = /^\d+$/.test(first ?? '') ? Number(first) : 5;
const filters = /^\d+$/.test(first ?? '') ? rest : process.argv.slice(2);

// One spinning process per core, each at the same priority as the tests.
const spinners = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopSpinners = () => {
  for (const s of spinners) s.kill('SIGKILL');
};
process.on('exit', stopSpinners);
process.on('SIGINT', () => process.exit(130));

const results = [];
for (let i = 1; i <= runs; i++) {
  const started = Date.now();
  console.log(`\n== busy run ${i} of ${runs} (${spinners.length} cores spinning)`);
  const vitest = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot', ...filters],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push(`run ${i}: ${vitest.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (vitest.status !== 0) break;
}
console.log(`\n${results.join('\n')}`);
const passed = results.filter((r) => r.includes('passed')).length;
console.log(`${passed} of ${runs} busy runs passed`);
process.exit(passed === runs ? 0 : 1);
