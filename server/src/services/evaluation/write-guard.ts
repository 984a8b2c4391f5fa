import { type Db, type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import { type Action, type Context, type Decision, decide } from '@rapor/shared/permissions';
import { and, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { SessionUser } from '../../auth/session-store';
import {
  type AppError,
  ConflictError,
  ForbiddenError,
  LockedError,
  NotFoundError,
} from '../../errors';
import { type AuditRecord, appendAudit, auditScope } from '../admin/audit';
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

/** A table of a versioned aggregate: every write raises its `version` by one. */
type VersionedTable = SQLiteTable & { version: SQLiteColumn };

/**
 * The last step of every versioned write: sets `set` and raises the version from `read`,
 * where the row still has the version that was read, or throws STALE_VERSION (another
 * connection wrote between this transaction's read and its update). Returns the new version.
 */
export function raiseVersion<T extends VersionedTable>(
  tx: Tx,
  table: T,
  where: SQL | undefined,
  read: number,
  set: Record<string, unknown>,
): number {
  const updated = tx
    .update(table)
    .set({ ...set, version: read + 1 } as SQLiteUpdateSetSource<T>)
    .where(and(where, eq(table.version, read)))
    .returning({ version: table.version })
    .get() as { version: number } | undefined;
  if (!updated) throw staleVersion(read + 1);
  return updated.version;
}

/**
 * The versioned write of a record that exists once its first write makes it (a year's report
 * letter, a deck's agenda, a national result): the version read must be the current one (0
 * while there is none); then the row is updated (its version raised) or created, and the audit
 * records what it was (`describe`) and what it is now, inside the caller's transaction.
 * Returns the new version.
 */
export function upsertVersioned<T extends VersionedTable, Row extends { version: number }>(
  tx: Tx,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  table: T,
  where: SQL | undefined,
  write: {
    version: number;
    set: Record<string, unknown>;
    key: Record<string, unknown>;
    audit: {
      entity: string;
      entityId: string;
      scope: string;
      /** the row as the audit tells it (its version is added) */
      describe: (row: Row) => object;
      after: object;
    };
  },
): number {
  const before = tx
    .select()
    .from(table as SQLiteTable)
    .where(where)
    .get() as Row | undefined;
  if ((before?.version ?? 0) !== write.version) throw staleVersion(before?.version ?? 0);
  let version = 1;
  if (before) version = raiseVersion(tx, table, where, before.version, write.set);
  else
    tx.insert(table)
      .values({ ...write.key, ...write.set, version: 1 } as never)
      .run();
  const { describe, after, ...audit } = write.audit;
  appendAudit(tx, ctx.now, {
    ...audit,
    userId: ctx.actor.id,
    action: before ? 'update' : 'create',
    before: before ? { ...describe(before), version: before.version } : undefined,
    after: { ...after, version },
  });
  return version;
}

/** The one versioned write of an aggregate kept in one row (a recommendation, a direction). */
export interface VersionedWrite<
  T extends VersionedTable & { id: SQLiteColumn },
  Row extends { version: number },
  C,
> {
  table: T;
  id: number;
  /** the version the caller last read */
  version: number;
  notFound: string;
  /** the permission table on the row's context; returns what it read for `apply` */
  check: (row: Row, tx: Tx) => C;
  /** the change: writes its child rows, returns the row's new fields and its audit entry */
  apply: (row: Row, tx: Tx, checked: C) => { set: Partial<Row>; audit: Change & { scope: string } };
}

/**
 * Reads the row, checks the permission and the version, applies the change, raises the
 * version and records the audit entry (with the new version), all in one transaction.
 */
export function writeVersioned<
  T extends VersionedTable & { id: SQLiteColumn },
  Row extends { version: number },
  C,
>(ctx: WriteContext, write: VersionedWrite<T, Row, C>): number {
  const where = eq(write.table.id, write.id);
  return writeTransaction(ctx.db, (tx) => {
    const row = tx.select().from(write.table).where(where).get() as Row | undefined;
    if (!row) throw new NotFoundError(write.notFound);
    const checked = write.check(row, tx);
    if (row.version !== write.version) throw staleVersion(row.version);
    const { set, audit } = write.apply(row, tx, checked);
    const version = raiseVersion(tx, write.table, where, row.version, set);
    appendAudit(tx, ctx.now, {
      ...audit,
      userId: ctx.actor.id,
      after: { ...(audit.after as object | undefined), version },
    });
    return version;
  });
}

/**
 * A follow-up moves its recommendation or direction to the follow-up's status: the row's
 * change and its audit entry, for `writeVersioned`'s `apply`.
 */
export function followUpChange<S extends string>(
  entity: 'recommendation' | 'direction',
  id: number,
  scope: string,
  row: { status: S; version: number },
  body: { status: S; note: string },
) {
  return {
    set: { status: body.status },
    audit: {
      action: 'follow-up',
      entity,
      entityId: String(id),
      scope,
      before: { status: row.status, version: row.version },
      after: { status: body.status, note: body.note },
    },
  };
}

export interface ResultWriteState {
  tx: Tx;
  period: PeriodRow;
  result: ResultRow;
}

type Change = Omit<AuditRecord, 'userId' | 'scope'>;
type ResultPatch = Partial<Pick<ResultRow, 'status' | 'narrative' | 'reviewComment'>>;

/**
 * The area's result in this transaction, once the permission table allows each of `actions`
 * on its period state and status: the start of every write that belongs to an area's result
 * (the result itself, and what hangs from it without changing it, such as an evidence file).
 */
export function authorizeOnResult(
  tx: Tx,
  actor: SessionUser,
  target: { year: number; area: AreaCode },
  actions: readonly Action[],
): { period: PeriodRow; result: ResultRow } {
  const period = findPeriod(tx, target.year);
  const result = tx
    .select()
    .from(t.areaResults)
    .where(and(eq(t.areaResults.year, target.year), eq(t.areaResults.areaCode, target.area)))
    .get();
  if (!result) throw new NotFoundError(`Hasil area ${target.area} tahun ${target.year} belum ada.`);
  for (const action of actions) {
    authorize(actor, action, {
      area: target.area,
      periodState: period.state,
      status: result.status,
    });
  }
  return { period, result };
}

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
    const { period, result } = authorizeOnResult(tx, ctx.actor, target, actions);
    if (result.version !== target.version) throw staleVersion(result.version);

    const state = { tx, period, result };
    const changes = apply(state);
    const patch = typeof patchOf === 'function' ? patchOf(state) : patchOf;
    const version = raiseVersion(
      tx,
      t.areaResults,
      eq(t.areaResults.id, result.id),
      result.version,
      {
        ...patch,
        updatedAt: ctx.now.toISOString(),
        updatedBy: ctx.actor.id,
      },
    );

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
    return version;
  });
}

function pick(row: ResultRow, patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(patch).map((k) => [k, row[k as keyof ResultRow]]));
}
