import { storeFrameworkSnapshot } from '@rapor/db/framework-snapshot';
import { type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import { type ClosingException, exceptionGaps, pendingAreas } from '@rapor/shared/closing';
import { areaMaxPoints, type Framework } from '@rapor/shared/framework';
import { FRAMEWORKS } from '@rapor/shared/frameworks';
import { RESULT_STATUS_LABEL } from '@rapor/shared/labels';
import { rebindProblems } from '@rapor/shared/rebind';
import type { ClosingCheck, PeriodDetail } from '@rapor/shared/schemas';
import { walkScored } from '@rapor/shared/scoring';
import { canMovePeriod } from '@rapor/shared/workflow';
import type { PeriodMove, PeriodRebind } from '@rapor/shared/write-schemas';
import { and, eq } from 'drizzle-orm';
import { ConflictError, ValidationError } from '../../errors';
import { yearVersionOf } from '../dashboard/aggregate-cache';
import { openAppeals } from '../evaluation/appeals';
import { getPeriod } from '../evaluation/periods-service';
import { authorize, type WriteContext } from '../evaluation/write-guard';
import {
  findPeriod,
  frameworkOf,
  listPeriodRows,
  loadYear,
  type Reader,
  scoreYear,
} from '../evaluation/year-data';
import { appendAudit, auditScope } from './audit';

/** Opens a new evaluation year on a framework version, with a draft result per area. */
export function createPeriod(
  ctx: WriteContext,
  year: number,
  frameworkId: string,
  options: { carryTargets?: boolean } = {},
): PeriodDetail {
  authorize(ctx.actor, 'period.manage', {});
  const stamp = ctx.now.toISOString();
  writeTransaction(ctx.db, (tx) => {
    if (tx.select().from(t.periods).where(eq(t.periods.year, year)).get()) {
      throw new ConflictError('PERIOD_EXISTS', `Periode ${year} sudah ada.`);
    }
    // A shipped version is snapshotted on first use; an imported one is already stored.
    if (FRAMEWORKS.has(frameworkId)) storeFrameworkSnapshot(tx, frameworkId, stamp);
    const stored = tx
      .select({ id: t.frameworks.id })
      .from(t.frameworks)
      .all()
      .map((f) => f.id);
    if (!stored.includes(frameworkId)) {
      throw new ValidationError(
        `Kerangka evaluasi tidak dikenal: pilih ${[...new Set([...FRAMEWORKS.keys(), ...stored])].join(', ')}`,
        { field: 'frameworkId' },
      );
    }
    const framework = frameworkOf(tx, frameworkId);
    tx.insert(t.periods).values({ year, frameworkId, state: 'open', openedAt: stamp }).run();
    for (const areaCode of framework.areas) {
      tx.insert(t.areaResults)
        .values({ year, areaCode, status: 'draft', updatedAt: stamp, updatedBy: ctx.actor.id })
        .run();
    }
    const carried = options.carryTargets ? carryTargets(tx, year, framework) : [];
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'create',
      entity: 'period',
      entityId: String(year),
      after: { year, frameworkId, state: 'open', carriedTargets: carried.length },
    });
  });
  return getPeriod(ctx.db, year);
}

/**
 * Last year's targets for the new year, as the same percent of each area's maximum (the
 * maximum changes with the framework). Working groups and their chairs are not per year:
 * they carry over as they are.
 */
function carryTargets(tx: Tx, year: number, framework: Framework): AreaCode[] {
  const previous = listPeriodRows(tx)
    .filter((p) => p.year < year)
    .at(-1);
  if (!previous) return [];
  const before = frameworkOf(tx, previous.frameworkId);
  const rows = tx.select().from(t.targets).where(eq(t.targets.year, previous.year)).all();
  const carried: AreaCode[] = [];
  for (const row of rows) {
    const points = samePercent(row.points, row.areaCode, before, framework);
    if (points === null) continue;
    tx.insert(t.targets).values({ year, areaCode: row.areaCode, points }).run();
    carried.push(row.areaCode);
  }
  return carried;
}

/**
 * An area target in points moved to another framework at the same percent of the area's
 * maximum (to the cent); null where either framework gives the area no points.
 */
function samePercent(points: number, area: AreaCode, from: Framework, to: Framework) {
  const oldMax = areaMaxPoints(from, area);
  const newMax = to.areas.includes(area) ? areaMaxPoints(to, area) : 0;
  if (oldMax <= 0 || newMax <= 0) return null;
  return Math.round((points / oldMax) * newMax * 100) / 100;
}

