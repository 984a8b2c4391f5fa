import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import {
  CHAIR_DIRECTION_STATUSES,
  type Direction,
  type DirectionEditInput,
  type DirectionFollowUpInput,
  type DirectionInput,
  type DirectionStatus,
  type DirectionWithdrawInput,
} from '@rapor/shared/forum-schemas';
import { roleMay } from '@rapor/shared/permissions';
import { and, asc, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { appendAudit, auditScope } from '../admin/audit';
import { childRowsByParent } from '../evaluation/child-rows';
import {
  authorize,
  followUpChange,
  type WriteContext,
  writeVersioned,
} from '../evaluation/write-guard';
import { findPeriod, type Reader } from '../evaluation/year-data';

type DirectionRow = typeof t.directions.$inferSelect;
const STILL_OPEN: ReadonlySet<DirectionStatus> = new Set(['open', 'in_progress']);

function withFollowUps(db: Reader, rows: DirectionRow[], today: string): Direction[] {
  if (rows.length === 0) return [];
  const names = new Map(
    db
      .select({ id: t.users.id, name: t.users.displayName })
      .from(t.users)
      .all()
      .map((u) => [u.id, u.name]),
  );
  const followUps = childRowsByParent(
    rows.map((r) => r.id),
    (ids) =>
      db
        .select()
        .from(t.directionFollowUps)
        .where(inArray(t.directionFollowUps.directionId, ids))
        .orderBy(asc(t.directionFollowUps.date), asc(t.directionFollowUps.id))
        .all(),
    (f) => f.directionId,
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    area: r.areaCode,
    text: r.text,
    owner: r.owner,
    dueDate: r.dueDate,
    status: r.status,
    version: r.version,
    overdue: STILL_OPEN.has(r.status) && r.dueDate !== null && r.dueDate < today,
    createdAt: r.createdAt,
    by: r.createdBy === null ? null : (names.get(r.createdBy) ?? null),
    editedAt: r.editedAt,
    followUps: (followUps.get(r.id) ?? []).map((f) => ({
      id: f.id,
      date: f.date,
      status: f.status,
      note: f.note,
      by: f.userId === null ? null : (names.get(f.userId) ?? null),
    })),
  }));
}

export interface DirectionFilter {
  year?: number;
  /** years before this one: the directions of earlier forums */
  before?: number;
  /** an area's; null: the ministry-wide ones only */
  area?: AreaCode | null;
  status?: DirectionStatus;
}

/** Every list leaves out the directions withdrawn as recorded by mistake. */
export function listDirections(db: Reader, filter: DirectionFilter, today: string): Direction[] {
  const where: SQL[] = [isNull(t.directions.withdrawnAt)];
  if (filter.year !== undefined) where.push(eq(t.directions.year, filter.year));
  if (filter.before !== undefined) where.push(lt(t.directions.year, filter.before));
  if (filter.area === null) where.push(isNull(t.directions.areaCode));
  else if (filter.area) where.push(eq(t.directions.areaCode, filter.area));
  if (filter.status) where.push(eq(t.directions.status, filter.status));
  const rows = db
    .select()
    .from(t.directions)
    .where(and(...where))
    .orderBy(asc(t.directions.year), asc(t.directions.id))
    .all();
  return withFollowUps(db, rows, today);
}

export function getDirection(db: Reader, id: number, today: string): Direction {
  const row = db.select().from(t.directions).where(eq(t.directions.id, id)).get();
  if (!row) throw new NotFoundError(`Arahan ${id} tidak ditemukan.`);
  if (row.withdrawnAt !== null) throw withdrawn();
  const [direction] = withFollowUps(db, [row], today);
  if (!direction) throw new NotFoundError(`Arahan ${id} tidak ditemukan.`);
  return direction;
}

/**
 * Records a direction given at the forum of `year`. The client's id makes it idempotent: a
 * direction queued offline and sent again after a lost answer returns the stored one
 * (`created: false`); the same id with different content is a conflict.
 */
