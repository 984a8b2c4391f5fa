import { syncOpenYears } from '@rapor/server/plan-sync';
import type { AreaCode } from '@rapor/shared/areas';
import type { TestApp } from './test-app';

/**
 * A demo copy in which the given groups have not drawn up their plan for the year yet (the
 * demo has every group's): their rows removed and what the plans score (A.1's facts, A.2)
 * synced again, as the hourly job would.
 */
export function withoutPlans(
  t: Pick<TestApp, 'db' | 'sqlite'>,
  year: number,
  areas: readonly AreaCode[],
) {
  t.sqlite
    .prepare(
      `DELETE FROM action_plans WHERE year = ? AND theme = '' AND area_code IN (${areas.map(() => '?').join(', ')})`,
    )
    .run(year, ...areas);
  syncOpenYears(t.db, TESTS_TODAY, new Date(`${TESTS_TODAY}T03:00:00Z`));
}

/** The tests' clock: the day the test app's `now` says (see test-app.ts). */
const TESTS_TODAY = '2026-11-24';

// A plan as a chair would enter it: two road-map rows, three actions (a1, a2, a3).
export const SAMPLE_PLAN = [
  {
    id: 'ku-04',
    mainActivity: 'KU-04',
    indicator: 'Nilai SAKIP kementerian',
    baselineYear: 2024,
    baselineTarget: '78',
    baselineRealisation: '77,6',
    target: '80',
    actions: [
      {
        id: 'a1',
        text: 'Menyusun cascading kinerja sampai eselon IV',
        outputIndicator: 'Dokumen cascading unit',
        outputUnit: 'dokumen',
        targets: [10, 10, 5, 5],
        budget: [50_000_000, 25_000_000, 25_000_000, 0],
        executingUnit: 'Biro Perencanaan',
        coordinatingUnit: 'Sekretariat Jenderal',
      },
      {
        id: 'a2',
        text: 'Evaluasi AKIP internal seluruh unit eselon I',
        outputIndicator: 'Laporan evaluasi',
        outputUnit: 'laporan',
        targets: [0, 4, 4, 4],
        budget: [0, 30_000_000, 30_000_000, 30_000_000],
        executingUnit: 'Inspektorat Jenderal',
        coordinatingUnit: 'Biro Perencanaan',
      },
    ],
  },
  {
    id: 'ku-17',
    mainActivity: 'KU-17',
    indicator: 'Jabatan kritikal dengan rencana suksesi',
    baselineYear: 2024,
    baselineTarget: '40%',
    baselineRealisation: '35%',
    target: '60%',
    actions: [
      {
        id: 'a3',
        text: 'Memetakan jabatan kritikal dan kandidat suksesor',
        outputIndicator: 'Peta talenta',
        outputUnit: 'dokumen',
        targets: [1, 0, 0, 1],
        budget: [20_000_000, 0, 0, 10_000_000],
        executingUnit: 'Biro SDM',
        coordinatingUnit: 'Sekretariat Jenderal',
      },
    ],
  },
];

// A theme's plan (RB Tematik, poverty reduction, led by YAN): rows name the problem tackled.
export const SAMPLE_THEME_PLAN = [
  {
    id: 'kms-1',
    problem: 'Bantuan sosial belum tepat sasaran karena data penerima tidak mutakhir',
    indicator: 'Data penerima bantuan yang dimutakhirkan',
    baselineYear: 2024,
    baselineTarget: '60%',
    baselineRealisation: '55%',
    target: '75%',
    actions: [
      {
        id: 't1',
        text: 'Memadankan data penerima dengan data kependudukan',
        outputIndicator: 'Kabupaten/kota yang datanya dipadankan',
        outputUnit: 'kabupaten/kota',
        targets: [100, 150, 150, 114],
        budget: [40_000_000, 40_000_000, 40_000_000, 20_000_000],
        executingUnit: 'Pusat Data dan Informasi',
        coordinatingUnit: 'Direktorat Jenderal Perlindungan dan Jaminan Sosial',
      },
      {
        id: 't2',
        text: 'Membuka kanal usul dan sanggah penerima bantuan',
        outputIndicator: 'Kanal yang beroperasi',
        outputUnit: 'kanal',
        targets: [0, 1, 0, 0],
        budget: [0, 15_000_000, 0, 0],
        executingUnit: 'Biro Hubungan Masyarakat',
        coordinatingUnit: 'Pusat Data dan Informasi',
      },
    ],
  },
];
