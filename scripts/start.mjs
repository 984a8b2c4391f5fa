// `npm start` / `pnpm start`: install what is missing, build the client and compile the server,
// then serve API + SPA with demo data on an empty database (http://localhost:3000 unless
// PORT/HOST say otherwise). The compiled server runs in this very process, so SIGTERM and
// SIGINT reach its graceful shutdown.
import { pathToFileURL } from 'node:url';
import { ensureClientBuild, ensureDeps, ensureServerBuild } from './ensure-deps.mjs';

ensureDeps();
ensureClientBuild();
await import(pathToFileURL(await ensureServerBuild()).href);