export function createDirection(
  ctx: WriteContext,
  year: number,
  input: DirectionInput,
): { direction: Direction; created: boolean } {
  const outcome = writeTransaction(ctx.db, (tx) => {
    findPeriod(tx, year);
    authorize(ctx.actor, 'direction.create', {});
    const existing = tx
      .select()
      .from(t.directions)
      .where(eq(t.directions.clientId, input.clientId))
      .get();
    if (existing) {
      if (existing.withdrawnAt !== null) throw withdrawn();
      // resent as captured after the secretariat corrected it: the stored one stands
      if (existing.editedAt !== null) return { id: existing.id, created: false };
      if (
        existing.year !== year ||
        existing.text !== input.text ||
        existing.areaCode !== input.area
      )
        throw new ConflictError(
          'DUPLICATE_CLIENT_ID',
          'Arahan dengan penanda ini sudah tersimpan dengan isi lain.',
        );
      return { id: existing.id, created: false };
    }
    const row = tx
      .insert(t.directions)
      .values({
        clientId: input.clientId,
        year,
        areaCode: input.area,
        text: input.text,
        owner: input.owner,
        dueDate: input.dueDate ?? null,
        createdAt: ctx.now.toISOString(),
        createdBy: ctx.actor.id,
      })
      .returning({ id: t.directions.id })
      .get();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'create',
      entity: 'direction',
      entityId: String(row.id),
      scope: auditScope(year, input.area),
      after: { text: input.text, owner: input.owner, dueDate: input.dueDate ?? null },
    });
    return { id: row.id, created: true };
  });
  return { direction: getDirection(ctx.db, outcome.id, ctx.today), created: outcome.created };
}

/**
 * A follow-up on a direction: the chair of its area reports progress; the secretariat
 * (admin) reports too and is the only one to close it, as the minister's office tracks it.
 */
export function addDirectionFollowUp(
  ctx: WriteContext,
  id: number,
  body: DirectionFollowUpInput,
): Direction {
  writeVersioned(ctx, {
    table: t.directions,
    id,
    version: body.version,
    notFound: `Arahan ${id} tidak ditemukan.`,
    check: (row: DirectionRow) => {
      authorize(ctx.actor, 'direction.followUp', { area: row.areaCode ?? undefined });
      if (
        !roleMay(ctx.actor.role, 'direction.close') &&
        !(CHAIR_DIRECTION_STATUSES as readonly string[]).includes(body.status)
      ) {
        throw new ForbiddenError(
          'Ketua pokja melaporkan kemajuan arahan; sekretariat yang menutupnya (selesai atau dibatalkan).',
        );
      }
    },
    apply: (row, tx) => {
      if (!STILL_OPEN.has(row.status)) {
        throw new ConflictError(
          'DIRECTION_CLOSED',
          'Arahan ini sudah ditutup (selesai atau dibatalkan).',
        );
      }
      tx.insert(t.directionFollowUps)
        .values({
          directionId: id,
          date: ctx.today,
          status: body.status,
          note: body.note,
          userId: ctx.actor.id,
        })
        .run();
      return followUpChange('direction', id, auditScope(row.year, row.areaCode), row, body);
    },
  });
  return getDirection(ctx.db, id, ctx.today);
}

const withdrawn = () =>
  new ConflictError('DIRECTION_WITHDRAWN', 'Arahan ini sudah ditarik karena salah catat.');

/**
 * A correction by the secretariat: the direction still recorded, the version the caller read,
 * the change and its audit entry in one transaction (the audit says what it was before).
 */
function writeCorrection(
  ctx: WriteContext,
  id: number,
  version: number,
  change: (row: DirectionRow) => {
    set: Partial<DirectionRow>;
    action: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): void {
  writeVersioned(ctx, {
    table: t.directions,
    id,
    version,
    notFound: `Arahan ${id} tidak ditemukan.`,
    check: (row: DirectionRow) => {
      authorize(ctx.actor, 'direction.correct', {});
      if (row.withdrawnAt !== null) throw withdrawn();
    },
    apply: (row) => {
      const { set, action, before, after } = change(row);
      return {
        set,
        audit: {
          action,
          entity: 'direction',
          entityId: String(id),
          scope: auditScope(row.year, row.areaCode),
          before: { ...before, version: row.version },
          after,
        },
      };
    },
  });
}

/**
 * The secretariat corrects a direction as recorded (a typo typed in the room, the owner, the
 * due date), with a reason; the audit log keeps what it said before. Its status and
 * follow-ups stay as they are.
 */
export function editDirection(ctx: WriteContext, id: number, body: DirectionEditInput): Direction {
  const next = { text: body.text, owner: body.owner, dueDate: body.dueDate ?? null };
  writeCorrection(ctx, id, body.version, (row) => ({
    set: { ...next, editedAt: ctx.now.toISOString() },
    action: 'update',
    before: { text: row.text, owner: row.owner, dueDate: row.dueDate },
    after: { ...next, reason: body.reason },
  }));
  return getDirection(ctx.db, id, ctx.today);
}

/**
 * Takes back a direction recorded by mistake: it leaves the deck, the files and every list;
 * the row and the audit log keep it, with the reason.
 */
export function withdrawDirection(
  ctx: WriteContext,
  id: number,
  body: DirectionWithdrawInput,
): void {
  writeCorrection(ctx, id, body.version, (row) => ({
    set: { withdrawnAt: ctx.now.toISOString(), withdrawnReason: body.reason },
    action: 'withdraw',
    before: { text: row.text, owner: row.owner, status: row.status },
    after: { reason: body.reason },
  }));
}
