import { defaultDeadlines, type MainActivityCode, planProgress } from '@rapor/shared/action-plan';
import type { PlanActivity } from '@rapor/shared/action-plan-schemas';
import { AREA_CODES, type AreaCode } from '@rapor/shared/areas';
import { type Framework, indicators } from '@rapor/shared/framework';
import {
  emptyGrades,
  gradeScore,
  PLAN_CRITERIA,
  type PlanCriterionCode,
  type PlanGrade,
  type PlanGrades,
} from '@rapor/shared/plan-grading';

// Invented demo action plans (not the ministry's): each working group's road-map rows and
// actions, and what each quarter realised. 2024 is fully reported; in the forum year 2025 PWS
// and SDM are late from TW III, and the groups that did not send TW IV by its January deadline
// are late with it.

type Row = [
  main: MainActivityCode,
  indicator: string,
  baseline: [target: string, realisation: string],
  target: string,
  actions: [
    text: string,
    output: string,
    unit: string,
    perQuarter: number,
    budget: number,
    unit2: string,
  ][],
];

const ROWS: Record<AreaCode, Row[]> = {
  MP: [
    [
      'KU-01',
      'Unit kerja dengan peta proses bisnis mutakhir',
      ['70%', '68%'],
      '85%',
      [
        [
          'Memutakhirkan peta proses bisnis eselon I',
          'Peta proses bisnis',
          'dokumen',
          3,
          40_000_000,
          'Biro Organisasi dan Tata Laksana',
        ],
        [
          'Agen perubahan mengawal inovasi unit',
          'Inovasi yang diterapkan',
          'inovasi',
          2,
          25_000_000,
          'Sekretariat Jenderal',
        ],
      ],
    ],
  ],
  PPU: [
    [
      'KU-11',
      'Rancangan peraturan yang melalui analisis dampak',
      ['60%', '55%'],
      '80%',
      [
        [
          'Menyusun analisis dampak rancangan peraturan',
          'Naskah analisis',
          'naskah',
          2,
          30_000_000,
          'Biro Hukum',
        ],
        [
          'Evaluasi peraturan yang tumpang tindih',
          'Peraturan dievaluasi',
          'peraturan',
          5,
          20_000_000,
          'Biro Hukum',
        ],
      ],
    ],
    [
      'KU-10',
      'Kebijakan yang disusun berbasis bukti',
      ['50%', '48%'],
      '70%',
      [
        [
          'Kajian kebijakan sebelum penetapan',
          'Kajian kebijakan',
          'kajian',
          1,
          35_000_000,
          'Pusat Kajian Kebijakan',
        ],
      ],
    ],
  ],
  ORG: [
    [
      'KU-01',
      'Jabatan struktural yang disederhanakan',
      ['90%', '88%'],
      '95%',
      [
        [
          'Menyetarakan jabatan administrasi ke fungsional',
          'Jabatan disetarakan',
          'jabatan',
          20,
          15_000_000,
          'Biro Organisasi dan Tata Laksana',
        ],
        [
          'Evaluasi kelembagaan unit pelaksana teknis',
          'Laporan evaluasi kelembagaan',
          'laporan',
          1,
          45_000_000,
          'Biro Organisasi dan Tata Laksana',
        ],
      ],
    ],
  ],
  TTL: [
    [
      'KU-03',
      'Layanan internal yang terintegrasi SPBE',
      ['55%', '52%'],
      '75%',
      [
        [
          'Mengintegrasikan aplikasi layanan kepegawaian',
          'Aplikasi terintegrasi',
          'aplikasi',
          2,
          120_000_000,
          'Pusat Data dan Informasi',
        ],
        [
          'Menyusun arsitektur SPBE kementerian',
          'Dokumen arsitektur',
          'dokumen',
          1,
          60_000_000,
          'Pusat Data dan Informasi',
        ],
      ],
    ],
    [
      'KU-12',
      'Arsip yang dialihmediakan',
      ['40%', '35%'],
      '60%',
      [
        [
          'Alih media arsip vital',
          'Berkas dialihmediakan',
          'ribu berkas',
          5,
          50_000_000,
          'Biro Umum',
        ],
      ],
    ],
  ],
  SDM: [
    [
      'KU-17',
      'Jabatan kritikal dengan rencana suksesi',
      ['40%', '35%'],
      '60%',
      [
        [
          'Memetakan talenta pejabat administrator',
          'Peta talenta',
          'dokumen',
          1,
          30_000_000,
          'Biro Sumber Daya Manusia',
        ],
        [
          'Uji kompetensi jabatan pimpinan tinggi',
          'Pegawai diuji',
          'orang',
          40,
          55_000_000,
          'Biro Sumber Daya Manusia',
        ],
      ],
    ],
    [
      'KU-19',
      'Nilai indeks sistem merit',
      ['300', '290'],
      '325',
      [
        [
          'Mutasi berbasis kualifikasi dan kinerja',
          'Keputusan mutasi',
          'keputusan',
          6,
          10_000_000,
          'Biro Sumber Daya Manusia',
        ],
      ],
    ],
  ],
  AKT: [
    [
      'KU-04',
      'Nilai SAKIP kementerian',
      ['78', '77,6'],
      '80',
      [
        [
          'Menyusun cascading kinerja sampai eselon IV',
          'Dokumen cascading',
          'dokumen',
          8,
          40_000_000,
          'Biro Perencanaan',
        ],
        [
          'Evaluasi AKIP internal unit eselon I',
          'Laporan evaluasi',
          'laporan',
          3,
          35_000_000,
          'Inspektorat Jenderal',
        ],
      ],
    ],
    [
      'KU-15',
      'Realisasi anggaran sesuai rencana penarikan',
      ['90%', '88%'],
      '95%',
      [
        [
          'Rapat pemantauan realisasi anggaran',
          'Rapat pemantauan',
          'rapat',
          3,
          8_000_000,
          'Biro Keuangan',
        ],
      ],
    ],
  ],
  PWS: [
    [
      'KU-07',
      'Tingkat maturitas SPIP',
      ['3', '3,2'],
      '3,5',
      [
        [
          'Penilaian risiko di unit eselon I',
          'Register risiko',
          'register',
          3,
          25_000_000,
          'Inspektorat Jenderal',
        ],
        [
          'Pembangunan zona integritas di unit layanan',
          'Unit diusulkan WBK',
          'unit',
          2,
          40_000_000,
          'Inspektorat Jenderal',
        ],
      ],
    ],
    [
      'KU-09',
      'Laporan gratifikasi yang ditindaklanjuti',
      ['80%', '76%'],
      '90%',
      [
        [
          'Sosialisasi pengendalian gratifikasi',
          'Kegiatan sosialisasi',
          'kegiatan',
          4,
          12_000_000,
          'Inspektorat Jenderal',
        ],
      ],
    ],
  ],
  YAN: [
    [
      'KU-21',
      'Indeks kepuasan masyarakat',
      ['80', '81,2'],
      '83',
      [
        [
          'Survei kepuasan di unit layanan',
          'Unit disurvei',
          'unit',
          10,
          30_000_000,
          'Direktorat Pelayanan',
        ],
        [
          'Standar pelayanan dipublikasikan',
          'Standar pelayanan',
          'standar',
          6,
          10_000_000,
          'Direktorat Pelayanan',
        ],
      ],
    ],
    [
      'KU-08',
      'Pengaduan yang selesai tepat waktu',
      ['85%', '83%'],
      '92%',
      [
        [
          'Mengelola pengaduan melalui SP4N-LAPOR!',
          'Pengaduan ditangani',
          'ratus pengaduan',
          3,
          15_000_000,
          'Direktorat Pelayanan',
        ],
      ],
    ],
  ],
};

