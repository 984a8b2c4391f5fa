import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { NotApplicableResponse } from '@rapor/shared/figure-schemas';
import { type Framework, type FrameworkNode, indicators } from '@rapor/shared/framework';
import { and, asc, eq } from 'drizzle-orm';
import { ConflictError, NotFoundError } from '../../errors';
import { appendAudit } from '../admin/audit';
import { userNames } from './area-result-service';
import { authorize, type WriteContext } from './write-guard';
import { findPeriod, frameworkOf, notApplicableOf, type Reader } from './year-data';

/** The items of a framework that may be left out: those of its rescaled components. */
export function excludableItems(framework: Framework): FrameworkNode[] {
  const rescaled = new Set(framework.rescaledComponents ?? []);
  return indicators(framework.components.filter((c) => rescaled.has(c.code)));
}

export function listNotApplicable(db: Reader, year: number): NotApplicableResponse {
  const period = findPeriod(db, year);
  const framework = frameworkOf(db, period.frameworkId);
  const names = new Map(excludableItems(framework).map((n) => [n.code, n.name]));
  const users = userNames(db);
  const rows = db
    .select()
    .from(t.notApplicableItems)
    .where(eq(t.notApplicableItems.year, year))
    .orderBy(asc(t.notApplicableItems.indicatorCode))
    .all();
  return {
    year,
    allowed: names.size > 0,
    items: rows.map((r) => ({
      code: r.indicatorCode,
      name: names.get(r.indicatorCode) ?? { id: r.indicatorCode, en: r.indicatorCode },
      reason: r.reason,
      setBy: r.setBy === null ? null : (users.get(r.setBy) ?? null),
      setAt: r.setAt,
    })),
  };
}

/**
 * The admin marks an item as not applicable to the institution this year, or changes the
 * reason. RB General is then rescaled over the rest; at least one item must stay.
 */
export function markNotApplicable(
  ctx: WriteContext,
  year: number,
  code: string,
  reason: string,
): NotApplicableResponse {
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    authorize(ctx.actor, 'item.exclude', { periodState: period.state });
    const framework = frameworkOf(tx, period.frameworkId);
    const items = excludableItems(framework);
    if (items.length === 0) {
      throw new ConflictError(
        'NOT_RESCALED',
        `Kerangka ${framework.id} tidak mengenal butir yang tidak berlaku: semua butirnya dinilai.`,
      );
    }
    if (!items.some((n) => n.code === code)) {
      throw new NotFoundError(`${code} bukan butir RB General dalam kerangka ${framework.id}.`);
    }
    const before = notApplicableOf(tx, year);
    if (!before.has(code) && before.size + 1 >= items.length) {
      throw new ConflictError(
        'LAST_APPLICABLE_ITEM',
        'Sedikitnya satu butir RB General harus tetap berlaku.',
      );
    }
    const stamp = ctx.now.toISOString();
    tx.insert(t.notApplicableItems)
      .values({ year, indicatorCode: code, reason, setBy: ctx.actor.id, setAt: stamp })
      .onConflictDoUpdate({
        target: [t.notApplicableItems.year, t.notApplicableItems.indicatorCode],
        set: { reason, setBy: ctx.actor.id, setAt: stamp },
      })
      .run();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'exclude',
      entity: 'item',
      entityId: `${year}/${code}`,
      before: before.has(code) ? { reason: before.get(code) } : null,
      after: { reason },
    });
  });
  return listNotApplicable(ctx.db, year);
}

/** The admin counts an item again. */
export function clearNotApplicable(
  ctx: WriteContext,
  year: number,
  code: string,
): NotApplicableResponse {
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    authorize(ctx.actor, 'item.exclude', { periodState: period.state });
    const where = and(
      eq(t.notApplicableItems.year, year),
      eq(t.notApplicableItems.indicatorCode, code),
    );
    const row = tx.select().from(t.notApplicableItems).where(where).get();
    if (!row) throw new NotFoundError(`${code} tidak ditandai tidak berlaku pada ${year}.`);
    tx.delete(t.notApplicableItems).where(where).run();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'include',
      entity: 'item',
      entityId: `${year}/${code}`,
      before: { reason: row.reason },
      after: null,
    });
  });
  return listNotApplicable(ctx.db, year);
}
