import type { AreaCode, LocalizedText } from './areas';
import { type Framework, walk } from './framework/framework';

// A working group's action plan (rencana aksi) for a year and how far it is carried out:
// the national road map's main activities it adopted, each with an indicator and targets, the
// actions under them with quarterly output and budget targets, and what was realised each
// quarter. Pure rules only; the shapes the API carries are in schemas/action-plans.ts.

/**
 * The national RB road map's 21 main activities (kegiatan utama), in its order. The names are
 * ours, after the subject of each (see ../shared/sources/rb-action-plans-2023.md).
 */
export const MAIN_ACTIVITIES = {
  'KU-01': {
    id: 'Organisasi berbasis kinerja dan lincah',
    en: 'Performance-based, agile organisation',
  },
  'KU-02': { id: 'Pengaturan kerja fleksibel ASN', en: 'Flexible working for civil servants' },
  'KU-03': { id: 'Arsitektur SPBE nasional', en: 'National e-government architecture' },
  'KU-04': {
    id: 'Akuntabilitas kinerja terpadu (SAKIP)',
    en: 'Integrated performance accountability (SAKIP)',
  },
  'KU-05': { id: 'Pelayanan publik digital (daerah)', en: 'Digital public service (regions)' },
  'KU-06': { id: 'Zona Integritas di unit kerja', en: 'Integrity zones in work units' },
  'KU-07': { id: 'Pengendalian intern (SPIP)', en: 'Internal control (SPIP)' },
  'KU-08': { id: 'Pengelolaan pengaduan masyarakat', en: 'Public complaints handling' },
  'KU-09': { id: 'Pencegahan korupsi', en: 'Corruption prevention' },
  'KU-10': { id: 'Tata kelola kebijakan publik', en: 'Public-policy governance' },
  'KU-11': { id: 'Pembentukan peraturan', en: 'Law-making' },
  'KU-12': { id: 'Arsip digital', en: 'Digital archives' },
  'KU-13': { id: 'Statistik sektoral', en: 'Sectoral statistics' },
  'KU-14': { id: 'Pengadaan barang dan jasa', en: 'Procurement' },
  'KU-15': { id: 'Pengelolaan keuangan dan aset', en: 'Finance and asset management' },
  'KU-16': { id: 'Jabatan fungsional', en: 'Functional positions' },
  'KU-17': { id: 'Manajemen talenta', en: 'Talent management' },
  'KU-18': { id: 'Kinerja ASN', en: 'Civil-servant performance' },
  'KU-19': { id: 'Sistem merit', en: 'Merit system' },
  'KU-20': { id: 'Nilai dasar ASN (BerAKHLAK)', en: 'Core values (BerAKHLAK)' },
  'KU-21': { id: 'Pelayanan publik prima', en: 'Excellent public service' },
} as const satisfies Record<string, LocalizedText>;
export type MainActivityCode = keyof typeof MAIN_ACTIVITIES;
export const MAIN_ACTIVITY_CODES = Object.keys(MAIN_ACTIVITIES) as [
  MainActivityCode,
  ...MainActivityCode[],
];

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];
/** Four numbers, one per quarter (TW I–IV). */
export type PerQuarter = readonly [number, number, number, number];

/**
 * When each quarter's report is due when the secretariat has set nothing: ten days after the
 * quarter ends (TW IV in January of the next year). Our default, not a regulation's.
 */
export function defaultDeadlines(year: number): [string, string, string, string] {
  return [`${year}-04-10`, `${year}-07-10`, `${year}-10-10`, `${year + 1}-01-10`];
}

/** A quarter's last day. */
export function quarterEnd(year: number, quarter: Quarter): string {
  return [`${year}-03-31`, `${year}-06-30`, `${year}-09-30`, `${year}-12-31`][
    quarter - 1
  ] as string;
}

/**
 * Why four report deadlines the secretariat set cannot stand, or none: each falls on or after
 * its quarter's last day (a report is of a quarter that is over) and after the one before.
 */
export function deadlineProblems(year: number, deadlines: readonly string[]): string[] {
  const problems: string[] = [];
  QUARTERS.forEach((q) => {
    const d = deadlines[q - 1] ?? '';
    const end = quarterEnd(year, q);
    if (d < end)
      problems.push(`${QUARTER_LABEL[q]}: tenggat paling cepat ${end}, hari terakhir triwulannya`);
    const before = deadlines[q - 2];
    if (before !== undefined && d <= before)
      problems.push(
        `${QUARTER_LABEL[q]}: tenggat harus sesudah tenggat ${QUARTER_LABEL[(q - 1) as Quarter]}`,
      );
  });
  return problems;
}

/** The first day a quarter's realisation can be reported: the day the quarter starts. */
export function quarterStart(year: number, quarter: Quarter): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export interface QuarterRealisation {
  output: number;
  budget: number;
}

export interface PlannedAction {
  id: string;
  targets: PerQuarter;
  budget: PerQuarter;
  /** what was reported for each quarter; null while not reported */
  realised: readonly (QuarterRealisation | null)[];
}

