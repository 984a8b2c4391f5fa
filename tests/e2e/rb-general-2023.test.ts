import { deckPages } from '@rapor/shared/deck-pages';
import { arrangeSlides, deckSlides } from '@rapor/shared/forum';
import { Deck } from '@rapor/shared/forum-schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../helpers/action-plans';
import type { Browser } from '../helpers/browser';
import { startEmptyProduction } from '../helpers/empty-production';
import { figureRow, openYearWithAccounts } from '../helpers/secretariat-screens';
import { signedInPage } from '../helpers/signed-in-page';
import { mailHeader, startSmtp } from '../helpers/smtp';
import { APP_HEADERS } from '../helpers/test-app';

// A 2026 evaluation on the method in force since 2023 (PermenPANRB 9/2023), from an empty
// production database: the secretariat opens the year on pmprb-2023 and moves it to the 2024
// version (KepmenPANRB 182/2024's weights, targets baik, the predicate rule since 2023), leaves
// one item out as not applicable, enters every figure from other agencies with its source; the
// working groups enter the themes' strategies by their rubrics, with evidence, and submit; MP
// draws up an action plan of three actions, reports TW I and misses TW II, grades the plan's
// seven sub-criteria, and the evaluator grades them after it and verifies; leadership reads an
// index and a predicate equal to the sheet's arithmetic done here by hand.

/** Figures as the source reports them: value ÷ range maximum × weight, with the 2024 weights. */
const FIGURES: Record<string, [value: string, max: number, weight: number]> = {
  'B.H.1': ['80', 100, 2],
  'B.H.2': ['4', 5, 2],
  'B.H.3': ['3', 5, 4],
  'B.H.4': ['2', 3, 3],
  'B.H.5': ['75', 100, 4],
  'B.H.6': ['90', 100, 2],
  'B.H.7': ['3,5', 5, 2],
  'B.H.8': ['60', 100, 2],
  'B.H.9': ['95', 100, 2],
  'B.H.11': ['4', 5, 1.5],
  'B.H.12': ['70', 100, 1.5],
  'B.H.13': ['65', 100, 1.5],
  'B.H.14': ['3', 5, 1.5],
  'B.H.15': ['85', 100, 2],
  'B.S.1': ['300', 410, 4],
  'B.S.2': ['4,2', 5, 1.5],
  'B.S.3': ['88', 100, 1.5],
  'C.H.1': ['3,8', 5, 9],
  'C.H.2': ['90', 100, 3],
  'C.H.4': ['WTP', 1, 5],
  'C.H.5': ['80', 100, 4],
  'C.S.1': ['78', 100, 4],
  'C.S.2': ['76,34', 100, 10],
  'C.S.3': ['86', 100, 8],
};
/** Capaian IKU: counted times the SAKIP ratio (B.H.5 ÷ 100). */
const IKU: [value: string, weight: number] = ['92', 7];
const LEFT_OUT = { code: 'B.H.10', weight: 2, reason: 'Aset dikelola satuan kerja lain' };
const COEFFICIENT = '-1,5';
const IMPACTS: Record<string, string> = {
  'T.KMS.D': '80',
  'T.INV.D': '70',
  'T.DIG.D': '75',
  'T.PDN.D': '90',
  'T.INF.D': '85',
};
/** The working groups' own entries: each theme's strategy (MP's items come from its plan). */
const CHAIRS: [username: string, area: string, answers: Record<string, number>][] = [
  ['pokja-yan', 'YAN', { 'T.KMS.S': 90 }],
  ['pokja-ppu', 'PPU', { 'T.INV.S': 60 }],
  ['pokja-ttl', 'TTL', { 'T.DIG.S': 80 }],
  ['pokja-pws', 'PWS', { 'T.PDN.S': 75 }],
  ['pokja-akt', 'AKT', { 'T.INF.S': 70 }],
];
const THEME_WEIGHTS = { strategy: 0.8, impact: 1.2 };

