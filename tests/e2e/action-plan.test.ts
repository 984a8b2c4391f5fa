import { readFileSync } from 'node:fs';
import { formatNumber } from '@rapor/shared/format';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutPlans } from '../helpers/action-plans';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';

// The year between forums: the MP chair draws up the 2025 action plan on its page, reports
// TW I with evidence and leaves TW II unreported (the tests' today is 24 Nov 2026, so every
// quarter of 2025 is past its deadline); leadership reads the plan and what is late.

const ACTIONS = [
  {
    text: 'Menyusun cascading kinerja unit',
    output: 'Dokumen cascading',
    unit: 'dokumen',
    targets: ['2', '2', '2', '2'],
    realised: '2',
  },
  {
    text: 'Evaluasi AKIP internal eselon I',
    output: 'Laporan evaluasi',
    unit: 'laporan',
    targets: ['1', '1', '1', '1'],
    realised: '1',
  },
  {
    text: 'Sosialisasi perjanjian kinerja',
    output: 'Kegiatan sosialisasi',
    unit: 'kegiatan',
    targets: ['4', '0', '0', '0'],
    realised: '2',
  },
];

describe('action plans in Chromium: planned, reported, read', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startLiveServer();
    // the demo has every group's 2025 plan: here MP draws one up, and SDM has none yet
    withoutPlans(server, 2025, ['MP', 'SDM']);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(username: string, path: string): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}${path}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    // signed in once the app has left the login page (its session cookie is set by then)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }
  /**
   * The model's figures as the page reads them; under the full suite's load a read can be
   * turned away for a moment (503 BUSY), and is asked again as the app's client does.
   */
  async function read(page: Page, path: string) {
    let res = await page.request.get(`${server.url}${path}`);
    for (let i = 0; i < 10 && res.status() === 503; i++) {
      await page.waitForTimeout(500);
      res = await page.request.get(`${server.url}${path}`);
    }
    expect(res.status(), await res.text()).toBe(200);
    return res.json();
  }
  const fill = async (scope: Locator, label: string, value: string) =>
    scope.getByLabel(label, { exact: true }).fill(value);

  it('the chair draws up a plan of three actions; a field left empty is named first', async () => {
    const page = await signedIn('chair-mp', '/');
    await page.getByRole('link', { name: 'Rencana aksi MP' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rencana aksi Manajemen Perubahan 2025' })
      .waitFor();
    await page.getByText('Rencana aksi tahun ini belum disusun.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Susun rencana aksi' }).click();

    const activity = page.getByRole('group', { name: 'Kegiatan utama 1' });
    await activity.getByLabel('Kegiatan utama', { exact: true }).selectOption('KU-04');
    await fill(activity, 'Indikator', 'Nilai SAKIP kementerian');
    await fill(activity, 'Target baseline', '78');
    await fill(activity, 'Realisasi baseline', '77,6');
    await fill(activity, 'Target 2025', '80');
    await activity.getByRole('button', { name: 'Tambah aksi' }).click();
    await activity.getByRole('button', { name: 'Tambah aksi' }).click();
    for (const [i, a] of ACTIONS.entries()) {
      const group = activity.getByRole('group', { name: `Aksi ${i + 1}` });
      await fill(group, 'Aksi', a.text);
      await fill(group, 'Indikator output', a.output);
      await fill(group, 'Satuan output', a.unit);
      for (const [q, label] of ['TW I', 'TW II', 'TW III', 'TW IV'].entries())
        await fill(group, `Target ${label}`, a.targets[q] ?? '0');
      await fill(group, 'Unit pelaksana', 'Biro Perencanaan');
      if (i < 2) await fill(group, 'Unit koordinator', 'Sekretariat Jenderal');
    }
    // the last coordinating unit is left empty: named under the field, nothing sent
    await page.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await page.getByText('1 isian perlu diperbaiki', { exact: false }).waitFor();
    const last = activity.getByRole('group', { name: 'Aksi 3' });
    await last.getByText('terlalu pendek atau kosong').waitFor();
    await fill(last, 'Unit koordinator', 'Sekretariat Jenderal');
    await page.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await page.getByRole('button', { name: 'Ubah rencana aksi' }).waitFor();
    await page.getByRole('heading', { name: /KU-04/ }).waitFor();
    await page.close();
  });

  it('reports TW I with evidence and leaves TW II: late on the page, implementation by the rule', async () => {
    const page = await signedIn('chair-mp', '/plan/2025/MP');
    const report = page.getByRole('form', { name: 'Laporan TW I' });
    for (const a of ACTIONS) await report.getByLabel(`Realisasi output ${a.text}`).fill(a.realised);
    await report
      .getByLabel(`Tautan bukti ${ACTIONS[0]?.text}`)
      .fill('https://contoh.go.id/laporan-tw1.pdf');
    await report.getByRole('button', { name: 'Simpan laporan TW I' }).click();
    await page.getByText('Laporan TW I tersimpan untuk 3 aksi.').waitFor();
    const quarters = page.locator('.plan-quarters');
    await quarters.getByRole('row', { name: /TW I\b.*Sudah dilaporkan/ }).waitFor();
    await quarters.getByRole('row', { name: /TW II\b.*Terlambat/ }).waitFor();
    // 2 of 8, 1 of 4 and 2 of 4 over the year, averaged: 33,33
    await page.locator('.plan-figures').getByText('33,33').waitFor();
    // and on every page the chair opens, under the header
    await page.getByRole('link', { name: 'Lembar kerja MP' }).click();
    await page
      .getByTestId('plan-due')
      .getByRole('link', { name: 'Rencana aksi MP: laporan TW II, TW III, TW IV terlambat' })
      .waitFor();
    await page.close();
  });

  it('leadership reads the plan and what is late, and cannot change it', async () => {
    const page = await signedIn('leader', '/overview?year=2025');
    const plans = page.locator('section', { has: page.locator('#overview-plans') });
    const list = await read(page, '/api/v1/periods/2025/action-plans');
    const ministry = formatNumber(list.ministry.implementation, 'id');
    await plans.getByText(`Tingkat pelaksanaan seluruh kementerian: ${ministry}.`).waitFor();
    const mp = plans.locator('tr[data-area="MP"]');
    expect(await mp.getAttribute('data-standing')).toBe('late');
    await mp.getByText('TW II, TW III, TW IV').waitFor();
    await mp.getByText('33,33').waitFor();
    // the demo's SDM has no 2025 plan yet
    expect(await plans.locator('tr[data-area][data-standing="empty"]').count()).toBe(1);
    // every group's plan as a workbook, a sheet each
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      plans.getByRole('link', { name: 'Unduh rencana aksi semua pokja 2025 (xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rencana-aksi-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    // a sheet per group, then one per RB Tematik theme
    expect(book.worksheets).toHaveLength(8 + 5);
    expect(book.getWorksheet('MP')?.rowCount).toBe(4 + ACTIONS.length);
    await mp.getByRole('link', { name: /Manajemen Perubahan/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rencana aksi Manajemen Perubahan 2025' })
      .waitFor();
    await page.getByText('Ada laporan terlambat').waitFor();
    const row = page.locator(`tr[data-action]`, { hasText: ACTIONS[0]?.text ?? '' });
    await row.getByRole('link', { name: 'bukti' }).waitFor();
    expect(await row.locator('td[data-late="yes"]').count()).toBe(3);
    expect(await page.getByRole('button', { name: /Ubah rencana|Simpan laporan/ }).count()).toBe(0);
    const plan = await read(page, '/api/v1/periods/2025/areas/MP/action-plan');
    expect(plan.progress.implementation).toBeCloseTo(100 / 3, 8);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the chair brings the plan back from its workbook: a TW IV report, previewed, then applied', async () => {
    const page = await signedIn('chair-mp', '/plan/2025/MP');
    const card = page.getByTestId('plan-file');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Unduh rencana aksi (xlsx)' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('MP');
    const header = sheet?.getRow(4).values as unknown[];
    const tw4 = header.indexOf('Realisasi output TW IV');
    sheet?.eachRow((row) => {
      if (row.getCell(7).value === ACTIONS[1]?.text) row.getCell(tw4).value = 1;
    });
    await card.getByLabel('Berkas rencana aksi (xlsx)').setInputFiles({
      name: 'rencana-aksi-MP-2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await card.getByRole('button', { name: 'Periksa berkas' }).click();
    const preview = card.getByRole('table', { name: '1 perubahan dari berkas' });
    await preview
      .getByRole('row', { name: new RegExp(`${ACTIONS[1]?.text}.*realisasi TW IV`) })
      .waitFor();
    await card.getByRole('button', { name: 'Terapkan 1 perubahan' }).click();
    await card.getByText('1 perubahan dari berkas tersimpan.').waitFor();
    const plan = await read(page, '/api/v1/periods/2025/areas/MP/action-plan');
    const action = plan.activities
      .flatMap((a: { actions: { text: string }[] }) => a.actions)
      .find((a: { text: string }) => a.text === ACTIONS[1]?.text);
    expect(action.realised[3]).toMatchObject({ output: 1, budget: 0 });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the YAN chair draws up the plan of the theme YAN leads; leadership reads it beside the groups', async () => {
    const page = await signedIn('chair-yan', '/plan/2025/YAN');
    await page.getByText('Tema RB Tematik yang dipimpin pokja ini:').waitFor();
    await page.getByRole('link', { name: 'Pengentasan kemiskinan' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rencana aksi tema Pengentasan kemiskinan 2025' })
      .waitFor();
    await page
      .getByText('RB Tematik, dipimpin Pokja Peningkatan Kualitas Pelayanan Publik.')
      .waitFor();
    await page.getByRole('button', { name: 'Susun rencana aksi' }).click();
    const row = page.getByRole('group', { name: 'Masalah 1' });
    // a theme's row names its problem: there is no main activity to choose
    expect(await row.getByLabel('Kegiatan utama', { exact: true }).count()).toBe(0);
    await fill(row, 'Masalah yang ditangani', 'Data penerima bantuan tidak mutakhir');
    await fill(row, 'Indikator', 'Data penerima yang dimutakhirkan');
    await fill(row, 'Target baseline', '60%');
    await fill(row, 'Realisasi baseline', '55%');
    await fill(row, 'Target 2025', '75%');
    const action = row.getByRole('group', { name: 'Aksi 1' });
    await fill(action, 'Aksi', 'Memadankan data penerima dengan data kependudukan');
    await fill(action, 'Indikator output', 'Kabupaten/kota dipadankan');
    await fill(action, 'Satuan output', 'kabupaten/kota');
    await fill(action, 'Target TW I', '100');
    await fill(action, 'Unit pelaksana', 'Pusat Data dan Informasi');
    await fill(action, 'Unit koordinator', 'Ditjen Perlindungan dan Jaminan Sosial');
    await page.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await page.getByRole('button', { name: 'Ubah rencana aksi' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Data penerima bantuan tidak mutakhir' })
      .waitFor();
    // its own workbook to fill offline, as a group's
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-file').getByRole('link').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('rencana-aksi-tema-KMS-2025.xlsx');
    // its late TW I under the header, and on the chair's home beside the group's own
    await page
      .getByTestId('plan-due')
      .getByRole('link', { name: 'Rencana aksi tema KMS: laporan TW I terlambat' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Rencana aksi tema Pengentasan kemiskinan 2025' })
      .waitFor();
    await page.goto(`${server.url}/entry/2025/YAN`);
    const due = page.locator('.plan-reports-due [data-plan="T.KMS"]');
    await due.getByRole('heading', { name: 'Tema Pengentasan kemiskinan' }).waitFor();
    expect(await due.locator('li[data-state="late"]').textContent()).toContain('TW I');
    await page.close();

    const leader = await signedIn('leader', '/overview?year=2025');
    const themes = leader.locator('table.theme-plans');
    const kms = themes.locator('tr[data-theme="KMS"]');
    await kms.waitFor();
    // every quarter of 2025 is past (the tests' today): TW I planned output and is unreported
    expect(await kms.getAttribute('data-standing')).toBe('late');
    expect(await themes.locator('tr[data-theme]').count()).toBe(5);
    expect(problems).toEqual([]);
    await leader.close();
  });
});