/** A quarter's report is late when its deadline has passed (the day after it) unreported. */
export function dueQuarters(deadlines: readonly string[], today: string): Quarter[] {
  return QUARTERS.filter((q) => (deadlines[q - 1] ?? '9999-12-31') < today);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export interface ActionProgress {
  id: string;
  /** output targets and realisations summed over the quarters due */
  targetDue: number;
  realisedDue: number;
  /** min(1, realised ÷ target) over the quarters due; null when nothing was due yet */
  share: number | null;
  /** quarters due, planning output or budget, and not reported */
  late: Quarter[];
}

/** One action against its targets for the quarters already due. */
export function actionProgress(action: PlannedAction, due: readonly Quarter[]): ActionProgress {
  const targetDue = sum(due.map((q) => action.targets[q - 1] ?? 0));
  const realisedDue = sum(due.map((q) => action.realised[q - 1]?.output ?? 0));
  return {
    id: action.id,
    targetDue,
    realisedDue,
    share: targetDue > 0 ? Math.min(1, realisedDue / targetDue) : null,
    late: due.filter((q) => plansIn(action, q) && !action.realised[q - 1]),
  };
}

/** At least this share of the outputs due realised counts as on track (our threshold). */
export const ON_TRACK_SHARE = 0.9;

export type PlanStanding = 'empty' | 'not-due' | 'late' | 'behind' | 'on-track';

/**
 * A quarter's reporting: nothing planned in it, all reported, due and not all reported, open
 * for reports, not begun.
 */
export type QuarterState = 'nothing' | 'reported' | 'late' | 'open' | 'upcoming';

/** An action has to report a quarter in which it planned output or budget. */
export const plansIn = (action: PlannedAction, quarter: Quarter) =>
  (action.targets[quarter - 1] ?? 0) > 0 || (action.budget[quarter - 1] ?? 0) > 0;

export interface QuarterStatus {
  quarter: Quarter;
  deadline: string;
  state: QuarterState;
  /** actions with this quarter reported, of those planning output or budget in it */
  reported: number;
  of: number;
}

/** Each quarter's reporting on `today`. */
export function quarterStatuses(
  actions: readonly PlannedAction[],
  deadlines: readonly string[],
  year: number,
  today: string,
): QuarterStatus[] {
  return QUARTERS.map((quarter) => {
    const deadline = deadlines[quarter - 1] ?? '';
    const planning = actions.filter((a) => plansIn(a, quarter));
    const reported = planning.filter((a) => a.realised[quarter - 1]).length;
    const state: QuarterState =
      planning.length === 0
        ? 'nothing'
        : reported === planning.length
          ? 'reported'
          : deadline < today
            ? 'late'
            : today >= quarterStart(year, quarter)
              ? 'open'
              : 'upcoming';
    return { quarter, deadline, state, reported, of: planning.length };
  });
}

export interface PlanProgress {
  actions: ActionProgress[];
  due: Quarter[];
  /**
   * How far the plan is carried out: the average over actions with something due of
   * min(1, realised ÷ target), × 100 — the rule the action-plan issue sets for A.2. Null
   * while nothing is due.
   */
  implementation: number | null;
  /** planned and realised budget over the quarters due, and the plan's whole budget */
  budgetDue: number;
  budgetRealised: number;
  budgetTotal: number;
  /** quarters due with at least one action not reported */
  lateQuarters: Quarter[];
  quarters: QuarterStatus[];
  standing: PlanStanding;
}

/** A whole plan (one group's, or every group's actions together) on a day. */
export function planProgress(
  actions: readonly PlannedAction[],
  deadlines: readonly string[],
  year: number,
  today: string,
): PlanProgress {
  const due = dueQuarters(deadlines, today);
  const progress = actions.map((a) => actionProgress(a, due));
  const shares = progress.flatMap((p) => (p.share === null ? [] : [p.share]));
  const implementation = shares.length > 0 ? (sum(shares) / shares.length) * 100 : null;
  const lateQuarters = due.filter((q) => progress.some((p) => p.late.includes(q)));
  const standing: PlanStanding =
    actions.length === 0
      ? 'empty'
      : lateQuarters.length > 0
        ? 'late'
        : implementation === null
          ? 'not-due'
          : implementation >= ON_TRACK_SHARE * 100
            ? 'on-track'
            : 'behind';
  return {
    actions: progress,
    due,
    implementation,
    budgetDue: sum(actions.flatMap((a) => due.map((q) => a.budget[q - 1] ?? 0))),
    budgetRealised: sum(actions.flatMap((a) => due.map((q) => a.realised[q - 1]?.budget ?? 0))),
    budgetTotal: sum(actions.flatMap((a) => [...a.budget])),
    lateQuarters,
    quarters: quarterStatuses(actions, deadlines, year, today),
    standing,
  };
}

/** Roman numerals of the quarters as the plans write them: TW I … TW IV. */
export const QUARTER_LABEL: Record<Quarter, string> = {
  1: 'TW I',
  2: 'TW II',
  3: 'TW III',
  4: 'TW IV',
};

/** Quarters named in a sentence: "TW II, TW III". */
export const quarterList = (quarters: readonly Quarter[]) =>
  quarters.map((q) => QUARTER_LABEL[q]).join(', ');

/** An RB Tematik theme of a year's framework and the working group that leads its plan. */
export interface PlanTheme {
  code: string;
  name: LocalizedText;
  area: AreaCode;
}

/**
 * The themes a year's groups plan for: each group under the RB Tematik component (`T`) whose
 * items a working group answers; that group leads the theme's plan. None before 2023's method.
 */
export function planThemes(framework: Pick<Framework, 'components'>): PlanTheme[] {
  const tematik = framework.components.find((c) => c.code === 'T');
  return (tematik?.children ?? []).flatMap((theme) => {
    const area = [...walk([theme])].find((n) => n.area)?.area;
    return area && theme.children
      ? [{ code: theme.code.slice(theme.code.indexOf('.') + 1), name: theme.name, area }]
      : [];
  });
}
