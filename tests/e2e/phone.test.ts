import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

// A leader opens Rapor RB on a phone (390×844) and a tablet (768×1024): the pages they read
// fit the screen's width (tables and charts scroll inside their own card, never the page),
// and the header folds its navigation behind a Menu button.

const LEADER_PAGES = [
  '/',
  '/areas/MP?year=2024',
  '/areas/PPU?year=2025',
  '/forum',
  '/figures',
  '/present/2024',
];

describe('leader pages on a phone and a tablet', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.close();
  });

  async function signedIn(width: number, height: number) {
    const browser = await launchBrowser({ width, height });
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill('leader');
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  }

  it.each([
    [390, 844],
    [768, 1024],
  ])('at %i px every leader page fits the width', async (width, height) => {
    const page = await signedIn(width, height);
    const tooWide: string[] = [];
    for (const path of LEADER_PAGES) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-loading]').length === 0);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth} px`);
    }
    expect(tooWide).toEqual([]);
  });

  it('folds the navigation behind a Menu button on a phone, and opens and closes it', async () => {
    const page = await signedIn(390, 844);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor({ state: 'visible' });
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    // the year stays at hand without opening the menu (it appears once the years are read)
    await page.locator('#view-year').waitFor({ state: 'visible', timeout: 10_000 });

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Forum evaluasi' }).click();
    await page.waitForURL(/\/forum$/);
    // following a link closes the menu again
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Keluar', exact: true }).isVisible()).toBe(false);
  });

  it('keeps the full header on a desktop, without the Menu button', async () => {
    const page = await signedIn(1366, 768);
    // the header renders once the session is read: wait for it, then look
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Ikhtisar', exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
  });
});
