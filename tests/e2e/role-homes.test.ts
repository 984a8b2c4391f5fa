import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

// After sign-in each role lands on what needs it, and the navigation shows only what the
// role may use.

describe('role homes in Chromium', () => {
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

  it.each([
    [
      'chair-sdm',
      /\/entry\/2025\/SDM$/,
      'Lembar kerja Penataan Sistem Manajemen SDM 2025',
      ['Lembar kerja SDM'],
      ['Reviu', 'Periode', 'Kerangka evaluasi'],
    ],
    ['evaluator', /\/review$/, 'Antrean reviu', ['Reviu'], ['Periode', 'Kerangka evaluasi']],
    ['admin', /\/admin\/periods$/, 'Periode evaluasi', ['Periode', 'Kerangka evaluasi'], ['Reviu']],
    [
      'leader',
      /\/$/,
      'Ikhtisar Reformasi Birokrasi 2024',
      ['Ikhtisar'],
      ['Reviu', 'Periode', 'Kerangka evaluasi'],
    ],
  ])('%s lands where it is needed', async (username, url, heading, shown, hidden) => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(page.url()).toMatch(url);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    for (const name of shown)
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    for (const name of hidden)
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    await page.close();
  });
});
