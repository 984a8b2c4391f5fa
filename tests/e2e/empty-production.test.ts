import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startEmptyProduction } from '../helpers/empty-production';

// A new ministry: the production server on an empty database, the first admin made with the
// CLI as the README says, and the app guiding that admin to open the first period.

describe('from an empty production database', () => {
  let server: { url: string; stop: () => void };
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startEmptyProduction();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('guides the first admin to open the first period instead of an endless "loading"', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').waitFor();
    // production names no demo accounts (once the server has said whether it is a demo)
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(/Akun demo/).count()).toBe(0);
    await page.getByLabel('Nama pengguna').fill('sekretariat');
    await page.getByLabel('Kata sandi').fill('kata-sandi-kantor-rb-1');
    await page.keyboard.press('Enter');
    // The secretariat lands on its period board, which says there is none yet…
    await page.getByRole('heading', { level: 1, name: 'Periode evaluasi' }).waitFor();
    await page.getByText('Belum ada periode. Buka periode pertama di bawah.').waitFor();
    // a deck's address for a year without a period says so and leads back to the forum page
    await page.goto(`${server.url}/present/2026`);
    await page.getByRole('alert').getByText('Periode evaluasi 2026 belum ada.').waitFor();
    await page.getByRole('link', { name: 'Kembali ke halaman forum' }).click();
    await page.waitForURL(/\/forum/);
    // …and every page about a year guides it back there.
    await page.getByRole('link', { name: 'Ikhtisar' }).click();
    await page.getByRole('heading', { name: 'Belum ada periode evaluasi' }).waitFor();
    expect(await page.locator('[data-loading]').count()).toBe(0);
    await page.getByRole('link', { name: 'Buka periode pertama' }).click();
    await page.getByRole('heading', { level: 1, name: 'Periode evaluasi' }).waitFor();
  });

  it('opens 2026 on a shipped framework; the year then shows on every page', async () => {
    await page.getByLabel('Tahun', { exact: true }).fill('2026');
    await page.getByLabel('Kerangka').selectOption('pmprb-2021');
    // an older version is allowed, and the newer one is named
    expect(await page.getByTestId('newer-framework').textContent()).toContain('pmprb-2024');
    await page.getByRole('button', { name: 'Buka periode 2026' }).click();
    // nobody can fill the year until chairs are named: it says so, with the way there
    const opened = page.getByRole('status').filter({ hasText: 'Periode 2026 dibuka' });
    await opened.waitFor();
    expect(await opened.textContent()).toContain('8 area belum punya ketua pokja');
    expect(await opened.getByRole('link').getAttribute('href')).toBe('/admin/users');
    const row = page.getByRole('row').filter({ hasText: '2026' });
    await row.getByText('Dibuka').waitFor();
    expect(await row.getByText('belum ada ketua').count()).toBe(8);
    await row.getByText('0 dari 15 angka terisi, 0 terverifikasi').waitFor();

    // Targets for the new year, per area, in points.
    await row.getByText('Target area 2026').click();
    await row.getByLabel(/SDM Penataan Sistem Manajemen SDM/).fill('12,5');
    await row.getByLabel(/AKT Penguatan Akuntabilitas/).focus();
    await row.getByText('83,33%').waitFor();
    // Not a number: marked, and the saved target stays.
    const sdm = row.getByLabel(/SDM Penataan Sistem Manajemen SDM/);
    await sdm.fill('dua belas');
    await row.getByLabel(/AKT Penguatan Akuntabilitas/).focus();
    expect(await sdm.getAttribute('aria-invalid')).toBe('true');
    await row.getByText('83,33%').waitFor();

    // when the working groups' quarter reports of their action plans are due
    const deadlines = row.getByRole('form', { name: 'Tenggat laporan rencana aksi 2026' });
    expect(await deadlines.getByLabel('Tenggat TW I', { exact: true }).inputValue()).toBe(
      '2026-04-10',
    );
    await deadlines.getByLabel('Tenggat TW I', { exact: true }).fill('2026-04-20');
    await deadlines.getByRole('button', { name: 'Simpan tenggat' }).click();
    await row.getByText('Tenggat laporan tersimpan.').waitFor();
    await row.getByText('Rencana aksi: tidak ada laporan triwulan yang terlambat.').waitFor();

    await page.getByRole('button', { name: 'Mulai reviu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pindahkan 2026 ke reviu?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await row.getByText('Dibuka').waitFor();

    await page.getByRole('link', { name: 'Angka bersumber' }).click();
    await page.getByRole('heading', { level: 1, name: 'Angka bersumber 2026' }).waitFor();
    await page.getByText('0 dari 15 angka terisi, 0 terverifikasi').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the new year as not answered yet, never as an index of 0 and predicate D', async () => {
    await page.getByRole('link', { name: 'Ikhtisar' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ikhtisar Reformasi Birokrasi 2026' })
      .waitFor();
    expect(await page.getByTestId('index-value').textContent()).toBe('—');
    expect(await page.getByTestId('predicate').textContent()).toBe(
      '— belum ada predikat: jawaban belum lengkap',
    );
    expect(await page.getByTestId('completeness').textContent()).toMatch(
      /^0 dari \d+ indikator terisi$/,
    );
    expect(await page.getByText('Sangat kurang').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('creates a chair for SDM, who signs in to the 2026 worksheet and answers', async () => {
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengguna dan pokja' }).waitFor();
    const form = page.getByRole('region', { name: 'Buat akun' });
    await form.getByLabel('Nama pengguna').fill('ani');
    await form.getByLabel('Nama', { exact: true }).fill('Ani Lestari');
    await form.getByLabel('Peran').selectOption('chair');
    await form.getByLabel('Area pokja').selectOption('SDM');
    await form.getByLabel('Kata sandi awal').fill('kata-sandi-rahasia-2026');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByRole('status').filter({ hasText: 'Akun ani dibuat.' }).waitFor();
    // the period board now counts SDM as chaired
    const board = await page.request.get(`${server.url}/api/v1/periods/2026`);
    const sdm = (await board.json()).areas.find((a: { code: string }) => a.code === 'SDM');
    expect(sdm.chairs).toEqual(['Ani Lestari']);
    await page
      .getByRole('row')
      .filter({ hasText: 'Ani Lestari' })
      .getByText('Ketua Pokja')
      .waitFor();

    const chair = await (await launchBrowser()).context.newPage();
    await chair.goto(`${server.url}/login`);
    await chair.getByLabel('Nama pengguna').fill('ani');
    await chair.getByLabel('Kata sandi').fill('kata-sandi-rahasia-2026');
    await chair.keyboard.press('Enter');
    await chair
      .getByRole('heading', { level: 1, name: 'Lembar kerja Penataan Sistem Manajemen SDM 2026' })
      .waitFor();
    await chair.getByText(/^0 dari \d+ indikator terisi/).waitFor();
    await chair
      .locator('#ind-PM\\.SDM\\.a')
      .getByLabel(/Pada seluruh unit kerja$/)
      .check();
    await chair.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await chair.getByText(/^1 dari \d+ indikator terisi/).waitFor();
    // the group's action plan, empty, with the deadline the secretariat set
    await chair.getByRole('link', { name: 'Rencana aksi SDM' }).click();
    await chair
      .getByRole('heading', { level: 1, name: /^Rencana aksi Penataan Sistem Manajemen SDM 2026/ })
      .waitFor();
    await chair
      .locator('.plan-quarters')
      .getByRole('row', { name: /TW I\b.*20 Apr 2026/ })
      .waitFor();
    await chair.getByRole('button', { name: 'Susun rencana aksi' }).waitFor();
    await chair.context().close();
  });

  it('freezes the new year for its forum and presents it, first year and incomplete as it is', async () => {
    await page.getByRole('link', { name: 'Forum evaluasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forum evaluasi RB 2026' }).waitFor();
    await page.getByText('Belum ada salinan beku untuk tahun ini.').waitFor();
    await page.getByText('Belum ada arahan yang dicatat untuk forum ini.').waitFor();
    await page.getByLabel('Catatan').fill('Uji forum pertama');
    await page.getByRole('button', { name: 'Bekukan data sekarang' }).click();
    await page.getByRole('status').filter({ hasText: 'Salinan beku #1 dibuat.' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'Uji forum pertama' })
      .getByRole('link', { name: 'Tayangkan' })
      .click();
    await page.locator('.deck-toolbar [data-counter]').filter({ hasText: '1 / 19' }).waitFor();
    await page
      .locator('.deck-stage .title-snapshot')
      .getByText(/Salinan beku #1/)
      .waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.deck-stage').getByText('Tahun pertama').waitFor();
    await page
      .locator('.deck-stage')
      .getByText(/Belum lengkap: 1 dari \d+ butir terisi/)
      .waitFor();
    await page.keyboard.press('End');
    await page
      .locator('.deck-stage')
      .getByText('Tidak ada rekomendasi prioritas tinggi.')
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Forum evaluasi RB 2026' }).waitFor();
    expect(problems).toEqual([]);
  });
});