/** How much of its output target a group realises each quarter (invented). */
const PACE: Record<AreaCode, number> = {
  MP: 0.95,
  PPU: 0.9,
  ORG: 1,
  TTL: 0.85,
  SDM: 0.92,
  AKT: 1,
  PWS: 0.75,
  YAN: 0.97,
};

/** Which quarters each group has reported in 2025; a group with no entry has no plan yet. */
const REPORTED_2025: Partial<Record<AreaCode, number>> = {
  MP: 3,
  PPU: 3,
  SDM: 2,
  ORG: 4,
  TTL: 3,
  AKT: 4,
  PWS: 2,
  YAN: 4,
};

const COORDINATOR = 'Sekretariat Jenderal';

/** A group's demo plan for `year`, or none. */
export function demoPlan(year: number, area: AreaCode): PlanActivity[] | null {
  const reported = year === 2024 ? 4 : year === 2025 ? REPORTED_2025[area] : undefined;
  if (reported === undefined) return null;
  const pace = PACE[area] - (year === 2025 ? 0.05 : 0);
  return ROWS[area].map(([main, indicator, [baseTarget, baseReal], target, actions], i) => ({
    id: `${area}-${year}-${i + 1}`,
    mainActivity: main,
    indicator,
    baselineYear: year - 1,
    baselineTarget: baseTarget,
    baselineRealisation: baseReal,
    target,
    actions: actions.map(([text, output, unit, perQuarter, budget, executing], j) => ({
      id: `${area}-${year}-${i + 1}-${j + 1}`,
      text,
      outputIndicator: output,
      outputUnit: unit,
      targets: [perQuarter, perQuarter, perQuarter, perQuarter],
      budget: [budget, budget, budget, budget],
      executingUnit: executing,
      coordinatingUnit: executing === COORDINATOR ? 'Biro Perencanaan' : COORDINATOR,
      realised: [1, 2, 3, 4].map((q) =>
        q <= reported
          ? {
              output: Math.round(perQuarter * pace * 100) / 100,
              budget: Math.round(budget * pace * 0.97),
              evidence: [],
              note: null,
              reportedAt: `${q === 4 ? year + 1 : year}-${String(q * 3 + 1 > 12 ? 1 : q * 3 + 1).padStart(2, '0')}-05T02:00:00.000Z`,
              reportedBy: null,
            }
          : null,
      ) as PlanActivity['actions'][number]['realised'],
    })),
  }));
}

