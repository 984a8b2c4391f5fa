import type { Db, Tx } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import type { Framework } from '@rapor/shared/framework';
import { countingValue, evaluatorValueCounts } from '@rapor/shared/official-value';
import { type ScoredFramework, scoreFramework } from '@rapor/shared/scoring';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { NotFoundError } from '../../errors';

export type Reader = Db | Tx;
export type PeriodRow = typeof t.periods.$inferSelect;
export type ResultRow = typeof t.areaResults.$inferSelect;
export type AnswerRow = typeof t.indicatorAnswers.$inferSelect;

/** What scoring reads of an answer: a year's dashboards load only these columns of it. */
export type ScoringAnswer = Pick<
  AnswerRow,
  'indicatorCode' | 'areaCode' | 'selfValue' | 'evaluatorValue'
>;

/** Everything needed to score one period (with whole answer rows for the pages that show them). */
export interface YearData<A extends ScoringAnswer = ScoringAnswer> {
  period: PeriodRow;
  framework: Framework;
  results: Map<AreaCode, ResultRow>;
  answers: Map<string, A>;
  targets: Map<AreaCode, number>;
  /** items that do not apply this year (code → reason): left out and the rest rescaled */
  notApplicable: Map<string, string>;
}

// Framework snapshots never change once written; parse each once per database handle.
const frameworkCache = new WeakMap<object, Map<string, Framework>>();

export function frameworkOf(db: Reader, id: string): Framework {
  let cache = frameworkCache.get(db);
  if (!cache) {
    cache = new Map();
    frameworkCache.set(db, cache);
  }
  const cached = cache.get(id);
  if (cached) return cached;
  const row = db.select().from(t.frameworks).where(eq(t.frameworks.id, id)).get();
  if (!row) throw new NotFoundError(`Kerangka evaluasi ${id} tidak ditemukan.`);
  const framework = row.definition;
  cache.set(id, framework);
  return framework;
}

export function findPeriod(db: Reader, year: number): PeriodRow {
  const period = db.select().from(t.periods).where(eq(t.periods.year, year)).get();
  if (!period) throw new NotFoundError(`Periode evaluasi ${year} belum ada.`);
  return period;
}

export function listPeriodRows(db: Reader): PeriodRow[] {
  return db.select().from(t.periods).orderBy(asc(t.periods.year)).all();
}

/** The periods whose year lies in [from, to] (either end open), oldest first. */
export function periodsInRange(db: Reader, range: { from?: number; to?: number }): PeriodRow[] {
  const where = [
    ...(range.from === undefined ? [] : [gte(t.periods.year, range.from)]),
    ...(range.to === undefined ? [] : [lte(t.periods.year, range.to)]),
  ];
  return db
    .select()
    .from(t.periods)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(t.periods.year))
    .all();
}

// The answer's other columns (evidence, comments, sources) are most of its bytes: reading
// them for every year made the dashboards' cold reads several times slower at scale.
const SCORING_COLUMNS = {
  indicatorCode: t.indicatorAnswers.indicatorCode,
  areaCode: t.indicatorAnswers.areaCode,
  selfValue: t.indicatorAnswers.selfValue,
  evaluatorValue: t.indicatorAnswers.evaluatorValue,
};

/** Everything needed to score a year; given the period's row, it is not read again. */
export function loadYear(db: Reader, yearOrPeriod: number | PeriodRow): YearData {
  return loadYearWith(db, yearOrPeriod, (year) =>
    db
      .select(SCORING_COLUMNS)
      .from(t.indicatorAnswers)
      .where(eq(t.indicatorAnswers.year, year))
      .all(),
  );
}

/** The year as loadYear gives it, with the answers' whole rows: for the pages that show them. */
export function loadYearWithAnswers(
  db: Reader,
  yearOrPeriod: number | PeriodRow,
): YearData<AnswerRow> {
  return loadYearWith(db, yearOrPeriod, (year) =>
    db.select().from(t.indicatorAnswers).where(eq(t.indicatorAnswers.year, year)).all(),
  );
}

function loadYearWith<A extends ScoringAnswer>(
  db: Reader,
  yearOrPeriod: number | PeriodRow,
  answersOf: (year: number) => A[],
): YearData<A> {
  const period = typeof yearOrPeriod === 'number' ? findPeriod(db, yearOrPeriod) : yearOrPeriod;
  const year = period.year;
  const framework = frameworkOf(db, period.frameworkId);
  const results = new Map(
    db
      .select()
      .from(t.areaResults)
      .where(eq(t.areaResults.year, year))
      .all()
      .map((r) => [r.areaCode, r] as const),
  );
  const answers = new Map(answersOf(year).map((a) => [a.indicatorCode, a] as const));
  const targets = new Map(
    db
      .select()
      .from(t.targets)
      .where(eq(t.targets.year, year))
      .all()
      .map((r) => [r.areaCode, r.points] as const),
  );
  return {
    period,
    framework,
    results,
    answers,
    targets,
    notApplicable: notApplicableOf(db, year),
  };
}

/** The year's items that do not apply (code → reason): scoring leaves them out. */
export function notApplicableOf(db: Reader, year: number): Map<string, string> {
  return new Map(
    db
      .select({ code: t.notApplicableItems.indicatorCode, reason: t.notApplicableItems.reason })
      .from(t.notApplicableItems)
      .where(eq(t.notApplicableItems.year, year))
      .all()
      .map((r) => [r.code, r.reason] as const),
  );
}

export type ScoreBasis = 'official' | 'self' | 'evaluator';

/**
 * Scores the year on one basis. Official: the evaluator's value once the area is verified;
 * ministry-wide Hasil indicators have no workflow and count the evaluator's value when given.
 * Evaluator: the evaluator's value wherever given, to show the gap before verification.
 */
export function scoreYear(data: YearData, basis: ScoreBasis = 'official'): ScoredFramework {
  return scoreFramework(
    data.framework,
    (indicator) => {
      const answer = data.answers.get(indicator.code);
      if (!answer) return null;
      const pair = {
        selfValue: answer.selfValue ?? null,
        evaluatorValue: answer.evaluatorValue ?? null,
      };
      if (basis === 'self') return pair.selfValue;
      if (basis === 'evaluator') return countingValue(indicator, pair, true);
      const owner = answer.areaCode
        ? { status: data.results.get(answer.areaCode)?.status }
        : ({ ministryWide: true } as const);
      return countingValue(indicator, pair, evaluatorValueCounts(owner));
    },
    data.notApplicable,
  );
}
