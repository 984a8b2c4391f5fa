import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

const server = await startLiveServer();
const browser = await launchBrowser({ width: 1920, height: 1080 });
const page = await browser.context.newPage();
await page.goto(`${server.url}/login`);
await page.getByLabel('Nama pengguna').fill('admin');
await page.getByLabel('Kata sandi').fill('rapor-demo');
await page.keyboard.press('Enter');
await page.waitForURL(/admin/);
await page.goto(`${server.url}/present/2024`);
await page.locator('[data-counter]').waitFor();
await page.waitForTimeout(500);
console.log(
  await page.evaluate(
    `['.deck', '.deck-stage', '.slide-box', '.slide-scaled', '.slide-canvas', '.slide'].map((s) => { const e = document.querySelector(s); return e ? s + ': ' + e.clientWidth + 'x' + e.clientHeight + ' ' + e.getAttribute('style') : s + ': none'; }).join('\\n')`,
  ),
);
await browser.close();
await server.close();
