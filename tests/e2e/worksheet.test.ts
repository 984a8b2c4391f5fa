import { AreaResult, type ScoredNodeDto } from '@rapor/shared/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import { login } from '../helpers/test-app';

// The chair's worksheet in Chromium: answers save themselves, a conflicting edit from another
// window is shown field by field and nothing is lost, submitting locks the worksheet. The
// demo's open year (2025, PermenPANRB 9/2023) asks the working groups for scores; lettered
// questions with their criteria are tried on a 2026 period opened on pmprb-2021.

const indicatorsOf = (nodes: readonly ScoredNodeDto[]): ScoredNodeDto[] =>
  nodes.flatMap((n) => (n.indicator ? [n] : indicatorsOf(n.children ?? [])));

describe('the chair’s worksheet in Chromium', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  const browsers: Browser[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startLiveServer();
    const opened = await server.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: await login(server.app, 'admin') },
      payload: { year: 2026, frameworkId: 'pmprb-2021' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.close();
  });

  /** A separate browser (own cookies), signed in, on the worksheet. */
  async function worksheet(username: string, path: string): Promise<Page> {
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (
        m.type() === 'error' &&
        !/status of (401|409|415)|ERR_INTERNET_DISCONNECTED/.test(m.text())
      )
        problems.push(m.text());
    });
    await page.goto(`${server.url}${path}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Lembar kerja/ }).waitFor();
    return page;
  }

  const serverResult = async (year: number, code: string, page: Page) =>
    AreaResult.parse(
      await (await page.request.get(`${server.url}/api/v1/periods/${year}/areas/${code}`)).json(),
    );

  it('answers with the keyboard shortcut and the criteria, saves by itself, keeps it on reload', async () => {
    const page = await worksheet('chair-yan', '/entry/2026/YAN');
    await page.getByText(/0 dari 5 indikator terisi/).waitFor();
    // Alt+N: to the first unanswered question.
    await page.keyboard.press('Alt+N');
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id ?? null)).toBe(
      'ind-PM.YAN.a',
    );
    await page
      .locator('#ind-RF\\.YAN\\.b')
      .getByLabel(/Pada lebih dari 75% /)
      .check();
    await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await page.getByText(/1 dari 5 indikator terisi/).waitFor();
    const saved = await serverResult(2026, 'YAN', page);
    const leaf = saved.tree.flatMap((n) => n.children ?? []).find((n) => n.code === 'RF.YAN.b');
    expect(leaf?.indicator?.selfValue).toBe('B');
    await page.reload();
    await page.getByText(/1 dari 5 indikator terisi/).waitFor();
  });

  it('shows a conflict from another window field by field, and loses nothing', async () => {
    const first = await worksheet('chair-ppu', '/entry/2026/PPU');
    const second = await worksheet('chair-ppu', '/entry/2026/PPU');
    const question = (page: Page) => page.locator('#ind-PM\\.PPU\\.a');
    const before = (await serverResult(2026, 'PPU', first)).tree
      .flatMap((n) => n.children ?? [])
      .find((n) => n.code === 'PM.PPU.a')?.indicator?.selfValue;
    expect(before).toBeNull();
    // The second window saves first…
    await question(second)
      .getByLabel(/sudah ada, lengkap, dan dijalankan/)
      .check();
    await second.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    // …the first, still on the old version, answers the same question otherwise.
    await question(first)
      .getByLabel(/belum ada$/)
      .check();
    const conflict = first.getByRole('alert').filter({ hasText: 'Data ini diubah di tempat lain' });
    await conflict.waitFor();
    const row = conflict.getByRole('row').filter({ hasText: 'PM.PPU.a' });
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('C');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('A');
    await row.getByRole('button', { name: 'Simpan milik saya' }).click();
    await first.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    const saved = await serverResult(2026, 'PPU', first);
    const leaf = saved.tree.flatMap((n) => n.children ?? []).find((n) => n.code === 'PM.PPU.a');
    expect(leaf?.indicator?.selfValue).toBe('C');
  });

  it('uploads a file as evidence; a file of the wrong type or too large is refused plainly', async () => {
    const page = await worksheet('chair-mp', '/entry/2025/MP');
    const indicator = page.locator('#ind-A\\.2');
    const input = indicator.locator('input[type=file]');
    await input.setInputFiles({
      name: 'SK UPG 2025.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF'),
    });
    await indicator.getByRole('link', { name: 'SK UPG 2025.pdf' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    const href = await indicator
      .getByRole('link', { name: 'SK UPG 2025.pdf' })
      .getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/evidence\/\d+$/);
    const served = await page.request.get(`${server.url}${href}`);
    expect(served.status()).toBe(200);

    await input.setInputFiles({
      name: 'program.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00 bukan pdf'),
    });
    await indicator.getByRole('alert').filter({ hasText: 'Jenis berkas tidak diterima' }).waitFor();
    await input.setInputFiles({
      name: 'besar.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4'), Buffer.alloc(10 * 1024 * 1024 + 1)]),
    });
    await indicator.getByRole('alert').filter({ hasText: 'lebih dari 10 MB' }).waitFor();
    // the demo link and the upload (beside the link to the plan's grading A.2 comes from)
    const evidence = indicator.getByRole('link').filter({ hasNotText: 'Buka penilaian' });
    expect(await evidence.count()).toBe(2);
  });

  it('keeps edits through a dropped connection and sends them when it is back', async () => {
    const page = await worksheet('chair-yan', '/entry/2025/YAN');
    await page.context().setOffline(true);
    await page.locator('#ind-T\\.KMS\\.S').locator('input[inputmode=decimal]').fill('77,5');
    await page.getByRole('status').filter({ hasText: 'Koneksi terputus' }).waitFor();
    await page.context().setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor({ timeout: 15_000 });
    const saved = await serverResult(2025, 'YAN', page);
    const leaf = indicatorsOf(saved.tree).find((n) => n.code === 'T.KMS.S');
    expect(leaf?.indicator?.selfValue).toBe(77.5);
  });

  it('edits an achievement, issues this year’s recommendation, records a follow-up of an earlier one', async () => {
    const page = await worksheet('chair-yan', '/entry/2025/YAN');
    const achievements = page.getByRole('region', { name: /Prestasi dan capaian 2025/ });
    await achievements.getByLabel('Judul capaian').fill('Survei kepuasan layanan 2025 di 40 balai');
    await achievements.getByRole('button', { name: 'Tambah capaian' }).click();
    await achievements.getByText('Survei kepuasan layanan 2025 di 40 balai').waitFor();
    await achievements
      .getByRole('button', { name: 'Ubah capaian Survei kepuasan layanan 2025 di 40 balai' })
      .click();
    await achievements.getByLabel('Judul capaian').fill('Survei kepuasan layanan 2025 di 41 balai');
    await achievements.getByRole('button', { name: 'Simpan capaian' }).click();
    await achievements.getByText('Survei kepuasan layanan 2025 di 41 balai').waitFor();
    expect(await achievements.getByText('Survei kepuasan layanan 2025 di 40 balai').count()).toBe(
      0,
    );

    const recs = page.getByRole('region', { name: 'Rekomendasi dan tindak lanjutnya' });
    await recs
      .getByLabel('Rekomendasi', { exact: true })
      .fill('Terbitkan standar pelayanan untuk balai baru');
    await recs.getByLabel('Unit penanggung jawab').fill('Ditjen Rehabilitasi Sosial');
    await recs.getByRole('button', { name: 'Terbitkan rekomendasi' }).click();
    await recs.getByText('Terbitkan standar pelayanan untuk balai baru').waitFor();

    const earlier = recs
      .locator('li.item-card')
      .filter({ hasText: /^.*2024 ·/ })
      .first();
    await earlier.getByLabel('Tindak lanjut').fill('SOP baru ditetapkan dan disosialisasikan');
    await earlier.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await earlier.getByText('Terakhir: SOP baru ditetapkan dan disosialisasikan').waitFor();
  });

  it('submits after a confirmation that lists what is missing; the worksheet is then locked', async () => {
    const page = await worksheet('chair-yan', '/entry/2025/YAN');
    // The demo draft leaves the theme strategy blank: answered here, without evidence yet.
    await page.locator('#ind-T\\.KMS\\.S').locator('input[inputmode=decimal]').fill('80');
    await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await page.getByRole('button', { name: 'Ajukan untuk reviu' }).click();
    const dialog = page.getByRole('dialog', { name: /Ajukan .* 2025/ });
    await dialog
      .getByText(/T\.KMS\.S/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText('Diajukan', { exact: true }).first().waitFor();
    expect(await page.locator('fieldset.indicator input:enabled').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ajukan untuk reviu' }).count()).toBe(0);
    expect((await serverResult(2025, 'YAN', page)).status).toBe('submitted');
    expect(problems).toEqual([]);
  });
});
