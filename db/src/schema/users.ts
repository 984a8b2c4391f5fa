import { ROLES } from '@rapor/shared/permissions';
import { index, integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  /** where reminders go (action-plan reports due, the secretariat's daily digest); optional */
  email: text('email'),
});

/** Server-side sessions; the cookie carries a random token, the table only its hash. */
export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: text('created_at').notNull(),
  lastSeenAt: text('last_seen_at').notNull(),
  expiresAt: text('expires_at').notNull(),
});

/**
 * Every sign-in attempt with the account name and the address it came from: the throttle
 * reads it (shared by every server process, kept across restarts); rows older than 30 days
 * are dropped.
 */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** as typed, lower-cased: attempts on accounts that don't exist count too */
    username: text('username').notNull(),
    address: text('address').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    index('login_attempts_user').on(t.username, t.at),
    index('login_attempts_address').on(t.address, t.at),
  ],
);

/**
 * Each day's e-mails, claimed once: the process whose insert of (day, kind) lands sends them,
 * so two server processes on one database never send a day's reminders twice.
 */
export const mailRuns = sqliteTable(
  'mail_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** the day in WIB the run is for */
    day: text('day').notNull(),
    kind: text('kind').notNull(),
    claimedAt: text('claimed_at').notNull(),
    finishedAt: text('finished_at'),
    sent: integer('sent').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /** why sending failed, when it did */
    error: text('error'),
  },
  (t) => [unique('mail_runs_day_kind').on(t.day, t.kind)],
);
