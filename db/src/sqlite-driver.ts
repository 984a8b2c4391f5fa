import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

// better-sqlite3 12 is compiled per Node ABI, and on Node 24 its statements' finalizer aborts
// the process when the garbage collector runs it (`RemoveEnvironmentCleanupHook: Assertion
// (env) != nullptr`). Version 13 fixes that by moving to Node-API 10, which Node 20 lacks (it
// segfaults there). So the runtime picks: Node-API 10 or later takes 13, older takes 12. Both
// have the same API, so drizzle and the rest of the code see one driver.
const require = createRequire(import.meta.url);

/** The Node-API version from which better-sqlite3 13 runs. */
export const NODE_API_FOR_V13 = 10;

/** Which better-sqlite3 package this runtime loads. */
export function driverPackage(nodeApi = Number(process.versions.napi)): string {
  return nodeApi >= NODE_API_FOR_V13 ? 'better-sqlite3-napi' : 'better-sqlite3';
}

export const Database: typeof BetterSqlite3 = require(driverPackage());
/** An open connection, whichever package made it. */
export type SqliteConnection = BetterSqlite3.Database;
