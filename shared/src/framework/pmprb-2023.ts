import { AREA_CODES, type AreaCode } from '../areas';
import type { AnswerType } from '../scoring/answers';
import {
  defineFramework,
  type FrameworkInput,
  type FrameworkNodeInput,
  type RubricLevel,
} from './framework';
import { bpkOpinion, figure, group, indicator, numberRange } from './node-builders';

/**
 * RB General and RB Tematik for ministries (PermenPANRB 9/2023; KepMenPANRB 739/2023 for the
 * 2023 worksheet, 182/2024 after). Index RB = RB General (100, rescaled over the items that
 * apply) + the coefficient (−10 to +2) + RB Tematik (10). Almost every RB General item is a
 * figure another agency reports; its points are value ÷ range maximum × weight. The area tag
 * on each item is our suggested mapping, so that the eight working groups still see their
 * part: it is not in the regulation.
 */

const NATIONAL_TEAM = 'Tim evaluator nasional';
const score0to100 = numberRange(0, 100, 'nilai');
const index0to100 = numberRange(0, 100, 'indeks');
const percent0to100 = numberRange(0, 100, '%');
/** A level or index on a scale that starts above zero: scored as value ÷ max. */
const ofMax = (min: number, max: number, unit: string): AnswerType =>
  numberRange(min, max, unit, { ofMax: true });

/** An item another agency reports, tagged with the area whose working group presents it. */
const item = (
  area: AreaCode,
  code: string,
  id: string,
  en: string,
  answer: AnswerType,
  sourcedBy: string,
  weight: number,
  extra: Pick<FrameworkNodeInput, 'outcome' | 'multipliedBy' | 'note' | 'assumed'> = {},
): FrameworkNodeInput => ({ ...figure(code, id, en, answer, sourcedBy, weight), area, ...extra });

/** The five themes for ministries, each with the working group we suggest leads it. */
const THEMES: readonly [code: string, id: string, en: string, area: AreaCode][] = [
  ['KMS', 'Pengentasan kemiskinan', 'Poverty reduction', 'YAN'],
  ['INV', 'Peningkatan investasi', 'Investment', 'PPU'],
  [
    'DIG',
    'Digitalisasi administrasi pemerintahan (fokus stunting)',
    'Digital administration (stunting focus)',
    'TTL',
  ],
  ['PDN', 'Peningkatan penggunaan produk dalam negeri', 'Use of domestic products', 'PWS'],
  ['INF', 'Pengendalian inflasi', 'Inflation control', 'AKT'],
];

/** The action plan: the working group grades it first, the evaluator after; both from the plans. */
const GRADED_PLAN =
  'Rata-rata tujuh subkriteria rencana aksi (A 1, B 0,75, C 0,5, D 0,25, E 0; Ya 1, Tidak 0) × 100, dinilai mandiri lalu oleh evaluator di halaman Penilaian rencana aksi; rata-rata polos ini asumsi kami sampai ada teks pedoman.';
const REPORTED_PLAN =
  'Dihitung dari laporan triwulan semua rencana aksi: rata-rata per aksi dari min(1, realisasi ÷ target) triwulan yang sudah jatuh tempo × 100; evaluator dapat menggantinya dengan alasan.';

/** Levels 0–100 in fifths, each up to and including its top, with what it means. */
const fifths = (meanings: readonly (readonly [id: string, en: string])[]): RubricLevel[] =>
  meanings.map(([id, en], i) => ({ upTo: (i + 1) * 20, meaning: { id, en } }));

/**
 * The action plan (A.1), until the action-plan issue grades it on its seven sub-criteria:
 * worded by us after the subject of those sub-criteria.
 */
const ACTION_PLAN_RUBRIC = fifths([
  [
    'Rencana aksi belum disusun, atau belum memuat kegiatan utama peta jalan RB nasional.',
    'No action plan yet, or it holds none of the national road map’s main activities.',
  ],
  [
    'Sebagian kecil kegiatan utama diadopsi; target indikatornya belum berdasar capaian tahun lalu.',
    'A few main activities adopted; their indicator targets are not based on last year’s results.',
  ],
  [
    'Sebagian besar kegiatan utama diadopsi dengan target indikator; indikator keluaran, anggaran atau pengesahan belum lengkap.',
    'Most main activities adopted with indicator targets; output indicators, budget or sign-off incomplete.',
  ],
  [
    'Kegiatan utama diadopsi dengan target yang logis; setiap aksi punya indikator keluaran dan anggaran; rencana disahkan pejabat berwenang.',
    'Main activities adopted with logical targets; every action has output indicators and a budget; the plan is signed off.',
  ],
  [
    'Semua kegiatan utama yang relevan diadopsi; setiap aksi logis terhadap sasaran, indikator keluarannya relevan dan cukup, targetnya dari data dasar, anggarannya memadai, dan rencana disahkan.',
    'Every relevant main activity adopted; each action serves the goals, with relevant and sufficient output indicators, baseline-based targets and an adequate budget; the plan is signed off.',
  ],
]);

