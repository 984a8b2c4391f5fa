import { FrameworkDto, type FrameworkNodeDto } from '@rapor/shared/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../helpers/browser';
import { startEmptyProduction } from '../helpers/empty-production';
import { enterFigure, openYearWithAccounts } from '../helpers/secretariat-screens';
import { signedInPage } from '../helpers/signed-in-page';

// A whole evaluation year in the browser, from an empty production database: the secretariat
// opens 2026 and creates the people, the SDM chair fills in and submits, the evaluator returns
// two indicators, the chair fixes only those, the evaluator verifies; the secretariat enters
// the sourced figures, the evaluator verifies them, the year is closed, and leadership sees an
// index equal to a recomputation made here, independently of the app's scoring code.

const SDM_ANSWERS: Record<string, string | number> = {
  'PM.SDM.a': 'A',
  'PM.SDM.b': 'C',
  'PM.SDM.c': 'A',
  'PM.SDM.d': 80,
  'PM.SDM.e': 'A',
  'RF.SDM.a': 'B',
  'RF.SDM.b': 'A',
  'RF.SDM.c': 'D',
  'RF.SDM.d': 'A',
};
/** What the chair changes after the return, and the one value the evaluator sets otherwise. */
const FIXES: Record<string, string> = { 'PM.SDM.b': 'B', 'RF.SDM.c': 'B' };
const EVALUATOR: Record<string, string> = { 'RF.SDM.a': 'C' };
const FIGURES: Record<string, string> = {
  'H20.1.a': '80',
  'H20.1.b': 'WTP',
  'H20.1.c': '95,5',
  'H20.2.a': '85',
  'H20.2.b': '88',
  'H20.3.a': '78',
  'H20.4.a': '90',
  'HA.PPU.a': '70',
  'HA.ORG.a': '80',
  'HA.TTL.a': '3,5',
  'HA.SDM.a': '300',
  'HA.SDM.b': '75',
  'HA.PWS.a': '3',
  'HA.PWS.b': '4',
  'HA.YAN.a': '4',
};

/** The worksheet conversions as PermenPANRB 26/2020 states them, written out here on purpose. */
function fraction(node: FrameworkNodeDto, raw: string | number): number {
  const answer = node.answer;
  if (!answer) return 0;
  const value = typeof raw === 'string' ? raw.replace(',', '.') : raw;
  switch (answer.type) {
    case 'scale': {
      const letters = answer.scale === 'A-E' ? 'ABCDE' : answer.scale === 'A-D' ? 'ABCD' : 'ABC';
      const steps = letters.length - 1;
      const fractions = answer.scale === 'A-D' ? [1, 0.67, 0.33, 0] : null;
      const i = letters.indexOf(String(value));
      return fractions ? (fractions[i] ?? 0) : (steps - i) / steps;
    }
    case 'percent':
      return Number(value) / 100;
    case 'number':
      return (Number(value) - answer.min) / (answer.max - answer.min);
    case 'choice':
      return String(value) === 'WTP' ? 1 : 0;
    default:
      return value === 'Ya' ? 1 : 0;
  }
}

function expectedIndex(framework: FrameworkDto): number {
  const values: Record<string, string | number> = {
    ...SDM_ANSWERS,
    ...FIXES,
    ...EVALUATOR,
    ...FIGURES,
  };
  let total = 0;
  const walk = (nodes: readonly FrameworkNodeDto[]) => {
    for (const n of nodes) {
      if (n.answer && values[n.code] !== undefined)
        total += n.weight * fraction(n, values[n.code] as string);
      if (n.children) walk(n.children);
    }
  };
  walk(framework.components);
  return Math.round(total * 100) / 100;
}

