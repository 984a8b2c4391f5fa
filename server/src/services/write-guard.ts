import { type Db, type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import { type Action, type Context, type Decision, decide } from '@rapor/shared/permissions';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session-store';
import {
  type AppError,
  ConflictError,
  ForbiddenError,
  LockedError,
  NotFoundError,
} from '../errors';
import { type AuditRecord, appendAudit, auditScope } from './audit';
import { findPeriod, type PeriodRow, type ResultRow } from './year-data';

export interface WriteContext {
  db: Db;
  actor: SessionUser;
  now: Date;
  /** YYYY-MM-DD in WIB */
  today: string;
}

/** Turns a refusal of the permission table into the error the client sees. */
export function refuse(decision: Exclude<Decision, { ok: true }>): AppError {
  switch (decision.reason) {
    case 'forbidden':
      return new ForbiddenError(decision.message);
    case 'locked':
      return new LockedError(decision.message);
    case 'conflict':
      return new ConflictError('INVALID_STATE', decision.message);
  }
}

export function authorize(actor: SessionUser, action: Action, context: Context): void {
  const decision = decide(actor, action, context);
  if (!decision.ok) throw refuse(decision);
}

export function staleVersion(current: number): ConflictError {
  return new ConflictError(
    'STALE_VERSION',
    `Data ini sudah diubah orang lain (versi terbaru ${current}). Muat ulang, lalu ulangi perubahan Anda.`,
    { currentVersion: current },
  );
}

export interface ResultWriteState {
  tx: Tx;
  period: PeriodRow;
  result: ResultRow;
}

type Change = Omit<AuditRecord, 'userId' | 'scope'>;
type ResultPatch = Partial<Pick<ResultRow, 'status' | 'narrative' | 'reviewComment'>>;

/**
 * Every write to an area's result goes through here, in one transaction: the permission
 * table decides on the period state and result status, the version must be the current one,
 * then the change is applied, the version goes up by one and the audit log records it.
 */
export function writeAreaResult(
  ctx: WriteContext,
  target: { year: number; area: AreaCode; version: number },
  actions: readonly Action[],
  apply: (state: ResultWriteState) => Change[],
  patchOf: ResultPatch | ((state: ResultWriteState) => ResultPatch) = {},
  /** runs last, in the same transaction: reads what was just written */
  after?: (tx: Tx) => void,
): number {
  return writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, target.year);
    const result = tx
      .select()
      .from(t.areaResults)
      .where(and(eq(t.areaResults.year, target.year), eq(t.areaResults.areaCode, target.area)))
      .get();
    if (!result)
      throw new NotFoundError(`Hasil area ${target.area} tahun ${target.year} belum ada.`);
    for (const action of actions) {
      authorize(ctx.actor, action, {
        area: target.area,
        periodState: period.state,
        status: result.status,
      });
    }
    if (result.version !== target.version) throw staleVersion(result.version);

    const state = { tx, period, result };
    const changes = apply(state);
    const patch = typeof patchOf === 'function' ? patchOf(state) : patchOf;
    const updated = tx
      .update(t.areaResults)
      .set({
        ...patch,
        version: result.version + 1,
        updatedAt: ctx.now.toISOString(),
        updatedBy: ctx.actor.id,
      })
      .where(and(eq(t.areaResults.id, result.id), eq(t.areaResults.version, result.version)))
      .returning({ version: t.areaResults.version })
      .get();
    // Another connection slipped in between our read and this write.
    if (!updated) throw staleVersion(result.version + 1);

    const scope = auditScope(target.year, target.area);
    const resultChange: Change[] = Object.keys(patch).length
      ? [
          {
            action: 'update',
            entity: 'area_result',
            entityId: scope,
            before: pick(result, patch),
            after: patch,
          },
        ]
      : [];
    for (const change of [...resultChange, ...changes]) {
      appendAudit(tx, ctx.now, { ...change, userId: ctx.actor.id, scope });
    }
    after?.(tx);
    return updated.version;
  });
}

function pick(row: ResultRow, patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(patch).map((k) => [k, row[k as keyof ResultRow]]));
}
