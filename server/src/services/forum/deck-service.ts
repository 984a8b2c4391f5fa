import { createHash } from 'node:crypto';
import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { tallyAppeals } from '@rapor/shared/appeals';
import { type AreaCode, areaName } from '@rapor/shared/areas';
import { compareYears } from '@rapor/shared/compare';
import { formatPlainNumber } from '@rapor/shared/format';
import {
  boundParts,
  boundTargetItems,
  DECK_LIMITS,
  deckPlan,
  followUpRate,
  topAchievements,
  upgradeStoredDeck,
} from '@rapor/shared/forum';
import {
  DECK_FORMAT,
  Deck,
  type DeckArea,
  type DeckRecommendation,
  type Direction,
  type SnapshotSummary,
  WorkbookData,
} from '@rapor/shared/forum-schemas';
import { apportionCents, fromCents, toCents } from '@rapor/shared/rounding';
import type { Recommendation } from '@rapor/shared/schemas';
import type { ScoredNode } from '@rapor/shared/scoring';
import { percentOf, scoredAreaRoots } from '@rapor/shared/summary';
import { and, asc, desc, eq } from 'drizzle-orm';
import { ConflictError, NotFoundError } from '../../errors';
import { appendAudit } from '../admin/audit';
import { listOutcomes } from '../dashboard/outcomes-service';
import { yearSummary } from '../dashboard/summary-service';
import { listAppeals } from '../evaluation/appeals';
import { areaPlans } from '../evaluation/plan-store';
import { listRecommendations, splitForYear } from '../evaluation/recommendations-service';
import { authorize, type WriteContext } from '../evaluation/write-guard';
import {
  findPeriod,
  loadYear,
  periodsInRange,
  type Reader,
  scoreYear,
} from '../evaluation/year-data';
import { listDirections } from './directions-service';
import { agendaFromLive } from './forum-agenda';
import { workbookData } from './workbook-data';

/** How many achievements an area's slide has room for. */
const SLIDE_ACHIEVEMENTS = 4;

const deckRecommendation = (r: Recommendation): DeckRecommendation => ({
  id: r.id,
  year: r.year,
  area: r.area,
  text: r.text,
  ownerUnit: r.ownerUnit,
  dueDate: r.dueDate,
  priority: r.priority,
  status: r.status,
  overdue: r.overdue,
});

const deckDirection = ({ followUps: _f, version: _v, ...rest }: Direction) => rest;

/**
 * The slide's bars: a single area branch shows its sub-components, tagged items show
 * themselves. Points and maxima in cents, apportioned so that the bars add up to the area's
 * displayed figures (as areas add up to the index); percents from the exact values.
 */
function partsOf(roots: ScoredNode[], area: { points: number; max: number }): DeckArea['parts'] {
  const nodes = roots.length === 1 && roots[0]?.children ? roots[0].children : roots;
  const points = apportionCents(
    nodes.map((n) => n.points),
    toCents(area.points),
  );
  const maxima = apportionCents(
    nodes.map((n) => n.weight),
    toCents(area.max),
  );
  return nodes.map((n, i) => ({
    code: n.code,
    // pmprb-2020 names its branches "Pemenuhan — <area>": the slide already names the area
    name: {
      id: n.name.id.split(' — ')[0] ?? n.name.id,
      en: n.name.en.split(' — ')[0] ?? n.name.en,
    },
    points: fromCents(points[i] ?? 0),
    max: fromCents(maxima[i] ?? 0),
    percent: percentOf(n.points, n.weight),
    complete: n.answered === n.indicatorCount,
  }));
}

function chairs(db: Reader): Map<AreaCode, { workingGroup: string; chair: string | null }> {
  return new Map(
    db
      .select({
        area: t.workingGroups.areaCode,
        name: t.workingGroups.name,
        chair: t.users.displayName,
      })
      .from(t.workingGroups)
      .leftJoin(t.users, eq(t.users.id, t.workingGroups.chairUserId))
      .all()
      .map((g) => [g.area, { workingGroup: g.name, chair: g.chair }]),
  );
}

/** Directions of earlier forums a slide shows: the last forum's, and older ones still open. */
function earlierDirections(all: Direction[], previousYear: number | null): Direction[] {
  return all.filter(
    (d) => d.year === previousYear || d.status === 'open' || d.status === 'in_progress',
  );
}

function planOfArea(plan: ReturnType<typeof areaPlans>['areas'][number] | undefined) {
  return plan && plan.actions.length > 0 ? deckPlan(plan.activities, plan.progress) : null;
}

