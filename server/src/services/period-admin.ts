import { storeFrameworkSnapshot } from '@rapor/db/framework-snapshot';
import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { FRAMEWORKS } from '@rapor/shared/frameworks';
import type { PeriodDetail } from '@rapor/shared/schemas';
import { canMovePeriod, type PeriodState } from '@rapor/shared/workflow';
import { eq } from 'drizzle-orm';
import { ConflictError, ValidationError } from '../errors';
import { appendAudit } from './audit';
import { getPeriod } from './periods-service';
import { authorize, type WriteContext } from './write-guard';
import { findPeriod, frameworkOf } from './year-data';

/** Opens a new evaluation year on a framework version, with a draft result per area. */
export function createPeriod(ctx: WriteContext, year: number, frameworkId: string): PeriodDetail {
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
        `isian frameworkId tidak dikenal: pilih ${[...new Set([...FRAMEWORKS.keys(), ...stored])].join(', ')}`,
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
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'create',
      entity: 'period',
      entityId: String(year),
      after: { year, frameworkId, state: 'open' },
    });
  });
  return getPeriod(ctx.db, year);
}

/** open → review → closed (or back to open from review). Closing makes every result final. */
export function movePeriod(ctx: WriteContext, year: number, to: PeriodState): PeriodDetail {
  authorize(ctx.actor, 'period.manage', {});
  const stamp = ctx.now.toISOString();
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    if (!canMovePeriod(period.state, to)) {
      throw new ConflictError(
        'INVALID_TRANSITION',
        `Periode ${year} tidak dapat dipindahkan dari ${period.state} ke ${to}.`,
      );
    }
    tx.update(t.periods)
      .set({ state: to, closedAt: to === 'closed' ? stamp : null })
      .where(eq(t.periods.year, year))
      .run();
    if (to === 'closed') {
      const results = tx.select().from(t.areaResults).where(eq(t.areaResults.year, year)).all();
      for (const r of results) {
        tx.update(t.areaResults)
          .set({
            status: 'final',
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
          scope: `${year}/${r.areaCode}`,
          before: { status: r.status },
          after: { status: 'final' },
        });
      }
    }
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'move',
      entity: 'period',
      entityId: String(year),
      before: { state: period.state },
      after: { state: to },
    });
  });
  return getPeriod(ctx.db, year);
}
