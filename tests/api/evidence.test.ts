import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultOf } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(2000, 0x20),
  Buffer.from('%%EOF'),
]);

/** A multipart body with one file field, as a browser's FormData sends it. */
function multipart(filename: string, data: Buffer, type = 'application/octet-stream') {
  const boundary = '----rapor-uji';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('evidence files', () => {
  let template: string;
  let t: TestApp;
  let chair: string;
  beforeAll(async () => {
    template = await demoTemplate();
    t = await makeTestApp({ from: template });
    chair = await login(t.app, 'chair-yan');
  }, 60_000);
  afterAll(async () => t?.close());

  const upload = (cookie: string | null, area: string, file: ReturnType<typeof multipart>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/2025/areas/${area}/evidence`,
      payload: file.payload,
      headers: { ...file.headers, ...(cookie && { cookie }) },
    });
  const stored = () => {
    const dir = join(dirname(t.path), 'evidence');
    if (!existsSync(dir)) return 0;
    const walk = (d: string): number =>
      readdirSync(d, { withFileTypes: true }).reduce(
        (n, e) => n + (e.isDirectory() ? walk(join(d, e.name)) : 1),
        0,
      );
    return walk(dir);
  };

  it('takes a PDF from the chair of the area, serves it to anyone signed in, and evidence can link it', async () => {
    const res = await upload(chair, 'YAN', multipart('SK Standar Pelayanan.pdf', PDF));
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({
      label: 'SK Standar Pelayanan.pdf',
      mime: 'application/pdf',
      size: PDF.length,
    });
    expect(file.url).toMatch(/^\/api\/v1\/evidence\/\d+$/);

    const leader = await login(t.app, 'leader');
    const download = await t.app.inject({ url: file.url, headers: { cookie: leader } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect((await t.app.inject({ url: file.url })).statusCode).toBe(401);

    const result = await resultOf(t.app, chair, 2025, 'YAN');
    const linked = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/YAN/indicators/T.KMS.S',
      headers: { cookie: chair },
      payload: { version: result.version, evidence: [{ label: file.label, url: file.url }] },
    });
    expect(linked.statusCode, linked.body).toBe(200);
  });

  it('refuses a file that is not a document or an image, whatever its name, and keeps nothing', async () => {
    const before = stored();
    const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(100)]);
    const res = await upload(chair, 'YAN', multipart('laporan.pdf', exe, 'application/pdf'));
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/Jenis berkas tidak diterima/);
    expect(stored()).toBe(before);
  });

  it('refuses a file over 10 MB with a clear message, and keeps nothing', async () => {
    const before = stored();
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const res = await upload(chair, 'YAN', multipart('besar.pdf', big));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/lebih dari 10 MB/);
    expect(stored()).toBe(before);
  });

  it('refuses another area’s chair (403), a signed-out caller (401) and a closed year (423)', async () => {
    const other = await login(t.app, 'chair-mp');
    expect((await upload(other, 'YAN', multipart('a.pdf', PDF))).statusCode).toBe(403);
    expect((await upload(null, 'YAN', multipart('a.pdf', PDF))).statusCode).toBe(401);
    const closed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2024/areas/YAN/evidence',
      ...multipart('a.pdf', PDF),
      headers: { ...multipart('a.pdf', PDF).headers, cookie: chair },
    });
    expect(closed.statusCode).toBe(423);
  });
});
