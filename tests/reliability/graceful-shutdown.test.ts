import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, signInOver, startServerProcess } from '../helpers/server-process';

// `npm start` runs the compiled server with plain node in its own process: a SIGTERM while
// it is busy lets every request already received finish, then closes the database cleanly.

/**
 * A GET written whole to its own connection; resolves once the bytes are handed to the
 * system, with the answer (status and body size) to come.
 */
function rawRequest(port: number, path: string, cookie: string) {
  return new Promise<{ response: Promise<{ status: number; bytes: number }> }>((sent, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const response = new Promise<{ status: number; bytes: number }>((done, failed) => {
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', failed);
      socket.on('close', () => {
        const raw = Buffer.concat(chunks);
        const status = Number(raw.toString('latin1', 9, 12));
        const headerEnd = raw.indexOf('\r\n\r\n');
        done({ status, bytes: headerEnd < 0 ? 0 : raw.length - headerEnd - 4 });
      });
    });
    socket.once('error', fail);
    socket.once('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`,
        () => sent({ response }),
      ),
    );
  });
}

describe('the compiled server under SIGTERM', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-sigterm-'));
  const database = join(dir, 'rapor.db');
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'server', 'dist', 'server.js'))) {
      const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT });
      expect(built.status, built.stderr?.toString()).toBe(0);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs node on the built output, and finishes in-flight requests before exiting 0', async () => {
    const server = await startServerProcess({ DATABASE_PATH: database }, ['scripts/start.mjs']);
    const cookie = await signInOver(server.url, 'admin');

    // a busy server: twelve PowerPoint exports (each builds the whole deck), every one
    // written to its socket before the signal
    const { port } = new URL(server.url);
    const inFlight = await Promise.all(
      Array.from({ length: 12 }, () =>
        rawRequest(Number(port), '/api/v1/periods/2024/export.pptx', cookie),
      ),
    );
    server.stop();
    const results = await Promise.all(inFlight.map((r) => r.response));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(results.every((r) => r.bytes > 10_000)).toBe(true);
    expect(await server.exited).toBe(0);
    // closed cleanly: the write-ahead log was checkpointed and removed
    expect(existsSync(`${database}-wal`) && statSync(`${database}-wal`).size > 0).toBe(false);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  }, 90_000);
});
