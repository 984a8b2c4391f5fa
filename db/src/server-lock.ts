import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A running server marks the database as in use: one file per process in `<db>.servers/`,
// named by its pid and removed when it stops. A restore refuses while any of them is alive;
// a file left by a killed process names a dead pid and is cleared.

const folderOf = (databasePath: string) => `${databasePath}.servers`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks the database as served by this process; the returned function unmarks it. */
export function holdServerLock(databasePath: string): () => void {
  const folder = folderOf(databasePath);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, String(process.pid));
  writeFileSync(file, new Date().toISOString(), { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** The pids of the live processes serving the database (stale marks are cleared). */
export function liveServers(databasePath: string): number[] {
  let names: string[];
  try {
    names = readdirSync(folderOf(databasePath));
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) pids.push(pid);
    else rmSync(join(folderOf(databasePath), name), { force: true });
  }
  return pids;
}
