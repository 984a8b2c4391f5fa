import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Append-only: every write adds a row; nothing updates or deletes here, and the hash chain shows it. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    /** the user's name as it was when the entry was written: renaming a user re-attributes nothing */
    actor: text('actor'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** the period and area a change belongs to ("2025/MP"), for a result's history */
    scope: text('scope'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    /**
     * Set by the application in the inserting transaction (signAuditEntry): an HMAC of this
     * entry and the previous entry's hash, with the installation's key, which never enters SQL.
     * Deleting or editing an entry breaks the chain at that point (see audit-chain.ts).
     */
    hash: text('hash'),
    /** how `hash` was made: 2 by the application; NULL by the database trigger before it */
    chainVersion: integer('chain_version'),
  },
  (t) => [
    index('audit_log_entity').on(t.entity, t.entityId),
    index('audit_log_at').on(t.at),
    index('audit_log_scope').on(t.scope),
  ],
);