/** Implementation of the action plan (A.2): realised outputs against the quarters due. */
const IMPLEMENTATION_RUBRIC = fifths([
  [
    'Realisasi keluaran belum dilaporkan, atau di bawah seperlima target triwulan yang sudah jatuh tempo.',
    'Realised outputs not reported, or below a fifth of the targets of the quarters due.',
  ],
  [
    'Realisasi keluaran sekitar 20–40 % dari target triwulan yang sudah jatuh tempo.',
    'Realised outputs about 20–40 % of the targets of the quarters due.',
  ],
  [
    'Realisasi keluaran sekitar 40–60 % dari target triwulan yang sudah jatuh tempo.',
    'Realised outputs about 40–60 % of the targets of the quarters due.',
  ],
  [
    'Realisasi keluaran sekitar 60–80 % dari target triwulan yang sudah jatuh tempo, dengan bukti.',
    'Realised outputs about 60–80 % of the targets of the quarters due, with evidence.',
  ],
  [
    'Realisasi keluaran di atas 80 % dari target triwulan yang sudah jatuh tempo, dengan bukti tiap triwulan.',
    'Realised outputs above 80 % of the targets of the quarters due, with evidence each quarter.',
  ],
]);

/** A theme's strategy, from no written strategy to one monitored and adjusted every quarter. */
const THEME_STRATEGY_RUBRIC = fifths([
  [
    'Belum ada strategi tertulis untuk tema ini, atau strategi belum ditetapkan pimpinan.',
    'No written strategy for the theme, or it is not adopted by leadership.',
  ],
  [
    'Strategi ditetapkan, tetapi masalah, sasaran dan indikatornya belum dirumuskan dengan jelas.',
    'A strategy is adopted, but its problem, goals and indicators are not clearly set.',
  ],
  [
    'Masalah, sasaran dan indikator dirumuskan dengan data dasar; rencana aksi per triwulan belum lengkap.',
    'Problem, goals and indicators set against a baseline; quarterly actions incomplete.',
  ],
  [
    'Rencana aksi per triwulan lengkap dengan keluaran, anggaran dan unit pelaksana; pemantauan belum rutin.',
    'Quarterly actions complete with outputs, budget and executing units; monitoring not yet regular.',
  ],
  [
    'Rencana aksi berjalan, dipantau tiap triwulan dan disesuaikan dari hasilnya, dengan bukti capaian keluaran.',
    'Actions under way, monitored every quarter and adjusted from the results, with evidence of outputs.',
  ],
]);

const THEME_NOTE =
  'ASUMSI: strategi tema diisi kelompok kerja yang memimpin tema itu (pemetaan usulan kami); dampak diisi sekretariat dari penilaian tim evaluator nasional.';

