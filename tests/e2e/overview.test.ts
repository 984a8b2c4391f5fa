import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

describe('overview page in Chromium', () => {
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

  it('shows the Index RB per year with Indonesian number format, matching the API', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole('table', { name: 'Indeks RB per tahun' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rapor RB');
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await page.getByTestId('index-2021').textContent()).toBe('75,53');
    expect(await page.getByTestId('index-2022').textContent()).toBe('77,10');
    const api = await (await page.request.get(`${server.url}/api/v1/dashboard/summary`)).json();
    for (const y of api.years) {
      const shown = await page.getByTestId(`index-${y.year}`).textContent();
      expect(shown).toBe(y.index.toFixed(2).replace('.', ','));
    }
  });

  it('serves the app on a deep link and keeps API misses as JSON', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(`${server.url}/areas/MP`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe('Rapor RB');
    const api = await page.request.get(`${server.url}/api/v1/missing`);
    expect(api.status()).toBe(404);
    expect((await api.json()).error.code).toBe('NOT_FOUND');
  });

  it('tells the user in plain words when the API fails', async () => {
    const page = await browser.context.newPage();
    await page.route('**/api/v1/dashboard/summary*', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'INTERNAL_ERROR', message: 'Terjadi kesalahan pada server.' },
        }),
      }),
    );
    await page.goto(server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Terjadi kesalahan pada server.');
    expect(await page.getByRole('button', { name: 'Coba lagi' }).isVisible()).toBe(true);
  });
});