type Letters = [PlanGrade, PlanGrade, PlanGrade, PlanGrade, PlanGrade, PlanGrade, PlanGrade];

/** How the ministry's plan was graded each year (invented); 2025's evaluator has not graded yet. */
const DEMO_GRADES: Record<number, { self: Letters; evaluator: Letters | null }> = {
  2023: {
    self: ['B', 'B', 'Ya', 'B', 'C', 'B', 'B'],
    evaluator: ['C', 'B', 'Ya', 'C', 'C', 'B', 'C'],
  },
  2024: {
    self: ['C', 'B', 'Ya', 'B', 'B', 'B', 'A'],
    evaluator: ['C', 'B', 'Ya', 'B', 'C', 'B', 'B'],
  },
  2025: { self: ['C', 'B', 'Ya', 'A', 'B', 'B', 'A'], evaluator: null },
};

const NOTES: Partial<Record<PlanCriterionCode, string>> = {
  K1: 'Sebelas dari 21 kegiatan utama masuk rencana; sisanya belum relevan tahun ini.',
  K5: 'Sebagian indikator keluaran masih berupa kegiatan, belum hasil.',
};

const gradesOf = (letters: Letters | null): PlanGrades => {
  const grades = emptyGrades();
  if (!letters) return grades;
  PLAN_CRITERIA.forEach((c, i) => {
    grades[c.code] = { grade: letters[i] ?? null, note: NOTES[c.code] ?? null };
  });
  return grades;
};

/** The demo's stored grading of a year (plan_gradings.document), or none. */
export function demoGrading(year: number) {
  const grades = DEMO_GRADES[year];
  if (!grades) return null;
  return {
    self: gradesOf(grades.self),
    evaluator: gradesOf(grades.evaluator),
    overrides: { grades: null, implementation: null },
  };
}

/**
 * Puts the values the plans give into the year's A.1 and A.2 answers, as the server's sync
 * would: A.1 from each side's grades, A.2 from all groups' reports once every quarter is due.
 * A year without plans keeps its A.2 (its plan lived outside Rapor RB).
 */
export function withPlanScores<
  A extends { indicatorCode: string; selfValue: unknown; evaluatorValue: unknown },
>(framework: Framework, year: number, answers: A[]): A[] {
  const grading = demoGrading(year);
  const leaves = indicators(framework.components);
  const code = (kind: 'grades' | 'implementation') => leaves.find((n) => n.fromPlan === kind)?.code;
  const actions = AREA_CODES.flatMap((area) => demoPlan(year, area) ?? []).flatMap(
    (a) => a.actions,
  );
  const implementation = planProgress(
    actions,
    defaultDeadlines(year),
    year,
    `${year + 1}-12-31`,
  ).implementation;
  return answers.map((a) => {
    if (grading && a.indicatorCode === code('grades')) {
      return {
        ...a,
        selfValue: gradeScore(grading.self),
        evaluatorValue: a.evaluatorValue === null ? null : gradeScore(grading.evaluator),
      };
    }
    if (implementation !== null && a.indicatorCode === code('implementation')) {
      return { ...a, selfValue: implementation, evaluatorValue: null };
    }
    return a;
  });
}
