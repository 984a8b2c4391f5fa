import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

const server = await startLiveServer();
const browser = await launchBrowser({ width: 1366, height: 768 });
const page = await browser.context.newPage();
await page.goto(`${server.url}/login`);
await page.getByLabel('Nama pengguna').fill('leader');
await page.getByLabel('Kata sandi').fill('rapor-demo');
await page.keyboard.press('Enter');
await page.waitForURL((u) => !u.pathname.startsWith('/login'));
await page.goto(`${server.url}/overview?year=2024`);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/shots/dbg.png' });
await page.waitForTimeout(800);
writeFileSync(
  '/tmp/shots/overview.pdf',
  await page.pdf({ preferCSSPageSize: true, printBackground: true }),
);
await page.goto(`${server.url}/present/2024`);
await page.locator('[data-counter]').waitFor();
await page.waitForTimeout(800);
writeFileSync(
  '/tmp/shots/deck.pdf',
  await page.pdf({ preferCSSPageSize: true, printBackground: true }),
);
await browser.close();
await server.close();
