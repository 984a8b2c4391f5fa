import { readFileSync } from 'node:fs';
import type { Figure } from '@rapor/shared/figure-schemas';
import ExcelJS from 'exceljs';
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

  /** A value other than the stored one, inside the figure's range, as the API stores it. */
  const otherValue = (f: Figure): number => {
    const [min, max] = f.answer.type === 'number' ? [f.answer.min, f.answer.max] : [0, 100];
    const pick = (share: number) => Math.round((min + share * (max - min)) * 100) / 100;
    return pick(0.77) === f.value ? pick(0.66) : pick(0.77);
  };
  const typed = (n: number) => String(n).replace('.', ',');
  const figuresOf = async (page: Page): Promise<Figure[]> =>
    (await (await page.request.get(`${server.url}/api/v1/periods/2025/hasil`)).json()).figures;

  it('the admin fills the grid by keyboard, pastes a block, fills one source down and saves all at once', async () => {
    const page = await signedIn('admin');
    const numbers = (await figuresOf(page)).filter(
      (f) =>
        f.notApplicable === null &&
        f.code !== 'B.H.5' &&
        (f.answer.type === 'number' || f.answer.type === 'percent'),
    );
    const [a, b, c] = numbers as [Figure, Figure, Figure];
    const grid = page.getByTestId('figures-grid');
    await grid.locator('summary').click();
    const cell = (f: Figure, column: string) =>
      grid.getByLabel(`${column} ${f.code}`, { exact: true });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

    // typed: the value, Enter to the row below, arrows across a row
    await cell(a, 'Nilai').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed(otherValue(a)));
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(`Judul sumber ${a.code}`);
    await page.keyboard.type('Rekap hasil penilaian 2025');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('KemenPANRB');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('20/01/2026');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(`Tanggal sumber ${a.code}`);
    await cell(a, 'Nilai').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(`Nilai ${numbers[1]?.code}`);

    // a block copied from a spreadsheet, pasted at the value of the next two rows
    const block = `${typed(otherValue(b))}\n${typed(otherValue(c))}\n`;
    await cell(b, 'Nilai').evaluate((input, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, block);
    await grid.getByText('2 sel terisi dari tempelan.').waitFor();
    expect(await cell(c, 'Nilai').inputValue()).toBe(typed(otherValue(c)));

    // one source for the rows typed below; a value out of range is marked, not sent
    await grid
      .getByRole('button', {
        name: `Pakai sumber ${a.code} untuk baris di bawahnya yang nilainya diubah`,
      })
      .click();
    await grid.getByText('Sumber dipakai di 2 baris di bawahnya.').waitFor();
    expect(await cell(c, 'Judul sumber').inputValue()).toBe('Rekap hasil penilaian 2025');
    await cell(c, 'Nilai').fill('1000');
    await grid.getByText('1 baris perlu diperbaiki sebelum disimpan.').waitFor();
    const save = grid.getByRole('button', { name: /^Simpan \d+ baris$/ });
    expect(await save.isDisabled()).toBe(true);
    await cell(c, 'Nilai').fill(typed(otherValue(c)));
    await grid.getByRole('button', { name: 'Simpan 3 baris' }).click();
    await grid.getByText('3 angka tersimpan.').waitFor();

    const after = await figuresOf(page);
    for (const f of [a, b, c]) {
      expect(
        after.find((x) => x.code === f.code),
        f.code,
      ).toMatchObject({
        value: otherValue(f),
        sourceTitle: 'Rekap hasil penilaian 2025',
        sourceIssuer: 'KemenPANRB',
        sourceDate: '2026-01-20',
        state: 'entered',
      });
    }
    await page.close();
  });

  it('the admin downloads the figures file, fills it offline, checks it and saves it', async () => {
    const page = await signedIn('admin');
    const card = page.getByTestId('figures-file');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Unduh angka 2025 (xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('angka-bersumber-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Angka bersumber') as ExcelJS.Worksheet;
    const figure = (await figuresOf(page)).find(
      (f) =>
        f.notApplicable === null &&
        f.sourceTitle !== null &&
        f.code !== 'B.H.5' &&
        (f.answer.type === 'number' || f.answer.type === 'percent'),
    ) as Figure;
    let at: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === figure.code) at = row;
    });
    if (!at) throw new Error(`no row ${figure.code}`);
    const upload = async (value: ExcelJS.CellValue) => {
      (at as ExcelJS.Row).getCell(5).value = value;
      await card.getByLabel('Berkas angka yang sudah diisi').setInputFiles({
        name: 'angka.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await book.xlsx.writeBuffer()),
      });
      await card.getByRole('button', { name: 'Periksa berkas' }).click();
    };

    await upload(150);
    const refused = card.getByRole('alert');
    await refused.getByText('Berkas tidak dapat diimpor; tidak ada yang disimpan.').waitFor();
    await refused
      .getByText(`sheet Angka bersumber, baris ${at.number}, kolom Nilai`, { exact: false })
      .waitFor();

    const value = otherValue(figure);
    await upload(value);
    await card.getByText('1 angka akan berubah').waitFor();
    await card
      .getByRole('row', { name: new RegExp(figure.code) })
      .getByText(typed(value))
      .waitFor();
    await card.getByRole('button', { name: 'Simpan 1 perubahan' }).click();
    await card.getByText('1 angka diperbarui dari berkas.').waitFor();
    expect((await figuresOf(page)).find((f) => f.code === figure.code)?.value).toBe(value);
    await page.close();
    expect(problems).toEqual([]);
  });
});
