import type { MainActivityCode, PlannedAction } from './action-plan';
import { MAIN_ACTIVITIES } from './action-plan';
import type { LocalizedText } from './areas';
import { SCALES } from './scoring/answers';

// How the ministry's action plan is graded into A.1 (PermenPANRB 9/2023): seven sub-criteria,
// each graded A–E by a share (or Ya/Tidak), converted A 1 … E 0, Ya 1, Tidak 0; A.1 is their
// plain average × 100 (our reading, marked assumed until a guideline text says otherwise).
// The criteria are worded by us after the subject of each (rb-action-plans-2023.md).

export const PLAN_CRITERION_CODES = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7'] as const;
export type PlanCriterionCode = (typeof PLAN_CRITERION_CODES)[number];

export const SHARE_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export const YES_NO_GRADES = ['Ya', 'Tidak'] as const;
export const PLAN_GRADES = [...SHARE_GRADES, ...YES_NO_GRADES] as const;
export type PlanGrade = (typeof PLAN_GRADES)[number];

export interface PlanCriterion {
  code: PlanCriterionCode;
  /** graded by a share in bands A–E, or Ya/Tidak */
  kind: 'share' | 'yesno';
  name: LocalizedText;
  /** what is counted (a share) or asked (Ya/Tidak) */
  asks: LocalizedText;
}

export const PLAN_CRITERIA: readonly PlanCriterion[] = [
  {
    code: 'K1',
    kind: 'share',
    name: { id: 'Kegiatan utama yang diadopsi', en: 'Main activities adopted' },
    asks: {
      id: 'Bagian kegiatan utama peta jalan RB nasional yang masuk rencana aksi kementerian.',
      en: 'The share of the national road map’s main activities taken into the ministry’s plan.',
    },
  },
  {
    code: 'K2',
    kind: 'share',
    name: { id: 'Target indikator kegiatan utama', en: 'Main-activity indicator targets' },
    asks: {
      id: 'Bagian indikator kegiatan utama yang targetnya masuk akal, dapat dicapai dan lebih baik dari realisasi tahun lalu.',
      en: 'The share of main-activity indicators whose target is sensible, attainable and better than last year’s result.',
    },
  },
  {
    code: 'K3',
    kind: 'yesno',
    name: { id: 'Pengesahan rencana aksi', en: 'Plan signed off' },
    asks: {
      id: 'Rencana aksi disahkan pejabat penanggung jawab RB internal dan koordinator evaluasi internal.',
      en: 'The plan is signed by the official in charge of internal reform and the internal-evaluation coordinator.',
    },
  },
  {
    code: 'K4',
    kind: 'share',
    name: { id: 'Keterkaitan aksi dengan sasaran', en: 'Actions serve the goals' },
    asks: {
      id: 'Bagian aksi yang nyata mendukung target RB General, dilihat dari data dasar dan indikator hasil langsungnya.',
      en: 'The share of actions that clearly serve the RB General targets, judged by the baseline and immediate outcomes.',
    },
  },
  {
    code: 'K5',
    kind: 'share',
    name: { id: 'Indikator keluaran', en: 'Output indicators' },
    asks: {
      id: 'Bagian aksi yang indikator keluarannya relevan dan cukup untuk menunjukkan aksi terlaksana.',
      en: 'The share of actions whose output indicators are relevant and enough to show the action was done.',
    },
  },
  {
    code: 'K6',
    kind: 'share',
    name: { id: 'Target keluaran', en: 'Output targets' },
    asks: {
      id: 'Bagian indikator keluaran yang targetnya bertolak dari data dasar tahun lalu dan mengarah ke perbaikan.',
      en: 'The share of output indicators whose target starts from last year’s baseline and aims at improvement.',
    },
  },
  {
    code: 'K7',
    kind: 'share',
    name: { id: 'Dukungan anggaran', en: 'Budget support' },
    asks: {
      id: 'Bagian aksi yang didukung anggaran memadai.',
      en: 'The share of actions backed by an adequate budget.',
    },
  },
];

