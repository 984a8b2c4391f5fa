import { describe, expect, it } from 'vitest';
import { planColumns, planRows, readPlanSheet } from './plan-file';
import type { PlanActivity } from './schemas/action-plans';

const report = (output: number) => ({
  output,
  budget: 1_000,
  evidence: [{ label: 'Bukti', url: 'https://contoh.go.id/b.pdf' }],
  note: 'catatan',
  reportedAt: '2026-04-05T02:00:00.000Z',
  reportedBy: 'Ketua',
});

const STORED: PlanActivity[] = [
  {
    id: 'r1',
    mainActivity: 'KU-04',
    indicator: 'Nilai SAKIP kementerian',
    baselineYear: 2025,
    baselineTarget: '78',
    baselineRealisation: '77,6',
    target: '80',
    actions: [
      {
        id: 'a1',
        text: 'Menyusun cascading kinerja',
        outputIndicator: 'Dokumen cascading',
        outputUnit: 'dokumen',
        targets: [2, 2, 1, 1],
        budget: [10, 10, 5, 5],
        executingUnit: 'Biro Perencanaan',
        coordinatingUnit: 'Sekretariat Jenderal',
        realised: [report(2), null, null, null],
      },
      {
        id: 'a2',
        text: 'Evaluasi AKIP internal',
        outputIndicator: 'Laporan evaluasi',
        outputUnit: 'laporan',
        targets: [0, 1, 1, 1],
        budget: [0, 5, 5, 5],
        executingUnit: 'Inspektorat Jenderal',
        coordinatingUnit: 'Biro Perencanaan',
        realised: [null, null, null, null],
      },
    ],
  },
];

const STAMP = { at: '2026-07-01T00:00:00.000Z', by: 'Ketua', today: '2026-07-01', year: 2026 };
const sheetOf = (activities: PlanActivity[], locale: 'id' | 'en' = 'id') => [
  ['Rencana aksi'],
  [],
  planColumns(locale),
  ...planRows(activities, locale),
];

describe('reading a plan sheet back', () => {
  it('reads the rows it writes as the same plan, ids and reports kept, in either language', () => {
    for (const locale of ['id', 'en'] as const) {
      const read = readPlanSheet('MP', sheetOf(STORED, locale), STORED, STAMP);
      expect(read).toEqual({ ok: true, activities: STORED, changes: [] });
    }
  });

  it('takes a report, an added and a removed action, keeping what a cell left empty held', () => {
    const rows = sheetOf(STORED);
    const a1 = rows[3] as (string | number | null)[];
    a1[22] = 3; // TW II realised output
    const a2 = [...(rows[4] as (string | number | null)[])];
    a2[6] = 'Aksi baru dari berkas';
    const read = readPlanSheet('MP', [...rows.slice(0, 4), a2], STORED, STAMP);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const [first, second] = read.activities[0]?.actions ?? [];
    expect(first?.realised[0]).toEqual(report(2));
    expect(first?.realised[1]).toEqual({
      output: 3,
      budget: 0,
      evidence: [],
      note: null,
      reportedAt: STAMP.at,
      reportedBy: 'Ketua',
    });
    expect(second?.id).not.toBe('a2');
    expect(read.changes).toEqual([
      { row: 4, action: 'Menyusun cascading kinerja', what: 'reported', quarter: 2 },
      { row: 5, action: 'Aksi baru dari berkas', what: 'added' },
      { row: null, action: 'Evaluasi AKIP internal', what: 'removed' },
    ]);
  });

  it('names every bad cell and takes nothing: a quarter not begun, a missing code, a bad amount', () => {
    const rows = sheetOf(STORED);
    const a1 = rows[3] as (string | number | null)[];
    a1[0] = 'tanpa kode';
    a1[10] = '-1';
    a1[24] = 1; // TW IV realised, in July
    const read = readPlanSheet('MP', rows, STORED, STAMP);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Kegiatan utama'],
      [4, 'Target output TW II'],
      [4, 'Realisasi output TW IV'],
    ]);
  });

  it('reads a theme’s sheet: the first column is the problem tackled, never a main activity code', () => {
    const { mainActivity: _, ...row } = STORED[0] as PlanActivity;
    const theme: PlanActivity[] = [{ ...row, problem: 'Data penerima bantuan tidak mutakhir' }];
    const read = readPlanSheet('T.KMS', sheetOf(theme), theme, STAMP, 'theme');
    expect(read).toEqual({ ok: true, activities: theme, changes: [] });
    // read as a group's plan, the same sheet lacks its main activity codes
    const asGroup = readPlanSheet('T.KMS', sheetOf(theme), theme, STAMP);
    expect(asGroup.ok).toBe(false);
    const empty = sheetOf(theme).map((r, i) => (i === 3 ? ['', ...r.slice(1)] : r));
    const refused = readPlanSheet('T.KMS', empty, theme, STAMP, 'theme');
    expect(!refused.ok && refused.errors[0]).toMatchObject({
      row: 4,
      column: planColumns('id')[0],
      message: expect.stringContaining('masalah yang ditangani'),
    });
  });

  it('refuses a sheet without the template’s header', () => {
    const read = readPlanSheet('MP', [['Kode', 'Nilai']], STORED, STAMP);
    expect(read).toMatchObject({ ok: false, errors: [{ sheet: 'MP' }] });
  });
});
