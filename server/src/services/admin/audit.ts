import { appendChainedEntry } from '@rapor/db/audit-chain';
import { connectionOf, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AuditEntry } from '@rapor/shared/write-schemas';
import { and, desc, eq, gte, like, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Reader } from '../evaluation/year-data';

export interface AuditRecord {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  scope?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the append-only log, inside the caller's transaction so both land or neither,
 * with the user's name as it is now, and signs it into the chain (audit-chain.ts). Outside a
 * transaction it opens one: reading the chain's head and linking to it must not interleave
 * with another writer.
 */
export function appendAudit(tx: Reader, at: Date, record: AuditRecord): void {
  const sqlite = connectionOf(tx);
  if (!sqlite.inTransaction && 'transaction' in tx && '$client' in tx) {
    writeTransaction(tx, (inner) => appendAudit(inner, at, record));
    return;
  }
  const actor =
    record.userId === null
      ? null
      : (tx
          .select({ username: t.users.username })
          .from(t.users)
          .where(eq(t.users.id, record.userId))
          .get()?.username ?? null);
  const json = (value: unknown) =>
    value === undefined || value === null ? null : JSON.stringify(value);
  appendChainedEntry(sqlite, {
    at: at.toISOString(),
    userId: record.userId,
    actor,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    scope: record.scope ?? null,
    before: json(record.before),
    after: json(record.after),
  });
}

export function listAudit(
  db: Reader,
  filter: {
    entity?: string;
    entityId?: string;
    user?: string;
    area?: string;
    action?: string;
    from?: string;
    to?: string;
    scope?: string;
    limit: number;
    before?: number;
  },
): AuditEntry[] {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(t.auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(t.auditLog.entityId, filter.entityId));
  if (filter.user)
    where.push(eq(sql`coalesce(${t.auditLog.actor}, ${t.users.username})`, filter.user));
  if (filter.area) where.push(like(t.auditLog.scope, `%/${filter.area}`));
  if (filter.action) where.push(eq(t.auditLog.action, filter.action));
  if (filter.from) where.push(gte(t.auditLog.at, new Date(filter.from).toISOString()));
  if (filter.to) where.push(lte(t.auditLog.at, new Date(filter.to).toISOString()));
  if (filter.scope) where.push(like(t.auditLog.scope, filter.scope));
  if (filter.before) where.push(lt(t.auditLog.id, filter.before));
  return db
    .select({
      a: t.auditLog,
      user: t.users.username,
      userName: t.users.displayName,
      role: t.users.role,
    })
    .from(t.auditLog)
    .leftJoin(t.users, eq(t.users.id, t.auditLog.userId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(t.auditLog.id))
    .limit(filter.limit)
    .all()
    .map(({ a, user, userName, role }) => ({
      id: a.id,
      at: a.at,
      // The name as written in the entry (chained with it); older entries only have the id.
      user: a.actor ?? user ?? null,
      userName: userName ?? null,
      role: role ?? null,
      action: a.action,
      entity: a.entity,
      entityId: a.entityId,
      scope: a.scope,
      before: a.before,
      after: a.after,
    }));
}

/**
 * The scope an audit entry is filed under: "2025/MP" for an area's year (what a result's
 * history lists), "2025/ALL" for the whole ministry that year; `part` names another part
 * (a Hasil figure) where there is no area.
 */
export function auditScope(year: number, area: string | null | undefined, part = 'ALL'): string {
  return `${year}/${area ?? part}`;
}