/** MP's self-grading and the evaluator's of the seven sub-criteria (K1 … K7). */
const SELF_GRADES = ['B', 'B', 'Ya', 'A', 'B', 'C', 'A'] as const;
const EVALUATOR_GRADES = ['C', 'B', 'Ya', 'B', 'C', 'C', 'B'] as const;
/** A.1 as the guideline converts grades (A 1, B 0,75, C 0,5, D 0,25, E 0; Ya 1, Tidak 0). */
const converted = (grades: readonly string[]) =>
  (grades
    .map((g) => ({ A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0, Ya: 1, Tidak: 0 })[g] ?? Number.NaN)
    .reduce((a, b) => a + b, 0) /
    7) *
  100;
/** TW I as the MP chair reports it: the whole target of two actions, the third none due. */
const TW1_OUTPUT: Record<string, number> = { a1: 10, a3: 1 };

/** A.2 by hand: the average over actions of realised ÷ target for the quarters due today. */
function expectedImplementation(): number {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // WIB
  const deadlines = ['2026-04-10', '2026-07-10', '2026-10-10', '2027-01-10'];
  const due = deadlines.map((d) => d < today);
  const shares = SAMPLE_PLAN.flatMap((row) => row.actions).flatMap((a) => {
    const target = a.targets.reduce((sum, t, i) => sum + (due[i] ? t : 0), 0);
    const realised = due[0] ? (TW1_OUTPUT[a.id] ?? 0) : 0;
    return target > 0 ? [Math.min(1, realised / target)] : [];
  });
  return (shares.reduce((a, b) => a + b, 0) / shares.length) * 100;
}

const num = (text: string) => Number(text.replace(',', '.'));

/** Targets baik for a ministry, from the fact sheet: met when the value is at least this. */
const TARGETS: Record<string, number> = {
  'B.H.1': 80,
  'B.H.2': 4.01,
  'B.H.3': 3,
  'B.H.4': 2,
  'B.H.5': 60.01,
  'B.H.6': 81.1,
  'B.H.7': 3,
  'B.H.9': 88,
  'B.H.10': 3,
  'B.H.11': 4,
  'B.H.12': 65,
  'B.H.13': 70.01,
  'B.H.14': 2.6,
  'B.H.15': 70.01,
  'B.S.1': 250,
  'B.S.2': 3.51,
  'B.S.3': 78,
  'C.H.1': 2.6,
  'C.H.2': 90.01,
  'C.H.5': 75,
  'C.S.2': 77.5,
  'C.S.3': 76.61,
};

/** The items counted against their target (the one left out is not) and those that miss it. */
function targetCount(): { total: number; missed: string[] } {
  const counted = Object.keys(TARGETS).filter((code) => code !== LEFT_OUT.code);
  const missed = counted.filter((code) => num(FIGURES[code]?.[0] ?? '0') < (TARGETS[code] ?? 0));
  return { total: counted.length, missed };
}

/** The rule since 2023: AA from 100; above 80 A, or A- when an item misses its target. */
function expectedPredicate(index: number, missed: number): string {
  if (index >= 100) return 'AA';
  if (index > 80) return missed > 0 ? 'A-' : 'A';
  for (const [p, above] of [
    ['BB', 70],
    ['B', 60],
    ['CC', 50],
    ['C', 30],
  ] as const)
    if (index > above) return p;
  return 'D';
}

/** Index RB = RB General (rescaled over the applicable 98 points) + coefficient + Tematik. */
function expectedIndex(): number {
  let general = 0;
  for (const [value, max, weight] of Object.values(FIGURES)) {
    general += value === 'WTP' ? weight : (num(value) / max) * weight;
  }
  general += (num(IKU[0]) / 100) * (num(FIGURES['B.H.5']?.[0] ?? '0') / 100) * IKU[1];
  const chairs = Object.assign({}, ...CHAIRS.map(([, , a]) => a)) as Record<string, number>;
  // MP is verified: the evaluator's A.1 counts; A.2 is the reports' value (not overridden)
  general += (converted(EVALUATOR_GRADES) / 100) * 3 + (expectedImplementation() / 100) * 7;
  const rescaled = (general / (100 - LEFT_OUT.weight)) * 100;
  let tematik = 0;
  for (const [code, value] of Object.entries(IMPACTS)) {
    tematik += (num(value) / 100) * THEME_WEIGHTS.impact;
    tematik += ((chairs[code.replace(/\.D$/, '.S')] ?? 0) / 100) * THEME_WEIGHTS.strategy;
  }
  return Math.round((rescaled + num(COEFFICIENT) + tematik) * 100) / 100;
}