describe('a whole evaluation year in the browser, from an empty production database', () => {
  let server: { url: string; stop: () => void };
  const browsers: Browser[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startEmptyProduction();
  }, 90_000);
  afterAll(async () => {
    for (const b of browsers) await b.close();
    server?.stop();
  });

  const signIn = (username: string, password: string, heading: RegExp) =>
    signedInPage(server.url, { username, password, heading }, { browsers, problems });
  const id = (code: string) => `#ind-${code.replaceAll('.', '\\.')}`;
  const choose = async (page: Page, code: string, value: string | number) => {
    const box = page.locator(id(code));
    if (typeof value === 'number')
      await box.locator('input[inputmode=decimal]').fill(String(value));
    else await box.locator(`input[type=radio][value="${value}"]`).check();
  };

  let admin: Page;
  let chair: Page;
  let evaluator: Page;

  it('the secretariat opens 2026 and creates the chair, the evaluator and a leader', async () => {
    admin = await signIn('sekretariat', 'kata-sandi-kantor-rb-1', /Periode evaluasi/);
    await openYearWithAccounts(admin, 2026, 'pmprb-2021', [
      { username: 'ani', name: 'Ani Lestari', role: 'chair', area: 'SDM' },
      { username: 'budi', name: 'Budi Santoso', role: 'evaluator' },
      { username: 'pimpinan', name: 'Sekretaris Jenderal', role: 'leader' },
    ]);
  });

  it('the chair answers every indicator with evidence (one uploaded), adds an achievement and a follow-up, submits', async () => {
    chair = await signIn(
      'ani',
      'kata-sandi-rahasia-2026',
      /Lembar kerja Penataan Sistem Manajemen SDM 2026/,
    );
    for (const [code, value] of Object.entries(SDM_ANSWERS)) {
      await choose(chair, code, value);
      const box = chair.locator(id(code));
      if (code === 'PM.SDM.a') {
        await box.locator('input[type=file]').setInputFiles({
          name: 'SK analisis jabatan.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n%%EOF'),
        });
        await box.getByRole('link', { name: 'SK analisis jabatan.pdf' }).waitFor();
      } else {
        await box.getByLabel('Nama dokumen').fill(`Bukti ${code}`);
        await box
          .getByLabel('Tautan dokumen')
          .fill(`https://data.kemensos.example/2026/${code}.pdf`);
        await box.getByRole('button', { name: 'Tambah data dukung' }).click();
        await box.getByRole('link', { name: `Bukti ${code}` }).waitFor();
      }
    }
    await chair.getByText('9 dari 9 indikator terisi, 9 dengan data dukung').waitFor();
    await chair.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await chair.getByLabel('Judul capaian').fill('Seleksi terbuka JPT pratama 2026 berbasis merit');
    await chair.getByRole('button', { name: 'Tambah capaian' }).click();
    await chair.getByText('Seleksi terbuka JPT pratama 2026 berbasis merit').first().waitFor();
    const recs = chair.getByRole('region', { name: 'Rekomendasi dan tindak lanjutnya' });
    await recs
      .getByLabel('Rekomendasi', { exact: true })
      .fill('Petakan talenta untuk jabatan kritikal');
    await recs.getByLabel('Unit penanggung jawab').fill('Biro Organisasi dan SDM');
    await recs.getByRole('button', { name: 'Terbitkan rekomendasi' }).click();
    const rec = recs.locator('li.item-card').filter({ hasText: 'Petakan talenta' });
    await rec.getByLabel('Tindak lanjut').fill('Kerangka acuan pemetaan talenta disusun');
    await rec.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await rec.getByText('Terakhir: Kerangka acuan pemetaan talenta disusun').waitFor();
    await chair.getByRole('button', { name: 'Ajukan untuk reviu' }).click();
    const dialog = chair.getByRole('dialog');
    await dialog.getByText('Semua indikator terisi dan berdata dukung.').waitFor();
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await chair.getByText('Diajukan', { exact: true }).first().waitFor();
    // Locked now, the worksheet tells its history in words.
    const history = chair.getByRole('region', { name: 'Riwayat perubahan' });
    await history.getByText(/mengajukan 2026 SDM untuk reviu/).waitFor();
    await history.getByText(/mencatat tindak lanjut \(Dikerjakan\)/).waitFor();
    await history.getByText(/mengunggah data dukung “SK analisis jabatan.pdf”/).waitFor();
  });

  it('the evaluator returns two indicators with reasons', async () => {
    evaluator = await signIn('budi', 'kata-sandi-rahasia-2026', /Antrean reviu/);
    await evaluator.getByRole('link', { name: /SDM Penataan Sistem Manajemen SDM/ }).click();
    await evaluator
      .getByRole('heading', { level: 1, name: /Reviu Penataan Sistem Manajemen SDM 2026/ })
      .waitFor();
    for (const code of Object.keys(FIXES)) {
      const row = evaluator.locator(`#rev-${code.replaceAll('.', '\\.')}`);
      await row.getByLabel('Kembalikan indikator ini').check();
      await row
        .getByLabel(`Alasan mengembalikan ${code}`)
        .fill(`Bukti ${code} belum mendukung jawaban`);
    }
    await evaluator.getByRole('button', { name: 'Kembalikan 2 indikator' }).click();
    const dialog = evaluator.getByRole('dialog');
    await dialog
      .getByLabel('Catatan untuk ketua pokja (wajib)')
      .fill('Dua indikator perlu ditinjau ulang');
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await evaluator.getByText('Dikembalikan', { exact: true }).first().waitFor();
  });

  it('the chair sees only those two unlocked, fixes them and resubmits', async () => {
    await chair.reload();
    await chair.getByText('Bukti PM.SDM.b belum mendukung jawaban').waitFor();
    expect(await chair.locator(`${id('PM.SDM.a')} input:enabled`).count()).toBe(0);
    expect(await chair.locator(`${id('RF.SDM.d')} input:enabled`).count()).toBe(0);
    for (const [code, value] of Object.entries(FIXES)) await choose(chair, code, value);
    await chair.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await chair.getByRole('button', { name: 'Ajukan untuk reviu' }).click();
    await chair.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
    await chair.getByText('Diajukan', { exact: true }).first().waitFor();
  });

  it('the evaluator sees what changed, sets one value of their own and verifies', async () => {
    await evaluator.reload();
    const since = evaluator.getByRole('region', { name: /Perubahan sejak dikembalikan/ });
    for (const code of Object.keys(FIXES)) await since.getByRole('link', { name: code }).waitFor();
    expect(await since.getByRole('row').count()).toBe(3); // header + the two changed answers
    for (const [code, value] of Object.entries(EVALUATOR)) {
      await evaluator.getByLabel(`Nilai evaluator untuk ${code}`).selectOption(value);
    }
    await evaluator.getByText(/Selisih: 0,47/).waitFor();
    await evaluator.getByRole('button', { name: 'Verifikasi' }).click();
    await evaluator.getByRole('dialog').getByRole('button', { name: 'Verifikasi' }).click();
    await evaluator.getByText('Terverifikasi', { exact: true }).first().waitFor();
  });

  it('the secretariat enters every sourced figure with its source; the evaluator verifies them', async () => {
    await admin.goto(`${server.url}/figures?year=2026`);
    await admin.getByRole('heading', { level: 1, name: 'Angka bersumber 2026' }).waitFor();
    for (const [code, value] of Object.entries(FIGURES))
      await enterFigure(admin, 2026, code, value);
    await admin.getByText('15 dari 15 angka terisi, 0 terverifikasi').waitFor();

    await evaluator.goto(`${server.url}/figures?year=2026`);
    for (const code of Object.keys(FIGURES)) {
      const row = evaluator.locator(`#fig-${code.replaceAll('.', '\\.')}`);
      await row.getByRole('button', { name: 'Verifikasi' }).click();
      await row.getByText('Terverifikasi').waitFor();
    }
    await evaluator.getByText('15 dari 15 angka terisi, 15 terverifikasi').waitFor();
  });

  it('the secretariat closes 2026; leadership reads an index equal to an independent recomputation', async () => {
    await admin.goto(`${server.url}/admin/periods`);
    await admin.getByRole('button', { name: 'Mulai reviu' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Mulai reviu' }).click();
    await admin.getByRole('button', { name: 'Tutup periode' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Tutup periode 2026?' });
    await dialog.getByText(/Tindakan ini tidak dapat dibatalkan/).waitFor();
    // only SDM was verified: the seven others are named before the year can close
    await dialog.getByText('7 area belum diverifikasi.', { exact: false }).waitFor();
    const confirm = dialog.getByRole('button', { name: 'Tutup periode' });
    expect(await confirm.isDisabled()).toBe(true);
    const reasons = dialog.getByLabel(/^Alasan menutup \w+ tanpa verifikasi/);
    expect(await reasons.count()).toBe(7);
    for (const field of await reasons.all())
      await field.fill('Tidak diajukan sampai batas waktu forum');
    await confirm.click();
    const row = admin.getByRole('row').filter({ hasText: '2026' });
    await row.getByText('Ditutup', { exact: true }).waitFor();
    await row.getByText('7 area ditutup tanpa verifikasi').waitFor();

    const framework = FrameworkDto.parse(
      await (await fetch(`${server.url}/api/v1/frameworks/pmprb-2021`)).json(),
    );
    const expected = expectedIndex(framework);
    const leader = await signIn(
      'pimpinan',
      'kata-sandi-rahasia-2026',
      /Ikhtisar Reformasi Birokrasi 2026/,
    );
    expect(await leader.getByTestId('index-value').textContent()).toBe(
      expected.toFixed(2).replace('.', ','),
    );
    expect(problems).toEqual([]);
  });
});