/**
 * What closing the year would settle without the evaluator: each area not verified with its
 * unanswered items, and the ministry-wide items with no answer.
 */
export function closingCheck(db: Reader, year: number): ClosingCheck {
  const data = loadYear(db, year);
  const unanswered = new Map<AreaCode | undefined, string[]>();
  for (const node of walkScored(scoreYear(data).components)) {
    if (!node.indicator || node.answered > 0) continue;
    unanswered.set(node.area, [...(unanswered.get(node.area) ?? []), node.code]);
  }
  return {
    year,
    state: data.period.state,
    version: yearVersionOf(db, year),
    pending: pendingAreas(
      data.framework.areas.map((area) => ({
        area,
        status: data.results.get(area)?.status ?? 'draft',
        unanswered: unanswered.get(area) ?? [],
      })),
    ),
    unansweredElsewhere: unanswered.get(undefined) ?? [],
    openAppeals: openAppeals(db, year),
  };
}

/** An appeal waiting for its answer holds the year open: its outcome may change a score. */
function requireAppealsAnswered(tx: Tx, year: number): void {
  const open = openAppeals(tx, year);
  if (open.length === 0) return;
  throw new ConflictError(
    'APPEALS_OPEN',
    `Periode ${year} belum bisa ditutup: ${open.length} sanggahan masih menunggu jawaban evaluator (${open
      .map((a) => `${a.area} ${a.code}`)
      .join(', ')}).`,
    { openAppeals: open },
  );
}

/** Closing refuses to settle an area the evaluator has not verified unless it is named. */
function requireExceptions(tx: Tx, year: number, exceptions: readonly ClosingException[]): void {
  const check = closingCheck(tx, year);
  const { missing, needless } = exceptionGaps(check.pending, exceptions);
  if (needless.length > 0) {
    throw new ValidationError(
      `Pengecualian hanya untuk area yang belum diverifikasi; ${needless.join(', ')} tidak perlu disebut.`,
      { field: 'exceptions' },
    );
  }
  if (missing.length > 0) {
    const pending = check.pending.filter((p) => missing.includes(p.area));
    throw new ConflictError(
      'CLOSING_NEEDS_EXCEPTIONS',
      `Periode ${year} belum bisa ditutup: ${pending
        .map(
          (p) =>
            `${p.area} (${RESULT_STATUS_LABEL[p.status].id}${p.unanswered.length > 0 ? `, ${p.unanswered.length} butir belum diisi` : ''})`,
        )
        .join(
          '; ',
        )} belum diverifikasi. Sebutkan setiap area itu dengan alasannya untuk menutup tanpa verifikasi.`,
      { pending, unansweredElsewhere: check.unansweredElsewhere },
    );
  }
}

/** A decision on a whole year names the version it was made on; refused once the year moved. */
function requireYearVersion(tx: Tx, year: number, read: number): void {
  const version = yearVersionOf(tx, year);
  if (read !== version) {
    throw new ConflictError(
      'STALE_VERSION',
      `Data tahun ${year} berubah sejak halaman ini dibaca (versi ${read}, kini ${version}). Muat ulang, periksa daftarnya, lalu ulangi.`,
      { currentVersion: version },
    );
  }
}

/**
 * Moves a year that is not closed to a newer version of its method (2023 → the 2024 weights),
 * keeping every answer: only where each item answered or left out means the same there
 * (`rebindProblems`). Area targets keep their percent of the area's maximum. A closed year
 * never moves: its result is what was decided.
 */
