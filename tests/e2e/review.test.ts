import { AreaResult } from '@rapor/shared/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

// Review in Chromium: the evaluator returns one indicator with a reason, the chair sees only
// that one unlocked and fixes it, the evaluator sees what changed and verifies. In 2025
// (PermenPANRB 9/2023) the TTL working group's own entry is the digitalisation theme's
// strategy; the narrative stays locked while only that indicator is returned.

describe('review of a submitted result in Chromium', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  const browsers: Browser[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.close();
  });

  async function as(username: string, path: string, heading: RegExp): Promise<Page> {
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 40[19]/.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${server.url}${path}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  it('returns one indicator; only it unlocks; the fix shows as a change; then verified', async () => {
    const evaluator = await as('evaluator', '/review', /Antrean reviu/);
    // the queue's evaluator column is "—" for an area the evaluator has valued nothing of,
    // not the chair's figure repeated
    const ttl = AreaResult.parse(
      await (await evaluator.request.get(`${server.url}/api/v1/periods/2025/areas/TTL`)).json(),
    );
    const queueRow = evaluator.getByRole('row').filter({ hasText: 'Penataan Tatalaksana' });
    const shown = await queueRow.getByTestId('evaluator-points').textContent();
    expect(shown?.startsWith('—'), shown ?? '').toBe(ttl.score.evaluated === 0);
    await evaluator.getByRole('link', { name: /TTL Penataan Tatalaksana/ }).click();
    await evaluator
      .getByRole('heading', { level: 1, name: /Reviu Penataan Tatalaksana 2025/ })
      .waitFor();
    const row = evaluator.locator('#rev-T\\.DIG\\.S');
    // the evaluator values the theme strategy otherwise than the chair
    // …and types a note straight after: two writes in quick succession, neither lost (the
    // second used to go out with the version before the first and get 409)
    const slow = '**/indicators/T.DIG.S';
    // the first answer is slow, so the note is typed while the value is still being saved
    await evaluator.route(slow, async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    const valueField = row.getByLabel('Nilai evaluator untuk T.DIG.S');
    await valueField.fill('55');
    const noteField = row.getByLabel('Catatan evaluator untuk T.DIG.S');
    await noteField.fill('Target triwulan belum ada');
    await noteField.blur();
    await expect
      .poll(
        async () => {
          const now = AreaResult.parse(
            await (
              await evaluator.request.get(`${server.url}/api/v1/periods/2025/areas/TTL`)
            ).json(),
          );
          return now.tree
            .flatMap(function leaves(n): typeof now.tree {
              return n.children ? n.children.flatMap(leaves) : [n];
            })
            .find((n) => n.code === 'T.DIG.S')?.indicator;
        },
        { timeout: 15_000 },
      )
      .toMatchObject({ evaluatorValue: 55, evaluatorComment: 'Target triwulan belum ada' });
    await evaluator.unroute(slow);
    expect(await row.getByRole('alert').count()).toBe(0);
    await row.getByLabel('Kembalikan indikator ini').check();
    await row
      .getByLabel('Alasan mengembalikan T.DIG.S')
      .fill('Lampirkan rencana aksi digitalisasi');
    await evaluator.getByRole('button', { name: 'Kembalikan 1 indikator' }).click();
    const dialog = evaluator.getByRole('dialog');
    await dialog.getByLabel('Catatan untuk ketua pokja (wajib)').fill('Satu indikator perlu bukti');
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await evaluator.getByText('Dikembalikan', { exact: true }).first().waitFor();

    const chair = await as(
      'chair-ttl',
      '/entry/2025/TTL',
      /Lembar kerja Penataan Tatalaksana 2025/,
    );
    await chair.getByText('Lampirkan rencana aksi digitalisasi').waitFor();
    // …and sees the evaluator's value beside their own answer
    const valued = chair.getByTestId('evaluator-value-T.DIG.S');
    expect(await valued.textContent()).toMatch(
      /^Nilai evaluator: 55,00 nilai \(jawaban Anda: .+\)/,
    );
    // Only the returned indicator is open: not the summary.
    expect(await chair.getByRole('textbox', { name: 'Ringkasan' }).isEditable()).toBe(false);
    const open = chair.locator('#ind-T\\.DIG\\.S');
    await open.getByLabel('Nama dokumen').fill('Rencana aksi digitalisasi');
    await open
      .getByLabel('Tautan dokumen')
      .fill('https://data-dukung.kemensos.example/2025/rencana-digitalisasi.pdf');
    await open.getByRole('button', { name: 'Tambah data dukung' }).click();
    await chair.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await chair.getByRole('button', { name: 'Ajukan untuk reviu' }).click();
    await chair.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
    await chair.getByText('Diajukan', { exact: true }).first().waitFor();

    await evaluator.reload();
    const since = evaluator.getByRole('region', { name: /Perubahan sejak dikembalikan/ });
    await since.getByText('Rencana aksi digitalisasi').waitFor();
    await evaluator.getByRole('button', { name: 'Verifikasi' }).click();
    await evaluator.getByRole('dialog').getByRole('button', { name: 'Verifikasi' }).click();
    await evaluator.getByText('Terverifikasi', { exact: true }).first().waitFor();
    const result = AreaResult.parse(
      await (await evaluator.request.get(`${server.url}/api/v1/periods/2025/areas/TTL`)).json(),
    );
    expect(result.status).toBe('verified');
    expect(problems).toEqual([]);
  });

  it('the chair proposes a recommendation done; the evaluator confirms it and it closes', async () => {
    const chair = await as(
      'chair-ppu',
      '/entry/2025/PPU',
      /Lembar kerja Deregulasi Kebijakan 2025/,
    );
    const recs = chair.getByRole('region', { name: 'Rekomendasi dan tindak lanjutnya' });
    const rec = recs
      .locator('li.item-card')
      .filter({ has: chair.getByLabel('Tindak lanjut') })
      .first();
    const text = (await rec.locator('p').first().textContent()) ?? '';
    // A chair cannot close it: "Selesai" is not among the choices.
    const options = await rec.getByLabel('Status').locator('option').allTextContents();
    expect(options).toContain('Diusulkan selesai');
    expect(options).not.toContain('Selesai');
    await rec.getByLabel('Status').selectOption('proposed_done');
    await rec
      .getByLabel('Tindak lanjut')
      .fill('Peraturan harmonisasi ditetapkan; mohon dikonfirmasi');
    await rec.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await recs
      .getByText('Terakhir: Peraturan harmonisasi ditetapkan; mohon dikonfirmasi')
      .waitFor();

    // The review queue says it waits for the evaluator, though PPU's result is still a draft.
    const evaluator = await as('evaluator', '/review', /Antrean reviu/);
    await evaluator
      .getByTestId('proposals-PPU')
      .getByText(/1 rekomendasi menunggu konfirmasi/)
      .waitFor();
    await evaluator.getByRole('link', { name: /PPU Deregulasi Kebijakan/ }).click();
    await evaluator
      .getByRole('heading', { level: 1, name: /Reviu Deregulasi Kebijakan 2025/ })
      .waitFor();
    const proposed = evaluator.getByRole('region', { name: /Rekomendasi yang diusulkan selesai/ });
    const item = proposed.locator('li.item-card').filter({ hasText: text });
    await item.getByLabel('Catatan konfirmasi atau alasan membuka kembali').fill('Bukti lengkap');
    await item.getByRole('button', { name: 'Konfirmasi selesai' }).click();
    await proposed.waitFor({ state: 'detached' });
    const result = AreaResult.parse(
      await (await evaluator.request.get(`${server.url}/api/v1/periods/2025/areas/PPU`)).json(),
    );
    const closed = [...result.recommendations.carriedOver, ...result.recommendations.issued].find(
      (r) => r.text === text,
    );
    expect(closed?.status).toBe('done');
    expect(problems).toEqual([]);
  });
});
