// Screenshots of app pages in Debian's Chromium against a live demo server, signed in as
// leader (or the demo account in AS), in both languages and two sizes, for looking at what we
// built:
//   [AS=chair-mp] [VIEWPORT=390x844] [CLOSE_YEAR=2025] pnpm screenshots [/path …]
// CLOSE_YEAR closes that demo year first as the secretariat, naming every area not verified
// (to see a year closed with exceptions). SELECTOR='#ind-A\\.1' takes only that element.
// CLICK='.plan-page .actions button' clicks that first (to see a form it opens).
// MINISTRY_NAME / MINISTRY_LOGO=/path/logo.png: the installation's identity, as the server reads it.
//   → screenshots/<path>-<lang>-<width>.png
import { mkdirSync } from 'node:fs';
import { loadConfig } from '@rapor/server/config';
import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import { APP_HEADERS } from '../helpers/test-app';

const username = process.env.AS ?? 'leader';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
// VIEWPORT=390x844 (a phone) instead of the two desktop sizes
const viewports = process.env.VIEWPORT
  ? [process.env.VIEWPORT.split('x').map(Number)].map(([width = 390, height = 844]) => ({
      width,
      height,
    }))
  : [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ];
mkdirSync('screenshots', { recursive: true });
const server = await startLiveServer({
  ministry: loadConfig({
    NODE_ENV: 'test',
    MINISTRY_NAME: process.env.MINISTRY_NAME,
    MINISTRY_NAME_EN: process.env.MINISTRY_NAME_EN,
    MINISTRY_LOGO: process.env.MINISTRY_LOGO,
  }).ministry,
});
try {
  if (process.env.CLOSE_YEAR) await closeWithExceptions(Number(process.env.CLOSE_YEAR));
  for (const viewport of viewports) {
    const browser = await launchBrowser(viewport);
    try {
      await browser.context.request.post(`${server.url}/api/v1/auth/login`, {
        headers: APP_HEADERS,
        data: { username, password: 'rapor-demo' },
      });
      for (const lang of ['id', 'en'] as const) {
        for (const path of paths) {
          const page = await browser.context.newPage();
          await page.addInitScript((l) => localStorage.setItem('rapor.locale', l), lang);
          await page.goto(`${server.url}${path}`);
          await page.waitForLoadState('networkidle');
          // wait until no loading state is left on the page
          await page.waitForFunction(
            () => document.querySelectorAll('[data-loading]').length === 0,
            null,
            { timeout: 15_000 },
          );
          if (process.env.CLICK) await page.locator(process.env.CLICK).first().click();
          await page.waitForTimeout(200);
          const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'overview'}-${lang}-${viewport.width}.png`;
          const only = process.env.SELECTOR;
          if (only) await page.locator(only).first().screenshot({ path: name });
          else await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
          console.log(name);
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

async function closeWithExceptions(year: number): Promise<void> {
  const admin = await launchBrowser({ width: 800, height: 600 });
  try {
    const api = admin.context.request;
    await api.post(`${server.url}/api/v1/auth/login`, {
      headers: APP_HEADERS,
      data: { username: 'admin', password: 'rapor-demo' },
    });
    const move = async (to: string, body: object = {}) => {
      const closing = await (await api.get(`${server.url}/api/v1/periods/${year}/closing`)).json();
      const res = await api.post(`${server.url}/api/v1/periods/${year}/state`, {
        headers: APP_HEADERS,
        data: { to, version: closing.version, ...body },
      });
      if (!res.ok()) throw new Error(`${to}: ${res.status()} ${await res.text()}`);
      return closing;
    };
    await move('review');
    const closing = await (await api.get(`${server.url}/api/v1/periods/${year}/closing`)).json();
    await move('closed', {
      exceptions: closing.pending.map((p: { area: string }) => ({
        area: p.area,
        reason: 'Tidak diajukan sampai batas waktu forum',
      })),
    });
  } finally {
    await admin.close();
  }
}
