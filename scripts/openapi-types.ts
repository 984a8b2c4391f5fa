// pnpm openapi:types — regenerates tests/generated/rapor-api.ts from the served document.
import { writeFileSync } from 'node:fs';
import { generatedTypes, servedDocument } from '../tests/api/openapi-doc';

writeFileSync(
  new URL('../tests/generated/rapor-api.ts', import.meta.url),
  await generatedTypes(await servedDocument()),
);