export function rebindPeriod(ctx: WriteContext, year: number, body: PeriodRebind): PeriodDetail {
  authorize(ctx.actor, 'period.manage', {});
  const stamp = ctx.now.toISOString();
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    requireYearVersion(tx, year, body.version);
    if (period.state === 'closed') {
      throw new ConflictError(
        'INVALID_STATE',
        `Periode ${year} sudah ditutup: kerangkanya tidak dapat diganti.`,
      );
    }
    if (FRAMEWORKS.has(body.frameworkId)) storeFrameworkSnapshot(tx, body.frameworkId, stamp);
    const from = frameworkOf(tx, period.frameworkId);
    const to = frameworkOf(tx, body.frameworkId);
    const used = [
      ...tx
        .select({ code: t.indicatorAnswers.indicatorCode })
        .from(t.indicatorAnswers)
        .where(eq(t.indicatorAnswers.year, year))
        .all(),
      ...tx
        .select({ code: t.notApplicableItems.indicatorCode })
        .from(t.notApplicableItems)
        .where(eq(t.notApplicableItems.year, year))
        .all(),
    ].map((r) => r.code);
    const problems = rebindProblems(from, to, [...new Set(used)]);
    if (problems.length > 0) {
      throw new ConflictError(
        'FRAMEWORK_NOT_COMPATIBLE',
        `Periode ${year} tidak dapat pindah ke ${to.id}: ${problems.join('; ')}.`,
        { problems },
      );
    }
    const rescaled = rescaleTargets(tx, year, from, to);
    tx.update(t.periods).set({ frameworkId: to.id }).where(eq(t.periods.year, year)).run();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'rebind',
      entity: 'period',
      entityId: String(year),
      before: { frameworkId: from.id },
      after: { frameworkId: to.id, rescaledTargets: rescaled },
    });
  });
  return getPeriod(ctx.db, year);
}

/** Area targets in points, kept at the same percent of a maximum the new weights changed. */
function rescaleTargets(tx: Tx, year: number, from: Framework, to: Framework): AreaCode[] {
  const rescaled: AreaCode[] = [];
  for (const row of tx.select().from(t.targets).where(eq(t.targets.year, year)).all()) {
    // the weights of the area's items are unchanged: its target stays as entered
    if (Math.abs(areaMaxPoints(from, row.areaCode) - areaMaxPoints(to, row.areaCode)) < 1e-9) {
      continue;
    }
    const points = samePercent(row.points, row.areaCode, from, to);
    if (points === null) continue;
    tx.update(t.targets)
      .set({ points })
      .where(and(eq(t.targets.year, year), eq(t.targets.areaCode, row.areaCode)))
      .run();
    rescaled.push(row.areaCode);
  }
  return rescaled;
}

/**
 * open → review → closed (or back to open from review). Closing makes every result final; an
 * area not verified closes only when named with a reason, which it then carries for good.
 */
export function movePeriod(ctx: WriteContext, year: number, move: PeriodMove): PeriodDetail {
  authorize(ctx.actor, 'period.manage', {});
  const { to } = move;
  const stamp = ctx.now.toISOString();
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    // closing settles what the secretariat saw: an answer or a verification since then
    // changes the list it decided on
    requireYearVersion(tx, year, move.version);
    if (!canMovePeriod(period.state, to)) {
      throw new ConflictError(
        'INVALID_TRANSITION',
        `Periode ${year} tidak dapat dipindahkan dari ${period.state} ke ${to}.`,
      );
    }
    const reasons = new Map((move.exceptions ?? []).map((e) => [e.area, e.reason]));
    if (to === 'closed') {
      requireAppealsAnswered(tx, year);
      requireExceptions(tx, year, move.exceptions ?? []);
    }
    tx.update(t.periods)
      // the appeal window belongs to this review: leaving it closes the window
      .set({ state: to, closedAt: to === 'closed' ? stamp : null, appealsOpenedAt: null })
      .where(eq(t.periods.year, year))
      .run();
    if (to === 'closed') {
      const results = tx.select().from(t.areaResults).where(eq(t.areaResults.year, year)).all();
      for (const r of results) {
        const closedUnverified = reasons.get(r.areaCode) ?? null;
        tx.update(t.areaResults)
          .set({
            status: 'final',
            closedUnverified,
            version: r.version + 1,
            updatedAt: stamp,
            updatedBy: ctx.actor.id,
          })
          .where(eq(t.areaResults.id, r.id))
          .run();
        appendAudit(tx, ctx.now, {
          userId: ctx.actor.id,
          action: 'finalize',
          entity: 'area_result',
          entityId: `${year}/${r.areaCode}`,
          scope: auditScope(year, r.areaCode),
          before: { status: r.status },
          after: closedUnverified ? { status: 'final', closedUnverified } : { status: 'final' },
        });
      }
    }
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'move',
      entity: 'period',
      entityId: String(year),
      before: { state: period.state },
      after: reasons.size > 0 ? { state: to, exceptions: move.exceptions } : { state: to },
    });
  });
  return getPeriod(ctx.db, year);
}