/** The bands of a share: A all, B at least 75 %, C at least 50 %, D at least 10 %, E less. */
export const SHARE_BANDS: readonly { grade: (typeof SHARE_GRADES)[number]; from: number }[] = [
  { grade: 'A', from: 100 },
  { grade: 'B', from: 75 },
  { grade: 'C', from: 50 },
  { grade: 'D', from: 10 },
  { grade: 'E', from: 0 },
];

/** The grade a share (0–100 %) falls in. */
export function gradeForShare(percent: number): (typeof SHARE_GRADES)[number] {
  return (SHARE_BANDS.find((b) => percent >= b.from) ?? { grade: 'E' }).grade;
}

/** A grade's value: A–E as the A–E scale converts; Ya 1, Tidak 0. */
export function gradeValue(grade: PlanGrade): number {
  if (grade === 'Ya') return 1;
  if (grade === 'Tidak') return 0;
  return SCALES['A-E'][grade];
}

/** The grades a criterion takes, best first. */
export const gradesOf = (criterion: PlanCriterion): readonly PlanGrade[] =>
  criterion.kind === 'share' ? SHARE_GRADES : YES_NO_GRADES;

export interface CriterionGrade {
  grade: PlanGrade | null;
  note: string | null;
}
export type PlanGrades = Record<PlanCriterionCode, CriterionGrade>;

export const emptyGrades = (): PlanGrades =>
  Object.fromEntries(PLAN_CRITERIA.map((c) => [c.code, { grade: null, note: null }])) as PlanGrades;

/** Grades a criterion does not take (Ya on a share, B on Ya/Tidak), by criterion code. */
export function misfitGrades(grades: Partial<Record<string, CriterionGrade>>): string[] {
  return PLAN_CRITERIA.filter((c) => {
    const grade = grades[c.code]?.grade;
    return grade != null && !gradesOf(c).includes(grade);
  }).map((c) => c.code);
}

/** A.1: the plain average of the seven converted grades × 100; null until all seven are given. */
export function gradeScore(grades: PlanGrades): number | null {
  const values = PLAN_CRITERIA.map((c) => grades[c.code]?.grade ?? null);
  if (values.some((g) => g === null)) return null;
  const sum = values.reduce((total, g) => total + gradeValue(g as PlanGrade), 0);
  return (sum / values.length) * 100;
}

/** How many of the seven have a grade. */
export const gradedCount = (grades: PlanGrades) =>
  PLAN_CRITERIA.filter((c) => grades[c.code]?.grade != null).length;

/** What the plans themselves say about a criterion: a counted share and its band. */
export interface PlanFact {
  criterion: PlanCriterionCode;
  count: number;
  of: number;
  percent: number;
  grade: (typeof SHARE_GRADES)[number];
}

interface GradedAction extends PlannedAction {
  outputIndicator: string;
  outputUnit: string;
}
interface GradedActivity {
  /** absent on a theme's rows, which the grading does not read */
  mainActivity?: MainActivityCode | undefined;
  actions: readonly GradedAction[];
}

const fact = (criterion: PlanCriterionCode, count: number, of: number): PlanFact => {
  const percent = of > 0 ? (count / of) * 100 : 0;
  return { criterion, count, of, percent, grade: gradeForShare(percent) };
};

/**
 * The counts the plans give for the criteria a machine can count: main activities adopted
 * (K1, of the national 21), actions with an output target set for the year (K6) and actions
 * with a budget (K7). They suggest a grade; whether a target is logical or a budget adequate
 * stays the grader's judgement.
 */
export function planFacts(activities: readonly GradedActivity[]): PlanFact[] {
  const actions = activities.flatMap((a) => a.actions);
  const adopted = new Set(activities.flatMap((a) => (a.mainActivity ? [a.mainActivity] : []))).size;
  const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return [
    fact('K1', adopted, Object.keys(MAIN_ACTIVITIES).length),
    fact('K6', actions.filter((a) => total(a.targets) > 0).length, actions.length),
    fact('K7', actions.filter((a) => total(a.budget) > 0).length, actions.length),
  ];
}
