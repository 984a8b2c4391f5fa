import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import { APP_HEADERS } from '../helpers/test-app';

// Every screen, as the role that uses it, checked with axe-core: no serious or critical
// violation of WCAG 2.1 A/AA.

const SCREENS: [user: string | null, path: string][] = [
  [null, '/login'],
  ['leader', '/overview?year=2025'],
  ['leader', '/areas/SDM?year=2025'],
  ['chair-yan', '/entry/2025/YAN'],
  ['chair-mp', '/plan/2025/MP'],
  ['leader', '/plan/2025/MP'],
  ['chair-mp', '/plan/2025/penilaian'],
  ['chair-yan', '/plan/2025/tema/KMS'],
  ['chair-mp', '/entry/2025/MP'],
  ['evaluator', '/plan/2024/penilaian'],
  ['evaluator', '/review'],
  ['evaluator', '/review/2025/ORG'],
  ['admin', '/figures?year=2025'],
  ['admin', '/admin/periods'],
  ['admin', '/admin/users'],
  ['admin', '/admin/frameworks'],
  ['admin', '/admin/audit'],
  ['admin', '/forum?year=2024'],
  ['admin', '/laporan?year=2024'],
  ['leader', '/laporan?year=2023'],
  ['leader', '/present/2024#/12'],
  ['leader', '/present/2024/presenter#/3'],
  ['admin', '/present/2024/presenter#/17'],
  ['leader', '/present/2024/handout?per=3'],
];

describe('accessibility of every screen (axe-core in Chromium)', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startLiveServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the check itself finds a real violation (an unlabeled button, an image without text)', async () => {
    const page = await browser.context.newPage();
    await page.setContent(
      '<html lang="id"><body><main><h1>Uji</h1><img src="x.png"><button></button></main></body></html>',
    );
    const ids = (await seriousViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    await page.close();
  });

  it.each(SCREENS)('%s on %s', async (user, path) => {
    await browser.context.clearCookies();
    if (user) {
      await browser.context.request.post(`${server.url}/api/v1/auth/login`, {
        headers: APP_HEADERS,
        data: { username: user, password: 'rapor-demo' },
      });
    }
    const page = await browser.context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-loading]').length === 0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
