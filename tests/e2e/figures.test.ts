import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

describe('sourced figures in Chromium: the secretariat enters, the evaluator verifies', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startLiveServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/figures?year=2025`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Angka bersumber 2025' }).waitFor();
    return page;
  }

  it('the admin enters SAKIP with its source; a value out of range is refused in plain words', async () => {
    const page = await signedIn('admin');
    const row = page.locator('#fig-B\\.H\\.5');
    await row.getByRole('button', { name: 'Isi atau ubah angka B.H.5' }).click();
    const form = row.getByRole('form', { name: 'Isian angka B.H.5' });
    await form.getByLabel(/Nilai/).fill('101');
    await form.getByLabel('Judul dokumen sumber').fill('LHE SAKIP Kemensos 2025');
    await form.getByLabel('Tanggal dokumen').fill('2026-01-20');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form
      .getByRole('alert')
      .getByText(/rentang 0–100/)
      .waitFor();

    await form.getByLabel(/Nilai/).fill('78,45');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await row.getByText('78,45').waitFor();
    await row.getByText('LHE SAKIP Kemensos 2025').waitFor();
    await row.getByText('Belum diverifikasi').waitFor();
    const api = await (await page.request.get(`${server.url}/api/v1/periods/2025/hasil`)).json();
    expect(api.figures.find((f: { code: string }) => f.code === 'B.H.5')).toMatchObject({
      value: 78.45,
      sourceTitle: 'LHE SAKIP Kemensos 2025',
      state: 'entered',
    });

    // …and the audit trail says so in words, filtered to the admin's own actions.
    await page.getByRole('link', { name: 'Jejak audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jejak audit' }).waitFor();
    await page.getByLabel('Siapa').selectOption('admin');
    await page.getByText('mengisi angka B.H.5: 78,45').waitFor();
    await page.getByLabel('Area pokja').selectOption('MP');
    await page.getByText('Tidak ada catatan yang cocok dengan saringan.').waitFor();
    await page.close();
  });

  it('the evaluator verifies it; the leader reads it and cannot change anything', async () => {
    const page = await signedIn('evaluator');
    const row = page.locator('#fig-B\\.H\\.5');
    await row.getByRole('button', { name: 'Verifikasi' }).click();
    await row.getByText('Terverifikasi').waitFor();
    await page.close();

    const leader = await signedIn('leader');
    const leaderRow = leader.locator('#fig-B\\.H\\.5');
    await leaderRow.getByText('Terverifikasi').waitFor();
    expect(await leaderRow.getByRole('button').count()).toBe(0);
    await leader.close();
    expect(problems).toEqual([]);
  });
});
