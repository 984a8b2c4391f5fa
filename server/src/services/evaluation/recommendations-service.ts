import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import { STILL_OPEN } from '@rapor/shared/recommendations';
import type { Recommendation } from '@rapor/shared/schemas';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { NotFoundError } from '../../errors';
import { childRowsByParent } from './child-rows';
import { findPeriod, type Reader } from './year-data';

type RecommendationRow = typeof t.recommendations.$inferSelect;

/** Which recommendations a list takes: of one area, with one status, issued in one year. */
interface RecommendationFilter {
  area?: AreaCode;
  status?: Recommendation['status'];
  year?: number;
}

function withFollowUps(db: Reader, rows: RecommendationRow[], today: string): Recommendation[] {
  if (rows.length === 0) return [];
  const followUps = childRowsByParent(
    rows.map((r) => r.id),
    (ids) =>
      db
        .select({ f: t.recommendationFollowUps, by: t.users.displayName })
        .from(t.recommendationFollowUps)
        .leftJoin(t.users, eq(t.users.id, t.recommendationFollowUps.userId))
        .where(inArray(t.recommendationFollowUps.recommendationId, ids))
        .orderBy(asc(t.recommendationFollowUps.date), asc(t.recommendationFollowUps.id))
        .all(),
    (x) => x.f.recommendationId,
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    area: r.areaCode,
    text: r.text,
    ownerUnit: r.ownerUnit,
    dueDate: r.dueDate,
    priority: r.priority,
    status: r.status,
    version: r.version,
    overdue: STILL_OPEN.has(r.status) && r.dueDate !== null && r.dueDate < today,
    followUps: (followUps.get(r.id) ?? []).map((x) => ({
      id: x.f.id,
      year: x.f.year,
      date: x.f.date,
      status: x.f.status,
      note: x.f.note,
      by: x.by ?? null,
    })),
  }));
}

export function listRecommendations(
  db: Reader,
  filter: RecommendationFilter,
  today: string,
  page: { limit?: number; offset?: number } = {},
): Recommendation[] {
  const rows = db
    .select()
    .from(t.recommendations)
    .where(recommendationFilter(filter))
    .orderBy(
      asc(t.recommendations.year),
      asc(t.recommendations.areaCode),
      asc(t.recommendations.id),
    )
    // SQLite takes OFFSET only after a LIMIT: without one, as many as there can be
    .limit(page.limit ?? Number.MAX_SAFE_INTEGER)
    .offset(page.offset ?? 0)
    .all();
  return withFollowUps(db, rows, today);
}

/** How many recommendations match the filter. */
export function countRecommendations(db: Reader, filter: RecommendationFilter): number {
  return (
    db.select({ n: count() }).from(t.recommendations).where(recommendationFilter(filter)).get()
      ?.n ?? 0
  );
}

function recommendationFilter(filter: RecommendationFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.area) where.push(eq(t.recommendations.areaCode, filter.area));
  if (filter.status) where.push(eq(t.recommendations.status, filter.status));
  if (filter.year) where.push(eq(t.recommendations.year, filter.year));
  return where.length ? and(...where) : undefined;
}

/**
 * Recommendations still open, counted per area, status and whether overdue (by the same rule
 * as a listed one's `overdue`): what the overview shows, without loading every one.
 */
export function openRecommendationCounts(db: Reader, today: string) {
  const r = t.recommendations;
  const overdue = sql<number>`(${r.dueDate} IS NOT NULL AND ${r.dueDate} < ${today})`;
  return db
    .select({ area: r.areaCode, status: r.status, overdue, n: count() })
    .from(r)
    .where(inArray(r.status, [...STILL_OPEN]))
    .groupBy(r.areaCode, r.status, overdue)
    .all()
    .map((row) => ({ ...row, overdue: row.overdue === 1 }));
}

/** Status as it stood at the end of `year`: the last follow-up reported up to then. */
function statusAtEndOf(rec: Recommendation, year: number): Recommendation['status'] {
  const reported = rec.followUps.filter((f) => f.year <= year);
  return reported.at(-1)?.status ?? 'open';
}

/**
 * The recommendations an area's result shows for a year: those issued by that year's
 * evaluation, and those from earlier years still open when the year began.
 */
export function recommendationsForResult(db: Reader, year: number, area: AreaCode, today: string) {
  return splitForYear(listRecommendations(db, { area }, today), year);
}

/** An area's recommendations split as its result for `year` shows them (see above). */
export function splitForYear(ofArea: readonly Recommendation[], year: number) {
  return {
    issued: ofArea.filter((r) => r.year === year),
    carriedOver: ofArea.filter((r) => r.year < year && STILL_OPEN.has(statusAtEndOf(r, year - 1))),
  };
}

/**
 * A page of the recommendations an area's result for `year` carries over (see splitForYear),
 * oldest first, optionally only those with `status` now, and how many there are.
 */
export function carriedOverPage(
  db: Reader,
  year: number,
  area: AreaCode,
  today: string,
  page: { status?: Recommendation['status']; limit?: number; offset?: number },
) {
  findPeriod(db, year);
  const { carriedOver } = recommendationsForResult(db, year, area, today);
  const matching = page.status ? carriedOver.filter((r) => r.status === page.status) : carriedOver;
  const from = page.offset ?? 0;
  return {
    recommendations: matching.slice(from, page.limit === undefined ? undefined : from + page.limit),
    total: matching.length,
  };
}

export function getRecommendation(db: Reader, id: number, today: string): Recommendation {
  const row = db.select().from(t.recommendations).where(eq(t.recommendations.id, id)).get();
  if (!row) throw new NotFoundError(`Rekomendasi ${id} tidak ditemukan.`);
  const [rec] = withFollowUps(db, [row], today);
  if (!rec) throw new NotFoundError(`Rekomendasi ${id} tidak ditemukan.`);
  return rec;
}