/** Everything the forum deck of `year` shows, as the data stands now. */
export function buildDeck(db: Reader, year: number, now: Date, today: string): Deck {
  const trendYears = periodsInRange(db, { to: year }).map((p) => yearSummary(db, p));
  const current = trendYears.at(-1);
  if (current?.year !== year) throw new NotFoundError(`Periode evaluasi ${year} belum ada.`);
  // against the period before, as the overview compares them
  const ov = compareYears(current, trendYears.at(-2));
  const data = loadYear(db, year);
  const scored = scoreYear(data);
  const groups = chairs(db);
  const achievements = db
    .select()
    .from(t.achievements)
    .where(eq(t.achievements.year, year))
    .orderBy(asc(t.achievements.date), asc(t.achievements.id))
    .all();
  const directions = earlierDirections(
    listDirections(db, { before: year }, today),
    ov.previousYear,
  );
  const recommendations = listRecommendations(db, {}, today);
  // the plans as they stand on the deck's day: a snapshot keeps the progress it was frozen with
  const plans = new Map(areaPlans(db, year, today).areas.map((p) => [p.area, p]));

  const areas = current.areas.map((a): DeckArea => {
    const recs = splitForYear(
      recommendations.filter((r) => r.area === a.code),
      year,
    );
    const mine = achievements.filter((x) => x.areaCode === a.code);
    return {
      code: a.code,
      name: areaName(a.code, current.framework),
      workingGroup: groups.get(a.code)?.workingGroup ?? null,
      chair: groups.get(a.code)?.chair ?? null,
      status: a.status,
      closedUnverified: a.closedUnverified,
      points: a.points,
      max: a.max,
      percent: a.percent,
      standing: a.standing,
      answered: a.answered,
      total: a.total,
      target: a.target,
      targetPercent: a.target === null ? null : percentOf(a.target, a.max),
      history: trendYears.flatMap((y) => {
        const same = y.areas.find((x) => x.code === a.code);
        return same
          ? [
              {
                year: y.year,
                framework: y.framework,
                method: y.method,
                percent: same.percent,
                targetPercent: same.target === null ? null : percentOf(same.target, same.max),
                standing: same.standing,
              },
            ]
          : [];
      }),
      parts: boundParts(partsOf(scoredAreaRoots(scored, a.code), a), DECK_LIMITS.parts),
      achievements: topAchievements(mine, SLIDE_ACHIEVEMENTS).map((x) => ({
        title: x.title,
        kind: x.kind,
        date: x.date,
        metric:
          x.metricLabel !== null && x.metricValue !== null
            ? `${x.metricLabel}: ${formatPlainNumber(x.metricValue, 'id')}${x.metricUnit ? ` ${x.metricUnit}` : ''}`
            : null,
      })),
      achievementCount: mine.length,
      recommendations: recs.issued.slice(0, DECK_LIMITS.recommendations).map(deckRecommendation),
      recommendationCount: recs.issued.length,
      earlier: recs.carriedOver.slice(0, DECK_LIMITS.earlier).map(deckRecommendation),
      earlierCount: recs.carriedOver.length,
      directions: directions.filter((d) => d.area === a.code).map(deckDirection),
      plan: planOfArea(plans.get(a.code)),
    };
  });

  const issued = recommendations.filter((r) => r.year === year);
  const priorities = issued.filter((r) => r.priority === 'high');
  return {
    format: DECK_FORMAT,
    year,
    snapshot: null,
    asOf: now.toISOString(),
    framework: current.framework,
    method: current.method,
    periodState: current.periodState,
    previousYear: ov.previousYear,
    methodChanged: ov.methodChanged,
    versionChanged: ov.versionChanged,
    areasClosedUnverified: current.areasClosedUnverified,
    index: current.index,
    maxScore: current.maxScore,
    predicate: current.predicate,
    standing: current.standing,
    shownPredicate: current.shownPredicate,
    indexSource: current.indexSource,
    predicateAssumed: current.predicateAssumed,
    predicateSource: current.predicateSource,
    targetBaik: current.targetBaik && {
      ...current.targetBaik,
      items: boundTargetItems(current.targetBaik.items, DECK_LIMITS.targets),
    },
    predicateBands: current.predicateBands,
    indexDelta: ov.indexDelta,
    indexDeltaBasis: ov.indexDeltaBasis,
    completeness: current.completeness,
    components: current.components,
    general: current.general,
    outcomes: listOutcomes(db, { to: year }),
    trend: trendYears.map((y) => ({
      year: y.year,
      framework: y.framework,
      method: y.method,
      periodState: y.periodState,
      index: y.index,
      maxScore: y.maxScore,
      percent: percentOf(y.index, y.maxScore),
      predicate: y.predicate,
      standing: y.standing,
      shownPredicate: y.shownPredicate,
    })),
    areas,
    closing: {
      priorities: priorities.slice(0, DECK_LIMITS.priorities).map(deckRecommendation),
      priorityCount: priorities.length,
      issued: issued.length,
      followUp: followUpRate(recommendations.filter((r) => r.year < year)),
      directions: directions.filter((d) => d.area === null).map(deckDirection),
      appeals: tallyAppeals(listAppeals(db, year).appeals),
    },
  };
}

