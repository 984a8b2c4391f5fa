import { connect } from 'node:net';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Authorise, then bound, then parse (issue 18): a 4.8 MB workbook of a million rows took the
// server to 1.1 GB and stalled it for seconds; a framework JSON 600 levels deep gave 500; a
// trickled body was cut after ~90 s with 400. Each is refused early, in plain words.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An xlsx-shaped zip whose one sheet has `rows` rows (or whose part unpacks to `zeros` bytes). */
async function workbook(parts: { rows?: number; zeros?: number }): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  if (parts.rows !== undefined) {
    const rows: string[] = [];
    for (let r = 1; r <= parts.rows; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  }
  if (parts.zeros !== undefined) zip.file('xl/media/image1.png', Buffer.alloc(parts.zeros));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('imports are bounded before they are parsed', () => {
  let t: TestApp;
  let chair = '';
  let admin = '';
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate(), config: { requestTimeoutMs: 1_500 } });
    chair = await login(t.app, 'chair-mp');
    admin = await login(t.app, 'admin');
  }, 60_000);
  afterAll(() => t?.close());

  const importTo = (cookie: string, url: string, payload: Buffer) =>
    t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': XLSX }, payload });

  it('refuses a workbook of a million rows without reading it into memory', async () => {
    const file = await workbook({ rows: 1_000_000 });
    expect(file.length).toBeLessThan(5 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const res = await importTo(chair, '/api/v1/periods/2025/areas/MP/import?dryRun=true', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/lebih dari 20\.000 baris|setelah dibuka/);
    // The reader never saw it: memory grew by far less than the sheet's unpacked size.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    const framework = await importTo(admin, '/api/v1/frameworks?dryRun=true', file);
    expect(framework.statusCode).toBe(400);
  }, 60_000);

  it('refuses a part that unpacks past the limit (a zip bomb), however small the file', async () => {
    const file = await workbook({ zeros: 200 * 1024 * 1024 });
    expect(file.length).toBeLessThan(1024 * 1024);
    const res = await importTo(chair, '/api/v1/periods/2025/areas/MP/import?dryRun=true', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('setelah dibuka');
  }, 60_000);

  it('answers a JSON body nested 600 levels deep with 400, not 500', async () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks?dryRun=true',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: `{"id":"x","tree":${deep}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('JSON_TOO_DEEP');
    // Strings that look like brackets do not count.
    const quoted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks?dryRun=true',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ id: '['.repeat(600) }),
    });
    expect(quoted.json().error.code).not.toBe('JSON_TOO_DEEP');
  });

  it('runs one import at a time per user: a second one at once gets 429', async () => {
    const exported = await t.app.inject({
      url: '/api/v1/periods/2025/export.xlsx',
      headers: { cookie: chair },
    });
    expect(exported.statusCode).toBe(200);
    const url = '/api/v1/periods/2025/areas/MP/import?dryRun=true';
    const [first, second] = await Promise.all([
      importTo(chair, url, exported.rawPayload),
      importTo(chair, url, exported.rawPayload),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 429]);
    const refused = first.statusCode === 429 ? first : second;
    expect(refused.json().error.code).toBe('IMPORT_RUNNING');
    // Once it is done, the next one runs.
    expect((await importTo(chair, url, exported.rawPayload)).statusCode).toBe(200);
  }, 60_000);

  it('cuts a trickled body at the deadline with 408 in the usual error shape', async () => {
    const url = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /api/v1/periods/2025/areas/MP/import HTTP/1.1\r\nHost: ${url.host}\r\ncookie: ${chair}\r\nx-rapor-request: 1\r\ncontent-type: ${XLSX}\r\ncontent-length: 100000\r\n\r\nPK`,
        );
      });
      let text = '';
      const trickle = setInterval(() => socket.writable && socket.write('x'), 200);
      socket.on('data', (d) => {
        text += d;
      });
      socket.on('close', () => {
        clearInterval(trickle);
        resolve(text);
      });
      socket.on('error', (e) => {
        clearInterval(trickle);
        if (text) resolve(text);
        else reject(e);
      });
    });
    const waited = Date.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"REQUEST_TIMEOUT"');
    // 1.5 s deadline, checked every second: cut well before the old ~90 s.
    expect(waited).toBeLessThan(15_000);
  }, 30_000);
});