/** The 2023 version as input: `pmprb-2024` is this tree with the 2024 weights and targets. */
export const PMPRB_2023_INPUT: FrameworkInput = {
  id: 'pmprb-2023',
  name: {
    id: 'RB General dan RB Tematik (PermenPANRB 9/2023)',
    en: 'RB General and RB Tematik (PermenPANRB 9/2023)',
  },
  regulation:
    'Peraturan Menteri PANRB Nomor 9 Tahun 2023 tentang Evaluasi Reformasi Birokrasi; Keputusan Menteri PANRB Nomor 739 Tahun 2023 dan 182 Tahun 2024 (pedoman teknis)',
  method: 'PermenPANRB 9/2023',
  areas: AREA_CODES,
  maxScore: 110,
  rescaledComponents: ['A', 'B', 'C'],
  predicateScaleAssumed: true,
  rubricSource:
    'Rubrik dan tujuh subkriteria rencana aksi disusun tim Rapor RB mengikuti pokok pedoman (KepmenPANRB 739/2023), bukan rumusan resmi.',
  assumptions: [
    'Skala predikat sejak 2023 belum terkonfirmasi; dipakai skala sebelum 2023 (AA > 90 … D ≤ 30) sampai ada sumber.',
    'Tanda area pada tiap butir adalah pemetaan usulan kami, bukan bagian regulasi; dapat diubah di berkas kerangka.',
    'Nilai opini BPK mengikuti tabel sebelum 2023 (WTP 1; WTP-DPP 0,75; WDP 0,5; TW, TMP, tidak disusun 0) sampai tabel 2023 terbaca.',
    'Rasio SAKIP untuk Capaian IKU dibaca sebagai nilai SAKIP ÷ 100.',
    'A.1 = rata-rata polos tujuh subkriteria rencana aksi × 100; A.2 = rata-rata per aksi dari min(1, realisasi ÷ target) triwulan yang jatuh tempo × 100.',
    'Tiap tema RB Tematik: strategi 0,8 diisi kelompok kerja yang kami usulkan memimpin tema (kemiskinan YAN, investasi PPU, digitalisasi TTL, PDN PWS, inflasi AKT), dampak 1,2 diisi sekretariat dari penilaian tim evaluator nasional.',
    'Rumusan nama butir disusun sendiri; bobot, rentang nilai dan instansi penilai dari lembar fakta LKE 2023.',
  ],
  components: [
    group('A', 'Strategi Pelaksanaan RB General', 'RB General strategy', 10, [
      indicator('A.1', 'Rencana aksi RB General', 'RB General action plan', score0to100, 3, {
        area: 'MP',
        note: GRADED_PLAN,
        rubric: ACTION_PLAN_RUBRIC,
        fromPlan: 'grades',
      }),
      indicator(
        'A.2',
        'Tingkat pelaksanaan rencana aksi',
        'Action-plan implementation',
        score0to100,
        7,
        {
          area: 'MP',
          note: REPORTED_PLAN,
          rubric: IMPLEMENTATION_RUBRIC,
          fromPlan: 'implementation',
        },
      ),
    ]),
    group('B', 'Capaian Pelaksanaan Kebijakan RB', 'Reform policy delivery', 40, [
      group('B.H', 'Elemen keras', 'Hard element', 33, [
        item(
          'ORG',
          'B.H.1',
          'Penyederhanaan struktur organisasi',
          'Simpler organisation structure',
          score0to100,
          'KemenPANRB',
          2,
        ),
        item(
          'ORG',
          'B.H.2',
          'Sistem kerja setelah penyederhanaan birokrasi',
          'Working system after delayering',
          numberRange(0, 5, 'nilai'),
          'KemenPANRB',
          2,
        ),
        item(
          'PWS',
          'B.H.3',
          'Maturitas SPIP',
          'Internal-control (SPIP) maturity',
          ofMax(1, 5, 'level'),
          'BPKP',
          4,
        ),
        item(
          'PWS',
          'B.H.4',
          'Zona Integritas',
          'Integrity zones',
          numberRange(0, 3, 'nilai'),
          'KemenPANRB',
          3,
        ),
        item(
          'AKT',
          'B.H.5',
          'Nilai SAKIP',
          'Performance-accountability (SAKIP) score',
          score0to100,
          'KemenPANRB',
          4,
          { outcome: 'sakip' },
        ),
        item(
          'AKT',
          'B.H.6',
          'Indeks perencanaan pembangunan',
          'Development-planning index',
          index0to100,
          'Bappenas',
          2,
        ),
        item(
          'TTL',
          'B.H.7',
          'Arsitektur SPBE',
          'E-government (SPBE) architecture',
          numberRange(0, 5, 'nilai'),
          'KemenPANRB',
          2,
        ),
        item(
          'TTL',
          'B.H.8',
          'Digitalisasi arsip',
          'Records digitalisation',
          score0to100,
          'ANRI',
          2,
        ),
        item(
          'AKT',
          'B.H.9',
          'Indikator kinerja pelaksanaan anggaran (IKPA)',
          'Budget-execution quality (IKPA)',
          score0to100,
          'Kemenkeu (DJPb)',
          2,
        ),
        item(
          'AKT',
          'B.H.10',
          'Indeks pengelolaan aset',
          'Asset-management index',
          ofMax(1, 4, 'indeks'),
          'Kemenkeu (DJKN)',
          2,
        ),
        item(
          'YAN',
          'B.H.11',
          'Pengelolaan pengaduan (SP4N-LAPOR!)',
          'Complaint handling (SP4N-LAPOR!)',
          ofMax(1, 5, 'nilai'),
          'KemenPANRB',
          1.5,
        ),
        item(
          'PPU',
          'B.H.12',
          'Indeks kualitas kebijakan',
          'Policy-quality index',
          index0to100,
          'LAN',
          1.5,
        ),
        item(
          'PPU',
          'B.H.13',
          'Indeks reformasi hukum',
          'Legal-reform index',
          index0to100,
          'Kemenkumham',
          1.5,
        ),
        item(
          'TTL',
          'B.H.14',
          'Statistik sektoral',
          'Sectoral statistics',
          ofMax(1, 5, 'indeks'),
          'BPS',
          1.5,
        ),
        item(
          'PWS',
          'B.H.15',
          'Tata kelola pengadaan',
          'Procurement governance',
          score0to100,
          'LKPP',
          2,
        ),
      ]),
      group('B.S', 'Elemen lunak', 'Soft element', 7, [
        item(
          'SDM',
          'B.S.1',
          'Indeks sistem merit',
          'Merit-system index',
          numberRange(0, 410, 'indeks'),
          'KASN',
          4,
        ),
        item(
          'YAN',
          'B.S.2',
          'Indeks pelayanan publik',
          'Public-service index',
          numberRange(0, 5, 'indeks'),
          'KemenPANRB',
          1.5,
        ),
        item(
          'YAN',
          'B.S.3',
          'Kepatuhan standar pelayanan publik',
          'Service-standard compliance',
          score0to100,
          'Ombudsman RI',
          1.5,
          { outcome: 'ombudsman' },
        ),
      ]),
    ]),
    group('C', 'Capaian Sasaran Strategis RB', 'Strategic reform outcomes', 50, [
      group('C.H', 'Elemen keras', 'Hard element', 28, [
        item(
          'TTL',
          'C.H.1',
          'Indeks SPBE',
          'E-government (SPBE) index',
          ofMax(1, 5, 'indeks'),
          'KemenPANRB',
          9,
        ),
        item(
          'AKT',
          'C.H.2',
          'Capaian prioritas nasional',
          'National-priority achievement',
          percent0to100,
          'Bappenas',
          2,
        ),
        item(
          'AKT',
          'C.H.3',
          'Capaian indikator kinerja utama (IKU)',
          'Key performance indicators achieved',
          percent0to100,
          NATIONAL_TEAM,
          8,
          {
            multipliedBy: 'B.H.5',
            note: 'Poin = capaian IKU ÷ 100 × rasio SAKIP (nilai SAKIP ÷ 100) × bobot.',
          },
        ),
        {
          ...figure(
            'C.H.4',
            'Opini BPK atas laporan keuangan',
            'BPK audit opinion',
            bpkOpinion,
            'BPK',
            5,
            'bpk_opinion',
          ),
          area: 'AKT',
          assumed: true,
          note: 'ASUMSI: nilai tiap opini mengikuti tabel sebelum 2023.',
        },
        item(
          'PWS',
          'C.H.5',
          'Tindak lanjut rekomendasi BPK',
          'Follow-up of BPK recommendations',
          percent0to100,
          'BPK',
          4,
        ),
      ]),
      group('C.S', 'Elemen lunak', 'Soft element', 22, [
        item(
          'SDM',
          'C.S.1',
          'Indeks BerAKHLAK (nilai dasar ASN)',
          'Civil-service core values (BerAKHLAK) index',
          index0to100,
          'KemenPANRB',
          4,
        ),
        item(
          'PWS',
          'C.S.2',
          'Survei Penilaian Integritas (SPI) KPK',
          'KPK Integrity Assessment Survey (SPI)',
          index0to100,
          'KPK',
          10,
          { outcome: 'integrity_survey' },
        ),
        item(
          'YAN',
          'C.S.3',
          'Survei kepuasan masyarakat (SKM)',
          'Public satisfaction survey (SKM)',
          index0to100,
          'KemenPANRB',
          8,
          { outcome: 'public_satisfaction' },
        ),
      ]),
    ]),
    group(
      'K',
      'Koefisien',
      'Coefficient',
      2,
      [
        figure(
          'K.1',
          'Koefisien penyesuaian',
          'Adjustment coefficient',
          ofMax(-10, 2, 'poin'),
          NATIONAL_TEAM,
          2,
        ),
      ],
      {
        adjustment: true,
        note: 'Ditetapkan tim evaluator nasional, −10 sampai +2, ditambahkan pada RB General.',
      },
    ),
    group(
      'T',
      'RB Tematik',
      'Thematic reform (RB Tematik)',
      10,
      THEMES.map(([code, id, en, area]) =>
        group(`T.${code}`, id, en, 2, [
          indicator(`T.${code}.S`, `${id}: strategi`, `${en}: strategy`, score0to100, 0.8, {
            area,
            assumed: true,
            note: THEME_NOTE,
            rubric: THEME_STRATEGY_RUBRIC,
          }),
          figure(`T.${code}.D`, `${id}: dampak`, `${en}: impact`, score0to100, NATIONAL_TEAM, 1.2),
        ]),
      ),
    ),
  ],
};

export const pmprb2023 = defineFramework(PMPRB_2023_INPUT);
