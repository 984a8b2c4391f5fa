import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/**
 * The real server as a separate process on a free loopback port (by default its TypeScript
 * through tsx; `launcher` runs another entry, e.g. the documented `scripts/start.mjs`),
 * resolved once Fastify logs where it listens. Start-up lines are kept for the error.
 */
export function startServerProcess(
  env: Record<string, string>,
  launcher: string[] = ['--import', 'tsx', 'server/src/server.ts'],
): Promise<{
  url: string;
  pid: number;
  stop: () => void;
  kill: () => Promise<void>;
  exited: Promise<number | null>;
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, launcher, {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`server did not start:\n${out}`));
    }, 60_000);
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      const url = out.match(/listening at (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (!url) return;
      clearTimeout(timer);
      // From here the server logs every request: drain the pipes without reading them, so a
      // benchmark in this process does not spend its CPU on the server's log.
      for (const stream of [child.stdout, child.stderr]) {
        stream.off('data', collect);
        stream.resume();
      }
      resolve({
        url,
        pid: child.pid ?? 0,
        exited: new Promise((done) => {
          if (child.exitCode !== null) done(child.exitCode);
          else child.once('exit', (code) => done(code));
        }),
        stop: () => child.kill('SIGTERM'),
        // A crash: no shutdown hooks, nothing flushed by the app.
        kill: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
  });
}

/** Signs in on a server process over HTTP; the session cookie for later requests. */
export async function signInOver(url: string, username: string, password = 'rapor-demo') {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [APP_REQUEST_HEADER]: '1' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Waits until a server process answers its health check. */
export async function untilHealthy(url: string): Promise<void> {
  for (;;) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
