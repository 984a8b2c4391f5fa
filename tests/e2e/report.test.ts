import { readFileSync } from 'node:fs';
import { formatNumber, formatPercent } from '@rapor/shared/format';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { startLiveServer } from '../helpers/live-server';

// The secretariat drafts the year's evaluation report (LHE) on the Laporan page and downloads
// it: its numbers are the overview's.

describe('the evaluation report in Chromium', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startLiveServer();
    browser = await launchBrowser({ width: 1366, height: 900 });
    page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("fills the letter, keeps it, and downloads the 2024 report whose numbers are the overview's", async () => {
    await page.getByRole('link', { name: 'Laporan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Laporan hasil evaluasi/ }).waitFor();
    await page.getByLabel('Tahun').selectOption('2024');
    await page.getByRole('heading', { level: 1, name: 'Laporan hasil evaluasi 2024' }).waitFor();
    const letter = page.getByRole('group', { name: 'Surat' });
    await letter.getByLabel('Nomor', { exact: true }).fill('700/88/IJ/2025');
    await letter.getByLabel('Tanggal', { exact: true }).fill('2025-03-14');
    await letter.getByLabel('Yth.').fill('Menteri Sosial\ndi Jakarta');
    await letter.getByLabel('Tembusan').fill('Sekretaris Jenderal\nInspektur Wilayah I');
    const signatory = page.getByRole('group', { name: 'Penandatangan' });
    await signatory.getByLabel('Nama').fill('Dr. Penandatangan Uji');
    await signatory.getByLabel('NIP').fill('197001011995031001');
    const team = page.getByRole('group', { name: 'Penugasan dan tim' });
    await team.getByLabel('Nomor surat tugas').fill('ST-12/IJ/2025');
    await team.getByLabel('Ketua tim').fill('Ketua Tim Uji');
    await team.getByLabel('Anggota tim').fill('Anggota Satu\nAnggota Dua');
    // a section rewritten, then the draft is what the data says again for another
    const narrative = page.getByRole('group', { name: 'Narasi' });
    const closing = narrative.getByLabel('Penutup');
    expect(await closing.inputValue()).toContain('Kami menyampaikan penghargaan');
    await closing.fill('Terima kasih kepada seluruh pokja atas kerja samanya.');
    await narrative.getByRole('button', { name: 'Kembalikan ke draf dari data' }).waitFor();
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await page.getByText('Laporan disimpan.').waitFor();

    // kept: a reload shows what was saved
    await page.reload();
    await page.getByText(/Terakhir disimpan .* oleh Sekretariat RB \(Admin\)/).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Surat' })
        .getByLabel('Nomor', { exact: true })
        .inputValue(),
    ).toBe('700/88/IJ/2025');
    expect(
      await page.getByRole('group', { name: 'Narasi' }).getByLabel('Penutup').inputValue(),
    ).toBe('Terima kasih kepada seluruh pokja atas kerja samanya.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh LHE kementerian (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lhe-rb-2024.docx');
    const text = await docxText(readFileSync((await download.path()) ?? ''));
    for (const line of [
      '700/88/IJ/2025',
      'Menteri Sosial',
      'di Jakarta',
      '2. Inspektur Wilayah I',
      'Dr. Penandatangan Uji',
      'ST-12/IJ/2025',
      'Anggota Dua',
      'Terima kasih kepada seluruh pokja atas kerja samanya.',
    ])
      expect(text, line).toContain(line);

    // the overview's numbers: index, predicate, every area's percent, every recommendation
    const overview = await (
      await page.request.get(`${server.url}/api/v1/dashboard/overview?year=2024`)
    ).json();
    expect(text).toContain(`Indeks RB 2024 ${formatNumber(overview.index, 'id')} dari 110`);
    expect(text).toContain(`Indeks RB 2024 · ${overview.shownPredicate}`);
    for (const a of overview.areas as { code: string; percent: number }[])
      expect(text, a.code).toMatch(
        new RegExp(`^${a.code} .*\\n.*\\n.*\\n${formatPercent(a.percent, 'id', 1)}$`, 'm'),
      );
    const recs = (
      await (await page.request.get(`${server.url}/api/v1/recommendations?year=2024`)).json()
    ).recommendations as { text: string; year: number }[];
    for (const r of recs.filter((x) => x.year === 2024)) expect(text).toContain(r.text);
  });

  it("records KemenPANRB's result of 2024 with two appeals; the overview shows it beside the final one", async () => {
    await page.goto(`${server.url}/laporan?year=2024`);
    const section = page.getByRole('region', { name: 'Hasil nasional (KemenPANRB)' });
    await section.getByLabel('Indeks nasional').fill('86,4');
    await section.getByLabel('Predikat nasional').selectOption('A-');
    await section.getByLabel('Nomor surat KemenPANRB').fill('B/77/M.RB.06/2025');
    await section.getByRole('button', { name: 'Tambah butir' }).click();
    await section.getByRole('combobox', { name: 'Butir' }).first().selectOption('B.H.1');
    await section.getByLabel('Nilai nasional B.H.1').fill('65');
    for (const [code, reason] of [
      ['B.H.1', 'Peta jabatan hasil penyederhanaan telah ditetapkan.'],
      ['B.S.1', 'Nilai sistem merit telah diperbarui.'],
    ] as const) {
      await section.getByRole('button', { name: 'Tambah sanggahan' }).click();
      const appeal = section.getByRole('group', { name: /^Sanggahan \d/ }).last();
      await appeal.getByLabel('Butir').selectOption(code);
      await appeal.getByLabel('Alasan').fill(reason);
    }
    // one answered: rejected, with KemenPANRB's answer
    const first = section.getByRole('group', { name: 'Sanggahan 1' });
    await first.getByLabel('Hasil').selectOption('rejected');
    await first.getByLabel('Jawaban KemenPANRB').fill('Penetapan di luar periode penilaian.');
    await first.getByLabel('Tanggal jawaban').fill('2025-05-20');
    await section.getByRole('button', { name: 'Simpan hasil nasional' }).click();
    await section.getByText('Hasil nasional disimpan.').waitFor();

    await page.goto(`${server.url}/overview?year=2024`);
    const figure = page.getByTestId('national-result');
    await figure.waitFor();
    expect(await figure.textContent()).toContain('86,40');
    expect(await figure.textContent()).toContain('A-');
    expect(await figure.textContent()).toContain('1 sanggahan menunggu jawaban');
    // the ministry's own final index stands beside it
    const overview = await (
      await page.request.get(`${server.url}/api/v1/dashboard/overview?year=2024`)
    ).json();
    expect(await page.getByTestId('index-value').textContent()).toBe(
      formatNumber(overview.index, 'id'),
    );
    // the item's area page gives its national points beside its own
    await page.goto(`${server.url}/areas/ORG?year=2024`);
    const item = page.getByTestId('tree-national-B.H.1');
    await item.waitFor({ state: 'attached' });
    expect(await item.textContent()).toBe(`Poin nasional (KemenPANRB): ${formatNumber(65, 'id')}`);
  });

  it("gives a working group's chair its own area's report, and no more", async () => {
    const chair = await browser.context.browser()?.newContext();
    if (!chair) throw new Error('no browser');
    const p = await chair.newPage();
    await p.goto(`${server.url}/login`);
    await p.getByLabel('Nama pengguna').fill('chair-sdm');
    await p.getByLabel('Kata sandi').fill('rapor-demo');
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => !u.pathname.startsWith('/login'));
    // no report page in the chair's navigation, and the page itself is refused
    expect(await p.getByRole('link', { name: 'Laporan', exact: true }).count()).toBe(0);
    expect(
      (await p.request.get(`${server.url}/api/v1/periods/2024/report.docx?area=SDM`)).status(),
    ).toBe(200);
    expect((await p.request.get(`${server.url}/api/v1/periods/2024/report.docx`)).status()).toBe(
      403,
    );
    await chair.close();
  });
});