describe('a 2026 evaluation on PermenPANRB 9/2023 with the 2024 version, from an empty production database', () => {
  let server: { url: string; stop: () => void };
  const browsers: Browser[] = [];
  const problems: string[] = [];

  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startEmptyProduction({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'https://rapor.kemensos.example',
    });
  }, 90_000);
  afterAll(async () => {
    for (const b of browsers) await b.close();
    server?.stop();
    await smtp?.close();
  });

  const signIn = (username: string, password: string, heading: RegExp) =>
    signedInPage(server.url, { username, password, heading }, { browsers, problems });

  let admin: Page;

  it('the secretariat opens 2026 on pmprb-2023, creates the chairs and a leader, and moves the year to pmprb-2024', async () => {
    admin = await signIn('sekretariat', 'kata-sandi-kantor-rb-1', /Periode evaluasi/);
    await openYearWithAccounts(admin, 2026, 'pmprb-2023', [
      ...[['pokja-mp', 'MP'] as const, ...CHAIRS].map(([username, area]) => ({
        username,
        name: `Ketua Pokja ${area}`,
        role: 'chair' as const,
        area,
        email: `${username}@kemensos.example`,
      })),
      { username: 'pimpinan', name: 'Sekretaris Jenderal', role: 'leader' },
      { username: 'inspektorat', name: 'Inspektur', role: 'evaluator' },
    ]);
    await admin.goto(`${server.url}/admin/periods`);
    const offer = admin.getByTestId('rebind-2026');
    await offer.getByRole('button', { name: 'Pindah ke pmprb-2024' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Pindahkan periode 2026 ke pmprb-2024?' });
    await dialog.getByText(/Semua jawaban dan angka tahun 2026 tetap/).waitFor();
    await dialog.getByRole('button', { name: 'Pindah ke pmprb-2024' }).click();
    const row = admin
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: '2026' }) });
    await row.getByText('pmprb-2024', { exact: true }).waitFor();
    expect(await admin.getByTestId('rebind-2026').count()).toBe(0);
  });

  it('the secretariat leaves the asset index out with a reason and pastes every other figure with its source', async () => {
    await admin.goto(`${server.url}/figures?year=2026`);
    await admin.getByRole('heading', { level: 1, name: 'Angka bersumber 2026' }).waitFor();
    await admin.getByText('0 dari 32 angka terisi, 0 terverifikasi').waitFor();

    const left = figureRow(admin, LEFT_OUT.code);
    await left
      .getByRole('button', { name: `Tandai ${LEFT_OUT.code} tidak berlaku tahun ini` })
      .click();
    await left.getByLabel('Alasan butir ini tidak berlaku').fill(LEFT_OUT.reason);
    await left.getByRole('button', { name: 'Tandai tidak berlaku' }).click();
    await left.getByText(LEFT_OUT.reason).waitFor();
    await admin.getByText('0 dari 31 angka terisi, 0 terverifikasi').waitFor();

    const entries: [string, string][] = [
      ...Object.entries(FIGURES).map(([code, [value]]): [string, string] => [code, value]),
      ['C.H.3', IKU[0]],
      ['K.1', COEFFICIENT],
      ...Object.entries(IMPACTS),
    ];
    // the table the agencies send, pasted in one go: the source on the first row fills down
    const table = entries.map(([code, value], i) =>
      i === 0
        ? `${code}\t${value}\tRekap penilaian 2026\tKemenPANRB\t20/01/2027`
        : `${code}\t${value}`,
    );
    const paste = admin.getByTestId('paste-figures');
    await paste.locator('summary').click();
    await paste.getByLabel('Tabel yang ditempel').fill(['Kode\tNilai', ...table].join('\n'));
    await paste.getByText(`${entries.length} baris terbaca, 0 perlu diperbaiki`).waitFor();
    await paste.getByRole('button', { name: `Simpan ${entries.length} angka` }).click();
    await paste.getByText(`${entries.length} angka tersimpan.`).waitFor();
    await admin.getByText('31 dari 31 angka terisi, 0 terverifikasi').waitFor();
    // Capaian IKU says what it is multiplied by.
    await figureRow(admin, 'C.H.3').getByText('dikali skor B.H.5: 0,75').waitFor();
    // each figure with a target says whether it meets it: SPI 76,34 misses 77,5
    expect(
      await figureRow(admin, 'C.S.2').locator('[data-target]').getAttribute('data-target'),
    ).toBe('missed');
    await figureRow(admin, 'C.S.2').getByText('belum tercapai (98,50%)').waitFor();
    expect(
      await figureRow(admin, 'B.S.1').locator('[data-target]').getAttribute('data-target'),
    ).toBe('met');
  });

  it('the evaluator verifies every figure in one go', async () => {
    const evaluator = await signIn('inspektorat', 'kata-sandi-rahasia-2026', /Antrean reviu/);
    await evaluator.goto(`${server.url}/figures?year=2026`);
    const bulk = evaluator.getByTestId('bulk-verify');
    await bulk.getByRole('button', { name: 'Pilih semua yang belum diverifikasi (31)' }).click();
    await bulk.getByRole('button', { name: 'Verifikasi 31 angka terpilih' }).click();
    await bulk.getByText('31 angka terverifikasi.').waitFor();
    await evaluator.getByText('31 dari 31 angka terisi, 31 terverifikasi').waitFor();
  });

  it('MP plans three actions, reports TW I, misses TW II, grades its plan and submits', async () => {
    const chair = await signIn('pokja-mp', 'kata-sandi-rahasia-2026', /Lembar kerja .* 2026/);
    const planUrl = `${server.url}/api/v1/periods/2026/areas/MP/action-plan`;
    const saved = await chair.request.put(planUrl, {
      headers: APP_HEADERS,
      data: { version: 0, activities: SAMPLE_PLAN },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const reported = await chair.request.post(`${planUrl}/quarters/1`, {
      headers: APP_HEADERS,
      data: {
        version: (await saved.json()).version,
        reports: Object.entries(TW1_OUTPUT).map(([actionId, output]) => ({
          actionId,
          output,
          budget: 20_000_000,
          evidence: [
            {
              label: `Laporan TW I ${actionId}`,
              url: `https://data.kemensos.example/2026/tw1-${actionId}.pdf`,
            },
          ],
        })),
      },
    });
    expect(reported.status(), await reported.text()).toBe(200);
    // TW II is past its deadline unreported: late on the plan and under the chair's header
    await chair.goto(`${server.url}/plan/2026/MP`);
    await chair
      .locator('.plan-quarters tr[data-state="late"]')
      .filter({ has: chair.getByRole('rowheader', { name: 'TW II', exact: true }) })
      .waitFor();
    await chair
      .getByText(/Rencana aksi MP: laporan TW II.* terlambat/)
      .first()
      .waitFor();

    await chair.getByRole('link', { name: 'Penilaian rencana aksi (A.1, A.2)' }).click();
    await chair.getByRole('heading', { level: 1, name: 'Penilaian rencana aksi 2026' }).waitFor();
    // what the plans count beside the criterion: 2 of the 21 main activities
    await chair.locator('tr[data-criterion="K1"]').getByText('2 dari 21').waitFor();
    for (const [i, grade] of SELF_GRADES.entries()) {
      await chair
        .locator(`tr[data-criterion="K${i + 1}"]`)
        .getByRole('combobox')
        .selectOption(grade);
    }
    const a1 = converted(SELF_GRADES);
    await chair.getByText(`A.1 dari penilaian ini: ${a1.toFixed(2).replace('.', ',')}`).waitFor();
    await chair.getByRole('button', { name: 'Simpan penilaian mandiri' }).click();
    await chair.getByText('Penilaian tersimpan; A.1 dan indeks sudah dihitung ulang.').waitFor();
    await chair
      .getByTestId('grading-a2')
      .getByText(expectedImplementation().toFixed(2).replace('.', ','))
      .waitFor();

    // the worksheet shows both as computed; the chair attaches the plan as evidence and submits
    await chair.goto(`${server.url}/entry/2026/MP`);
    // the chair's home lists the late report with its deadline
    await chair
      .locator('.plan-reports-due li[data-state="late"]')
      .filter({ hasText: 'TW II: tenggat 10 Jul 2026' })
      .waitFor();
    for (const code of ['A.1', 'A.2']) {
      const box = chair.locator(`#ind-${code.replace('.', '\\.')}`);
      await box.locator('.from-plan').waitFor();
      expect(await box.locator('input[inputmode=decimal]').count()).toBe(0);
      await box.getByLabel('Nama dokumen').fill(`Rencana aksi ${code}`);
      await box.getByLabel('Tautan dokumen').fill(`https://data.kemensos.example/2026/${code}.pdf`);
      await box.getByRole('button', { name: 'Tambah data dukung' }).click();
      await box.getByRole('link', { name: `Rencana aksi ${code}` }).waitFor();
    }
    await chair
      .locator('#ind-A\\.1 .from-plan')
      .getByText(a1.toFixed(2).replace('.', ','))
      .waitFor();
    await chair.getByText('2 dari 2 indikator terisi, 2 dengan data dukung').waitFor();
    await chair.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await chair.getByRole('button', { name: 'Ajukan untuk reviu' }).click();
    await chair.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
    await chair.getByText('Diajukan', { exact: true }).first().waitFor();
  });

  it('the secretariat sees MP late on the board and sends the reminders: the chair gets one', async () => {
    await admin.goto(`${server.url}/admin/periods`);
    const board = admin.getByTestId('plan-deadlines-2026');
    await board.getByText(/Rencana aksi, laporan terlambat: MP \(TW II/).waitFor();
    await board.getByRole('button', { name: 'Kirim pengingat e-mail sekarang' }).click();
    await board.getByText('1 e-mail pengingat terkirim; 0 gagal.').waitFor();
    const mail = smtp.received.find((m) => m.to.includes('pokja-mp@kemensos.example'));
    expect(mailHeader(mail?.raw ?? '', 'subject')).toMatch(
      /^Rapor RB: rencana aksi MP 2026 — laporan TW II.* terlambat$/,
    );
    expect(mail?.raw).toContain('https://rapor.kemensos.example/plan/2026/MP');
    // the other chairs have no plan yet and nothing late: no mail to them
    expect(smtp.received).toHaveLength(1);
  });

  it('the evaluator grades the plan after MP, and verifies MP', async () => {
    const evaluator = await signIn('inspektorat', 'kata-sandi-rahasia-2026', /Antrean reviu/);
    await evaluator.goto(`${server.url}/plan/2026/penilaian`);
    await evaluator
      .getByRole('heading', { level: 1, name: 'Penilaian rencana aksi 2026' })
      .waitFor();
    for (const [i, grade] of EVALUATOR_GRADES.entries()) {
      const row = evaluator.locator(`tr[data-criterion="K${i + 1}"]`);
      await row.getByRole('combobox').selectOption(grade);
      if (grade !== SELF_GRADES[i]) {
        await row.getByRole('textbox').fill('Dokumen pendukung belum mencukupi.');
      }
    }
    await evaluator.getByRole('button', { name: 'Simpan penilaian evaluator' }).click();
    await evaluator
      .getByText('Penilaian tersimpan; A.1 dan indeks sudah dihitung ulang.')
      .waitFor();
    await evaluator
      .getByTestId('grading-a1')
      .getByText(converted(EVALUATOR_GRADES).toFixed(2).replace('.', ','))
      .waitFor();
    await evaluator.goto(`${server.url}/review/2026/MP`);
    await evaluator.getByRole('button', { name: 'Verifikasi' }).click();
    await evaluator.getByRole('dialog').getByRole('button', { name: 'Verifikasi' }).click();
    await evaluator.getByText('Terverifikasi', { exact: true }).first().waitFor();
  });

  it('each working group enters its own items with evidence and submits', async () => {
    for (const [username, area, answers] of CHAIRS) {
      const chair = await signIn(username, 'kata-sandi-rahasia-2026', /Lembar kerja .* 2026/);
      for (const [code, value] of Object.entries(answers)) {
        const box = chair.locator(`#ind-${code.replaceAll('.', '\\.')}`);
        await box.locator('input[inputmode=decimal]').fill(String(value));
        // the rubric is open beside the value, the level it falls in marked as the chair's
        const top = Math.ceil(value / 20) * 20;
        await box
          .getByTestId('rubric')
          .locator('li.chosen .option-code')
          .getByText(top === 20 ? '0–20' : `> ${top - 20}–${top}`, { exact: true })
          .waitFor();
        await box.getByLabel('Nama dokumen').fill(`Bukti ${code}`);
        await box
          .getByLabel('Tautan dokumen')
          .fill(`https://data.kemensos.example/2026/${code}.pdf`);
        await box.getByRole('button', { name: 'Tambah data dukung' }).click();
        await box.getByRole('link', { name: `Bukti ${code}` }).waitFor();
      }
      const n = Object.keys(answers).length;
      await chair.getByText(`${n} dari ${n} indikator terisi, ${n} dengan data dukung`).waitFor();
      await chair.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
      await chair.getByRole('button', { name: 'Ajukan untuk reviu' }).click();
      await chair.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
      await chair.getByText('Diajukan', { exact: true }).first().waitFor();
      expect(area).toBeTruthy();
    }
  });

  it('leadership reads the index the sheet gives: RB General rescaled + coefficient + Tematik', async () => {
    const leader = await signIn(
      'pimpinan',
      'kata-sandi-rahasia-2026',
      /Ikhtisar Reformasi Birokrasi 2026/,
    );
    const expected = expectedIndex();
    expect(expected).toBeGreaterThan(0);
    expect(await leader.getByTestId('index-value').textContent()).toBe(
      expected.toFixed(2).replace('.', ','),
    );
    expect(await leader.getByTestId('component-GENERAL').textContent()).toMatch(/\/ 100$/);
    const table = leader.getByRole('table', { name: 'Rincian komponen 2026' });
    await table.getByRole('row', { name: /^RB General/ }).waitFor();
    await table
      .getByRole('row', { name: /Koefisien/ })
      .getByText('−1,50')
      .waitFor();
    await table
      .getByRole('row', { name: /Indeks RB 2026/ })
      .getByText('110,00')
      .waitFor();
    expect(await leader.getByTestId('rescaled-note').textContent()).toContain(
      'RB General diskalakan ulang dari 98,00 poin yang berlaku ke 100',
    );
    // the predicate by the rule since 2023, lowered for the items below their target baik
    const { total, missed } = targetCount();
    expect(missed.length).toBeGreaterThan(0);
    const predicate = expectedPredicate(expected, missed.length);
    expect(predicate).toBe('A-');
    expect(
      await leader
        .getByTestId('predicate')
        .locator('[data-predicate]')
        .getAttribute('data-predicate'),
    ).toBe(predicate);
    expect(await leader.getByTestId('target-baik').textContent()).toContain(
      `${total - missed.length} dari ${total} butir mencapai target baik`,
    );
    expect(await leader.getByTestId('predicate-lowered').textContent()).toBe(
      `A-, bukan A: ${missed.length} butir di bawah target baik`,
    );
    await leader.getByTestId('predicate-assumed').waitFor();
    // the year between forums: MP's plan, late with TW II, on the leader's overview
    await leader
      .getByText(/laporan terlambat: TW II/)
      .first()
      .waitFor();
    // and on the forum deck: MP's third slide is its plan, TW II late on its actions
    const deck = Deck.parse(
      await (await leader.request.get(`${server.url}/api/v1/periods/2026/deck`)).json(),
    );
    const given = (
      await (await leader.request.get(`${server.url}/api/v1/directions?year=2026`)).json()
    ).directions;
    // the slides as the deck shows them, continuations included
    const slides = deckPages(deck, arrangeSlides(deckSlides(deck), null), given);
    expect(slides.filter((x) => x.kind === 'area-plan')).toMatchObject([
      { kind: 'area-plan', area: 'MP' },
    ]);
    const n = slides.findIndex((x) => x.kind === 'area-plan') + 1;
    await leader.goto(`${server.url}/present/2026#/${n}`);
    const slide = leader.locator('.deck-stage .slide-area-plan');
    await slide.getByText('Area perubahan MP · Rencana aksi 2026').waitFor();
    expect(await slide.locator('.plan-rows tbody tr').count()).toBe(3);
    expect(
      (await slide.locator('.plan-quarters li[data-state="late"]').allTextContents()).join(' '),
    ).toContain('TW II');
    await slide.getByText('Terlambat TW II').first().waitFor();
    expect(problems).toEqual([]);
  });
});
