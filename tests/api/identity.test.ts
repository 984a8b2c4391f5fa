import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@rapor/server/config';
import { MinistryIdentity } from '@rapor/shared/forum-schemas';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Whose evaluation it is: the ministry's name and logo come from the installation's settings
// (MINISTRY_NAME, MINISTRY_NAME_EN, MINISTRY_LOGO) to the deck's title slide and the PowerPoint.

// a 1 × 1 navy PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk4O/4DwADYQHuFhN7cwAAAABJRU5ErkJggg==',
  'base64',
);

describe("the ministry's identity", () => {
  let template: string;
  const dir = mkdtempSync(join(tmpdir(), 'rapor-identity-'));
  const logo = join(dir, 'logo.png');
  beforeAll(async () => {
    template = await demoTemplate();
    writeFileSync(logo, PNG);
  }, 60_000);

  it('is Kemensos by default, with no logo (404 for it), and public', async () => {
    const t = await makeTestApp({ from: template });
    try {
      const identity = MinistryIdentity.parse(
        (await t.app.inject({ url: '/api/v1/identity' })).json(),
      );
      expect(identity).toEqual({
        name: {
          id: 'Kementerian Sosial Republik Indonesia',
          en: 'Ministry of Social Affairs, Republic of Indonesia',
        },
        logo: false,
      });
      const missing = await t.app.inject({ url: '/api/v1/identity/logo' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('NOT_FOUND');
    } finally {
      await t.close();
    }
  });

  it('is read from the settings and refuses a logo that is missing, not an image or too large', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      MINISTRY_NAME: 'Kementerian Contoh',
      MINISTRY_LOGO: logo,
    });
    expect(config.ministry).toEqual({
      name: { id: 'Kementerian Contoh', en: 'Kementerian Contoh' },
      logoPath: logo,
    });
    const big = join(dir, 'big.png');
    writeFileSync(big, Buffer.alloc(600 * 1024));
    for (const [path, said] of [
      [join(dir, 'none.png'), 'tidak ditemukan'],
      [join(dir, 'logo.gif'), '.png atau .jpg'],
      [big, '512 KB'],
    ] as const) {
      expect(() => loadConfig({ NODE_ENV: 'test', MINISTRY_LOGO: path })).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: 'test', MINISTRY_LOGO: path })).toThrow(said);
    }
  });

  describe('with a name and a logo set', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await makeTestApp({
        from: template,
        config: {
          ministry: {
            name: { id: 'Kementerian Contoh Republik Indonesia', en: 'Ministry of Examples' },
            logoPath: logo,
          },
        },
      });
    });
    afterAll(() => t.close());

    it('serves the logo and names the ministry on the PowerPoint, the logo on its title slide', async () => {
      expect((await t.app.inject({ url: '/api/v1/identity' })).json().logo).toBe(true);
      const image = await t.app.inject({ url: '/api/v1/identity/logo' });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.equals(PNG)).toBe(true);
      const res = await t.app.inject({
        url: '/api/v1/periods/2024/export.pptx',
        headers: { cookie: await login(t.app, 'leader') },
      });
      const zip = await JSZip.loadAsync(res.rawPayload);
      const title = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
      expect(title).toContain('Kementerian Contoh Republik Indonesia');
      expect(title).toContain('<p:pic>');
      const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
      const pngs = await Promise.all(
        media.map(async (f) => (await zip.file(f)?.async('nodebuffer'))?.equals(PNG)),
      );
      expect(pngs).toContain(true);
    });
  });
});
