import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

const user = process.env.USER_NAME ?? 'leader';
const lang = (process.env.LANG_UI ?? 'id') as 'id' | 'en';
const paths = process.argv.slice(2);
mkdirSync('/tmp/shots', { recursive: true });
const server = await startLiveServer();
const browser = await launchBrowser({ width: 1366, height: 768 });
try {
  await browser.context.request.post(`${server.url}/api/v1/auth/login`, {
    data: { username: user, password: 'rapor-demo' },
  });
  for (const path of paths) {
    const page = await browser.context.newPage();
    await page.addInitScript((l) => localStorage.setItem('rapor.locale', l), lang);
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelectorAll('[data-loading]').length === 0, null, { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(300);
    const name = `/tmp/shots/${user}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${lang}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
