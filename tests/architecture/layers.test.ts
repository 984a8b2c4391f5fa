import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process';

/**
 * Each layer's forbidden imports, sub-paths included, and imports it may make: written into a
 * probe file inside the layer, linted with the project's Biome config, and each line must be
 * refused or accepted as listed. A pattern that stops matching (`react*` never matched
 * `react-dom/client`) fails here instead of letting an arrow run the wrong way.
 */
const EDGES: { probe: string; forbidden: string[]; allowed: string[] }[] = [
  {
    probe: 'shared/src/lint-probe.ts',
    forbidden: [
      'node:fs',
      'node:fs/promises',
      '@rapor/db',
      '@rapor/db/open',
      '@rapor/server/app',
      '@rapor/client/src/main',
      'fastify',
      'react',
      'react/jsx-runtime',
      'react-dom/client',
      'drizzle-orm',
      'drizzle-orm/sqlite-core',
      'better-sqlite3',
    ],
    allowed: ['zod', './scoring'],
  },
  {
    probe: 'db/src/lint-probe.ts',
    forbidden: ['@rapor/server', '@rapor/server/app', '@rapor/client/src/main', 'fastify'],
    allowed: ['@rapor/shared/schemas', 'drizzle-orm/sqlite-core', 'node:fs'],
  },
  {
    probe: 'server/src/lint-probe.ts',
    forbidden: ['@rapor/client', '@rapor/client/src/main', 'react', 'react-dom/server'],
    allowed: ['@rapor/db/open', '@rapor/shared/schemas', 'fastify', 'node:fs'],
  },
  {
    probe: 'client/src/lint-probe.ts',
    forbidden: [
      '@rapor/db/open',
      '@rapor/server/app',
      'node:fs',
      'drizzle-orm/sqlite-core',
      'better-sqlite3',
      'fastify',
    ],
    allowed: ['@rapor/shared/schemas', 'react-dom/client', './api/client'],
  },
  {
    probe: 'client/src/features/area/components/lint-probe.ts',
    forbidden: ['../../dashboard/utils/chart-data', '@rapor/server/app', 'node:path'],
    allowed: ['../utils/x', '../../../components/x', '../../../api/client'],
  },
];

function probeSource(specifiers: string[]): string {
  return `${specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}\nexport const all = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;
}

/** Lines of each probe that Biome's noRestrictedImports refuses, by probe path. */
function refusedLines(probes: string[]): Map<string, number[]> {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@biomejs/biome/bin/biome'),
      'lint',
      '--only=style/noRestrictedImports',
      '--reporter=github',
      '--max-diagnostics=none',
      ...probes,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const refused = new Map<string, number[]>();
  for (const m of run.stdout.matchAll(
    /title=lint\/style\/noRestrictedImports,file=([^,]+),line=(\d+)/g,
  )) {
    const path = relative(ROOT, m[1] ?? '');
    refused.set(path, [...(refused.get(path) ?? []), Number(m[2])]);
  }
  return refused;
}

describe('the layers cannot be crossed', () => {
  const written: string[] = [];
  afterAll(() => {
    for (const path of written) rmSync(join(ROOT, path), { force: true });
  });

  it('lint refuses every forbidden import, sub-paths included, and accepts the allowed ones', () => {
    for (const edge of EDGES) {
      const path = join(ROOT, edge.probe);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, probeSource([...edge.forbidden, ...edge.allowed]));
      written.push(edge.probe);
    }
    const refused = refusedLines(EDGES.map((e) => e.probe));
    for (const edge of EDGES) {
      const lines = refused.get(edge.probe) ?? [];
      const got = [...edge.forbidden, ...edge.allowed].filter((_, i) => lines.includes(i + 1));
      expect({ probe: edge.probe, refused: got }).toEqual({
        probe: edge.probe,
        refused: edge.forbidden,
      });
    }
  });
});