type SnapshotRow = typeof t.deckSnapshots.$inferSelect;

function summaryOf(row: SnapshotRow, by: string | null): SnapshotSummary {
  return {
    id: row.id,
    year: row.year,
    number: row.number,
    createdAt: row.createdAt,
    by,
    note: row.note,
    sha256: row.sha256,
    // recomputed on every read: what the forum is shown is what was frozen, or it says not
    intact: sha256Of(row.data) === row.sha256,
  };
}

const sha256Of = (data: string) => createHash('sha256').update(data).digest('hex');

export function listSnapshots(db: Reader, year: number): SnapshotSummary[] {
  findPeriod(db, year);
  return db
    .select({ s: t.deckSnapshots, by: t.users.displayName })
    .from(t.deckSnapshots)
    .leftJoin(t.users, eq(t.users.id, t.deckSnapshots.createdBy))
    .where(eq(t.deckSnapshots.year, year))
    .orderBy(asc(t.deckSnapshots.number))
    .all()
    .map((r) => summaryOf(r.s, r.by));
}

/**
 * Freezes the deck of `year` as it stands: built and numbered inside one write transaction,
 * so no edit lands between what is read and what is stored.
 */
export function createSnapshot(
  ctx: WriteContext,
  year: number,
  note: string | undefined,
): SnapshotSummary {
  const row = writeTransaction(ctx.db, (tx) => {
    authorize(ctx.actor, 'snapshot.create', {});
    const deck = buildDeck(tx, year, ctx.now, ctx.today);
    const last = tx
      .select({ number: t.deckSnapshots.number })
      .from(t.deckSnapshots)
      .where(eq(t.deckSnapshots.year, year))
      .orderBy(desc(t.deckSnapshots.number))
      .get();
    // the workbook's data is frozen with the deck, so the snapshot's workbook is this one
    const data = JSON.stringify({ ...deck, workbook: workbookData(tx, year, ctx.today) });
    const inserted = tx
      .insert(t.deckSnapshots)
      .values({
        year,
        number: (last?.number ?? 0) + 1,
        createdAt: ctx.now.toISOString(),
        createdBy: ctx.actor.id,
        note: note || null,
        data,
        sha256: sha256Of(data),
      })
      .returning()
      .get();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'create',
      entity: 'deck_snapshot',
      entityId: `${year}#${inserted.number}`,
      scope: String(year),
      after: { number: inserted.number, sha256: inserted.sha256, note: inserted.note },
    });
    agendaFromLive(tx, year, inserted.number);
    return inserted;
  });
  return summaryOf(row, ctx.actor.displayName);
}

function snapshotRow(db: Reader, year: number, snapshot: number) {
  const row = db
    .select({ s: t.deckSnapshots, by: t.users.displayName })
    .from(t.deckSnapshots)
    .leftJoin(t.users, eq(t.users.id, t.deckSnapshots.createdBy))
    .where(and(eq(t.deckSnapshots.year, year), eq(t.deckSnapshots.number, snapshot)))
    .get();
  if (!row) throw new NotFoundError(`Salinan beku ${year} nomor ${snapshot} tidak ada.`);
  return {
    stored: JSON.parse(row.s.data) as Record<string, unknown>,
    summary: summaryOf(row.s, row.by),
  };
}

/** The deck of a snapshot (as frozen), or of the data as it stands now. */
export function deckOf(
  db: Reader,
  year: number,
  snapshot: number | undefined,
  now: Date,
  today: string,
): Deck {
  if (snapshot === undefined) return buildDeck(db, year, now, today);
  const { stored, summary } = snapshotRow(db, year, snapshot);
  return { ...Deck.parse(upgradeStoredDeck(stored)), snapshot: summary };
}

/**
 * The workbook's data frozen with a snapshot. A snapshot made before workbooks were frozen
 * with it has none: 409, never today's data in its name.
 */
export function frozenWorkbook(
  db: Reader,
  year: number,
  snapshot: number,
): { data: WorkbookData; snapshot: SnapshotSummary; asOf: string } {
  const { stored, summary } = snapshotRow(db, year, snapshot);
  if (stored.workbook === undefined)
    throw new ConflictError(
      'SNAPSHOT_WITHOUT_WORKBOOK',
      `Salinan beku ${year} nomor ${snapshot} dibuat sebelum buku kerja ikut dibekukan, jadi buku kerjanya tidak dapat dibuat ulang. Unduh buku kerja dari data langsung, atau bekukan salinan baru.`,
    );
  return { data: WorkbookData.parse(stored.workbook), snapshot: summary, asOf: summary.createdAt };
}

/** The items' values frozen with a snapshot (its workbook); null when it was frozen without. */
export function frozenResults(db: Reader, year: number, snapshot: number) {
  const { stored } = snapshotRow(db, year, snapshot);
  return stored.workbook === undefined ? null : WorkbookData.parse(stored.workbook).results;
}
