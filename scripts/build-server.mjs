// Compiles the server and the workspace packages it uses (shared, db) into one ES module,
// server/dist/server.js, that plain `node` runs: no TypeScript loader in production, so
// signals reach the server itself. Dependencies from node_modules stay imports.

import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
export const SERVER_OUT = join(ROOT, 'server', 'dist', 'server.js');

/** Our packages are compiled in; everything else is loaded from node_modules at run time. */
const externalDependencies = {
  name: 'external-dependencies',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@rapor/') ? undefined : { path: args.path, external: true },
    );
  },
};

export async function buildServer() {
  await build({
    entryPoints: [join(ROOT, 'server', 'src', 'server.ts')],
    outfile: SERVER_OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [externalDependencies],
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
