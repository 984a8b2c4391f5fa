// `npm start` / `pnpm start`: install what is missing, build the client, then serve API + SPA
// with demo data on an empty database (http://localhost:3000 unless PORT/HOST say otherwise).
import { ensureClientBuild, ensureDeps, pnpm } from './ensure-deps.mjs';

ensureDeps();
ensureClientBuild();
pnpm(['exec', 'tsx', 'server/src/server.ts']);
