import { HEADER_ORDER, WORKSHEET_COLUMNS } from '@rapor/shared/worksheet-file';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import { signedInPage } from '../helpers/signed-in-page';

// A chair works offline: downloads the year's workbook, fills the YAN sheet, and brings it back
// on the worksheet page, where the change is previewed and then applied.

describe('a filled worksheet imported in Chromium', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  const browsers: Browser[] = [];
  const problems: string[] = [];
  // each chair in a browser of their own, landed on their area's worksheet
  const chair = (username: string, area: string) =>
    signedInPage(
      server.url,
      { username, password: 'rapor-demo', heading: new RegExp(`^Lembar kerja ${area} 2025$`) },
      { browsers, problems },
    );
  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
  });

  it('previews the changed answer, applies it, and stores the value from the file', async () => {
    // YAN's theme strategy is typed; MP's items come from the action plan
    const page = await chair('chair-yan', 'Peningkatan Kualitas Pelayanan Publik');
    expect(page.url()).toMatch(/\/entry\/2025\/YAN/);
    const card = page.locator('section', {
      has: page.getByRole('heading', { name: 'Kerja luring: lembar kerja xlsx' }),
    });
    const href = await card
      .getByRole('link', { name: /Unduh buku kerja 2025/ })
      .getAttribute('href');
    const download = await page.request.get(`${server.url}${href}`);
    expect(download.status()).toBe(200);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download.body()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('YAN');
    if (!sheet) throw new Error('no YAN sheet');
    // columns by their headers, as the import itself finds them
    const column = (header: string) => HEADER_ORDER.indexOf(header as never) + 1;
    const answerColumn = column(WORKSHEET_COLUMNS.selfValue);
    let edited = '';
    let value = 0;
    sheet.eachRow((row) => {
      if (!edited && row.getCell(column(WORKSHEET_COLUMNS.filledBy)).value === 'Ketua pokja') {
        edited = String(row.getCell(column(WORKSHEET_COLUMNS.code)).value);
        value = row.getCell(answerColumn).value === 100 ? 50 : 100;
        row.getCell(answerColumn).value = value;
      }
    });
    expect(edited).not.toBe('');

    await card.getByLabel('Berkas xlsx yang sudah diisi').setInputFiles({
      name: 'yan-2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await card.getByRole('button', { name: 'Periksa berkas' }).click();
    const preview = card.getByRole('table', { name: 'Jawaban yang akan berubah' });
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(1);
    expect(await preview.locator('tbody td').first().textContent()).toBe(edited);
    await card.getByRole('button', { name: 'Terapkan 1 perubahan' }).click();
    await card.getByText('1 jawaban diperbarui dari berkas.').waitFor();
    const stored = await (
      await page.request.get(`${server.url}/api/v1/periods/2025/areas/YAN`)
    ).json();
    const find = (
      nodes: { code: string; indicator?: { selfValue: unknown }; children?: never[] }[],
    ): unknown =>
      nodes
        .map((n) => (n.code === edited ? n.indicator?.selfValue : find(n.children ?? [])))
        .find((v) => v !== undefined);
    expect(find(stored.tree)).toBe(value);
    expect(problems).toEqual([]);
  });

  it("offers no offline sheet where every item is an outside figure (SDM's in 2025)", async () => {
    const page = await chair('chair-sdm', 'Penataan Sistem Manajemen SDM');
    expect(page.url()).toMatch(/\/entry\/2025\/SDM/);
    await page.getByText('diisi sekretariat').first().waitFor();
    expect(
      await page.getByRole('heading', { name: 'Kerja luring: lembar kerja xlsx' }).count(),
    ).toBe(0);
    expect(problems).toEqual([]);
  });
});
