import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

describe('the secretariat uploads a framework version in Chromium', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startLiveServer();
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'rapor-fw-'));
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/admin/frameworks`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kerangka evaluasi' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the versions with the years that use them, and a template to download', async () => {
    const row = page.getByRole('row').filter({ hasText: 'pmprb-2014' });
    await row.getByText('2018, 2019').waitFor();
    expect(await row.getByRole('link', { name: 'Unduh' }).getAttribute('href')).toBe(
      '/api/v1/frameworks/pmprb-2014/export.xlsx',
    );
  });

  it('checks the exported template, previews the tree with criteria, then stores it', async () => {
    const file = join(dir, 'kerangka.xlsx');
    const res = await fetch(`${server.url}/api/v1/frameworks/pmprb-2014/export.xlsx`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    await page.getByLabel('Berkas kerangka (.xlsx atau .json)').setInputFiles(file);
    await page.getByLabel(/Id baru/).fill('kemensos-2026');
    const store = page.getByRole('button', { name: 'Simpan sebagai versi baru' });
    expect(await store.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Periksa dan tampilkan' }).click();
    const preview = page.getByRole('region', { name: /Pratinjau/ });
    await preview.getByText('Penetapan Kinerja Individu').waitFor();
    const sdm5 = preview.getByRole('row').filter({ hasText: 'Penetapan Kinerja Individu' });
    await sdm5.getByText('Lihat 7 indikator dan kriterianya').click();
    await sdm5.getByText('Sudah pada seluruh pegawai').first().waitFor();
    // nothing is stored by the preview
    expect((await fetch(`${server.url}/api/v1/frameworks/kemensos-2026`)).status).toBe(404);
    await store.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Kerangka kemensos-2026 tersimpan' })
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'kemensos-2026' })
      .getByText('belum dipakai')
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('previews the 2024 version with its predicate rule, targets baik and rubrics', async () => {
    const file = join(dir, 'kerangka-2024.xlsx');
    const res = await fetch(`${server.url}/api/v1/frameworks/pmprb-2024/export.xlsx`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    await page.getByLabel('Berkas kerangka (.xlsx atau .json)').setInputFiles(file);
    await page.getByLabel(/Id baru/).fill('uji-2024');
    await page.getByRole('button', { name: 'Periksa dan tampilkan' }).click();
    const preview = page.getByRole('region', { name: /Pratinjau/ });
    expect(await preview.getByTestId('fw-rule').textContent()).toMatch(
      /^Aturan predikat: AA ≥ 100 · A > 80 \(A-: target baik\) · BB > 70 .* — unconfirmed: /,
    );
    const spip = preview.getByRole('row').filter({ hasText: 'Elemen keras' }).first();
    await spip.getByText(/Lihat \d+ indikator/).click();
    await spip.getByText('target baik ≥ 3').first().waitFor();
    const theme = preview.getByRole('row').filter({ hasText: 'Pengentasan kemiskinan' }).first();
    await theme.getByText(/Lihat 2 indikator/).click();
    await theme.getByText('Rubrik: arti tiap tingkat nilai').click();
    await theme.getByText(/Belum ada strategi tertulis/).waitFor();
    expect(problems).toEqual([]);
  });

  it('refuses a bad file whole and lists its problems in plain words', async () => {
    const file = join(dir, 'salah.json');
    writeFileSync(file, JSON.stringify({ id: 'salah', components: [] }));
    await page.getByLabel('Berkas kerangka (.xlsx atau .json)').setInputFiles(file);
    await page.getByLabel(/Id baru/).fill('');
    await page.getByRole('button', { name: 'Periksa dan tampilkan' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Berkas ditolak; tidak ada yang disimpan.').waitFor();
    expect(await alert.getByRole('listitem').count()).toBeGreaterThan(3);
    expect(await page.getByRole('region', { name: /Pratinjau/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
