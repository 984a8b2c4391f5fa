import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process';

// Every query key comes from client/src/lib/query-keys.ts: a literal elsewhere is a key a
// mutation's invalidation can miss.
const FACTORY = 'client/src/lib/query-keys.ts';

describe('query keys from one factory', () => {
  it('no query key is written as a literal outside the factory', () => {
    const found = readdirSync(join(ROOT, 'client/src'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((path) => relative(ROOT, path) !== FACTORY)
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => /queryKey:\s*\[/.test(line))
          .map((line) => `${relative(ROOT, path)}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
