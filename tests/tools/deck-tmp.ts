import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

const server = await startLiveServer();
const browser = await launchBrowser({ width: 1920, height: 1080 });
const page = await browser.context.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await page.goto(`${server.url}/login`);
await page.getByLabel('Nama pengguna').fill('admin');
await page.getByLabel('Kata sandi').fill('rapor-demo');
await page.keyboard.press('Enter');
await page.waitForURL(/admin/);
const year = process.argv[2] ?? '2024';
await page.goto(`${server.url}/present/${year}`);
await page.locator('[data-counter]').waitFor();
const count = Number((await page.locator('[data-counter]').textContent())?.split('/')[1]);
for (let i = 1; i <= count; i++) {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `/tmp/shots/slide-${String(i).padStart(2, '0')}.png` });
  await page.keyboard.press('ArrowRight');
}
console.log('slides', count, page.url());
await page.goto(`${server.url}/forum?year=${year}`);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.screenshot({ path: '/tmp/shots/forum.png', fullPage: true });
await browser.close();
await server.close();
