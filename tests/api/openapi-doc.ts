import openapiTS, { astToString } from 'openapi-typescript';
import { makeTestApp } from '../helpers/test-app';

/** The served OpenAPI document, as a client generator reads it. */
export async function servedDocument(): Promise<string> {
  const t = await makeTestApp();
  try {
    return (await t.app.inject({ url: '/api/openapi.json' })).body;
  } finally {
    await t.close();
  }
}

const HEADER = `// Generated from GET /api/openapi.json by openapi-typescript (pnpm openapi:types).
// Do not edit: tests/api/openapi.test.ts fails when it no longer matches the served document.
`;

/** TypeScript types of every path and component of the document. */
export async function generatedTypes(document: string): Promise<string> {
  return HEADER + astToString(await openapiTS(document));
}
