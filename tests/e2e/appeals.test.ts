import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { type Browser, launchBrowser } from '../helpers/browser';
import { resultOf, yearVersion } from '../helpers/demo-ids';
import { docxText } from '../helpers/docx';
import { startLiveServer } from '../helpers/live-server';
import { login } from '../helpers/test-app';

// Appeals in the browser, as the year's review runs them: the secretariat opens the window,
// the chair of MP appeals both action-plan items with a file each, the year will not close
// while they wait, the evaluator rejects one and accepts the other and changes its score, and
// the report's annex lists both.

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(800, 0x20),
  Buffer.from('%%EOF'),
]);

describe('appeals of evaluator scores in Chromium', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const signIn = async (username: string) => {
    await browser.context.clearCookies();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  };

  beforeAll(async () => {
    server = await startLiveServer();
    // the year's review is under way: MP submitted its results and the evaluator verified them
    const chair = await login(server.app, 'chair-mp');
    const evaluator = await login(server.app, 'evaluator');
    for (const [action, cookie] of [
      ['submit', chair],
      ['verify', evaluator],
    ] as const) {
      const { version } = await resultOf(server.app, chair, 2025, 'MP');
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/v1/periods/2025/areas/MP/${action}`,
        headers: { cookie },
        payload: { version },
      });
      if (res.statusCode !== 200) throw new Error(`${action}: ${res.body}`);
    }
    const admin = await login(server.app, 'admin');
    const moved = await server.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/state',
      headers: { cookie: admin },
      payload: { to: 'review', version: await yearVersion(server.app, 2025) },
    });
    if (moved.statusCode !== 200) throw new Error(`review: ${moved.body}`);
    browser = await launchBrowser({ width: 1366, height: 900 });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs from the window opening to the report’s annex', async () => {
    // the secretariat opens the window on the periods page
    await signIn('admin');
    await page.goto(`${server.url}/admin/periods`);
    await page.getByRole('button', { name: 'Buka masa sanggah' }).click();
    await page
      .getByText(/Masa sanggah dibuka/)
      .first()
      .waitFor();

    // the chair appeals both items, each with its reason and file
    await signIn('chair-mp');
    await page.goto(`${server.url}/entry/2025/MP`);
    for (const [code, reason] of [
      ['A.1', 'Penilaian subkriteria K4 belum memperhitungkan dokumen reviu Maret.'],
      ['A.2', 'Realisasi triwulan IV sudah dilaporkan sebelum batas waktu; mohon dihitung.'],
    ] as const) {
      const item = page.getByTestId(`appeal-${code}`);
      await item.getByRole('button', { name: 'Ajukan sanggahan' }).click();
      const send = item.getByRole('button', { name: 'Kirim sanggahan' });
      if (code === 'A.1') expect(await seriousViolations(page)).toEqual([]);
      expect(await send.isDisabled()).toBe(true);
      await item.getByLabel('Alasan sanggahan').fill(reason);
      await item.getByLabel('Berkas pendukung').setInputFiles({
        name: `bukti-${code}.pdf`,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await send.click();
      await item.getByText('Menunggu jawaban').waitFor();
      await item.getByRole('link', { name: `bukti-${code}.pdf` }).waitFor();
    }

    // the year cannot close while they wait: the dialog says why and will not confirm
    await signIn('admin');
    await page.goto(`${server.url}/admin/periods`);
    await page.getByRole('button', { name: 'Tutup periode' }).click();
    const waiting = page.getByTestId('closing-open-appeals');
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('2 sanggahan masih menunggu jawaban evaluator');
    expect(await waiting.textContent()).toContain('MP A.1, MP A.2');
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: 'Tutup periode' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    const admin = await login(server.app, 'admin');
    const refused = await server.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/state',
      headers: { cookie: admin },
      payload: { to: 'closed', version: await yearVersion(server.app, 2025), exceptions: [] },
    });
    expect(refused.json().error.code).toBe('APPEALS_OPEN');

    // the evaluator rejects the first, accepts the second and changes its score
    await signIn('evaluator');
    await page.goto(`${server.url}/review`);
    const panel = page.getByTestId('appeals-2025');
    const [first, second] = [panel.locator('li').nth(0), panel.locator('li').nth(1)];
    await first.getByRole('button', { name: 'Kirim jawaban' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await first.getByLabel('Tolak').check();
    await first
      .getByLabel('Tanggapan evaluator')
      .fill('Dokumen reviu ditetapkan setelah periode penilaian.');
    await first.getByRole('button', { name: 'Kirim jawaban' }).click();
    await first.getByText('Ditolak', { exact: true }).waitFor();
    await second.getByLabel('Terima').check();
    await second
      .getByLabel('Tanggapan evaluator')
      .fill('Laporan triwulan IV diterima tepat waktu.');
    await second.getByRole('button', { name: 'Kirim jawaban' }).click();
    await second.getByText('Diterima, nilai belum diubah').waitFor();
    await second.getByLabel('Nilai baru A.2').fill('88,5');
    await second.getByRole('button', { name: 'Simpan perubahan nilai' }).click();
    await second.getByText('Diterima, nilai diubah').waitFor();
    await second.getByText(/menjadi 88,5 oleh/).waitFor();

    // the score change is its own audit entry, apart from the answer
    const audit = (
      await server.app.inject({
        url: '/api/v1/audit?entity=indicator_answer',
        headers: { cookie: admin },
      })
    ).json().entries;
    expect(audit[0]).toMatchObject({
      action: 'appeal-rescore',
      entityId: '2025/A.2',
      after: { evaluatorValue: 88.5 },
    });
    const mp = await resultOf(server.app, admin, 2025, 'MP');
    const a2 = mp.tree
      .flatMap((n: { children?: unknown[] }) => [n, ...(n.children ?? [])])
      .find((n: { code: string }) => n.code === 'A.2');
    expect(a2.indicator.value).toBe(88.5);

    // the area page tags both items
    await page.goto(`${server.url}/areas/MP?year=2025`);
    await page.getByTestId('tree-appeal-A.1').getByText('Ditolak').waitFor({ state: 'attached' });
    await page
      .getByTestId('tree-appeal-A.2')
      .getByText('Diterima, nilai diubah')
      .waitFor({ state: 'attached' });

    // the report's annex lists both, with the answers and the score change
    await signIn('admin');
    await page.goto(`${server.url}/laporan?year=2025`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh LHE kementerian (.docx)' }).click(),
    ]);
    const path = await download.path();
    const text = await docxText(readFileSync(path));
    expect(text).toContain('Lampiran: Sanggahan Nilai');
    expect(text).toContain('Dokumen reviu ditetapkan setelah periode penilaian.');
    expect(text).toContain('Laporan triwulan IV diterima tepat waktu.');
    expect(text).toMatch(/→\s*88,5/);
    expect(problems).toEqual([]);
  }, 180_000);
});
