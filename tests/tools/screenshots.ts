// Takes screenshots of app pages in Debian's Chromium against a live demo server, for
// looking at what we built: pnpm screenshots [path ...]  → screenshots/*.png
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const viewports = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
mkdirSync('screenshots', { recursive: true });
const server = await startLiveServer();
try {
  for (const viewport of viewports) {
    const browser = await launchBrowser(viewport);
    try {
      for (const path of paths) {
        const page = await browser.context.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${viewport.width}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
