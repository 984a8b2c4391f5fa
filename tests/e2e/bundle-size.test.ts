import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'client', 'dist');

describe('client bundle', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const gz = (path: string) => gzipSync(readFileSync(join(DIST, path))).length;

  it('loads the overview with under 300 KB of gzipped JavaScript', () => {
    const total = [...initial, ...preloads].reduce((s, p) => s + gz(p), 0);
    console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(300 * 1024);
  });

  it('keeps the area page out of the initial load (its own chunk)', () => {
    // the app's entry (the first script is the tiny zod setting that must run before it)
    const main = readFileSync(
      join(DIST, initial.find((p) => p.includes('/assets/')) ?? ''),
      'utf8',
    );
    expect(/area-page-[\w-]+\.js/.test(main), 'the main chunk imports the area page lazily').toBe(
      true,
    );
    expect([...initial, ...preloads].some((p) => p.includes('area-page'))).toBe(false);
  });
});
