import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import type { Actor, Role } from '@rapor/shared/permissions';
import { and, eq, lt, or, sql } from 'drizzle-orm';

export interface SessionUser extends Actor {
  username: string;
  displayName: string;
}

export const SESSION_COOKIE = 'rapor_session';

// Only a hash of the token is stored: a copy of the database does not let anyone sign in.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(db: Db, userId: number, now: Date, absoluteMs: number): string {
  const token = randomBytes(32).toString('base64url');
  const stamp = now.toISOString();
  // Sessions past their absolute expiry are gone for good: purge them as new ones start, so
  // the table does not keep every session ever opened.
  db.delete(t.sessions).where(lt(t.sessions.expiresAt, stamp)).run();
  db.insert(t.sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: stamp,
      lastSeenAt: stamp,
      expiresAt: new Date(now.getTime() + absoluteMs).toISOString(),
    })
    .run();
  return token;
}

export function deleteSession(db: Db, token: string): void {
  db.delete(t.sessions)
    .where(eq(t.sessions.tokenHash, hashToken(token)))
    .run();
}

/** The areas of the working groups a user belongs to: where a chair may act. */
// Every signed-in request looks its session up: the two statements are prepared once per
// database handle instead of being built anew each time.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  return {
    session: db
      .select({ session: t.sessions, user: t.users })
      .from(t.sessions)
      .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
      .where(eq(t.sessions.tokenHash, sql.placeholder('hash')))
      .prepare(),
    areas: db
      .select({ area: t.workingGroups.areaCode })
      .from(t.workingGroupMembers)
      .innerJoin(t.workingGroups, eq(t.workingGroups.id, t.workingGroupMembers.workingGroupId))
      .where(eq(t.workingGroupMembers.userId, sql.placeholder('user')))
      .prepare(),
  };
}

function statements(db: Db) {
  let found = prepared.get(db);
  if (!found) {
    found = prepare(db);
    prepared.set(db, found);
  }
  return found;
}

export function areasOfUser(db: Db, userId: number): AreaCode[] {
  return statements(db)
    .areas.all({ user: userId })
    .map((r) => r.area);
}

/**
 * The user behind a session token, or null when the token is unknown, the session has been
 * idle too long or is past its absolute expiry, or the user is deactivated.
 */
export function resolveSession(
  db: Db,
  token: string,
  now: Date,
  idleMs: number,
): SessionUser | null {
  const row = statements(db).session.get({ hash: hashToken(token) });
  if (!row) return null;
  const nowMs = now.getTime();
  const idleExpired = Date.parse(row.session.lastSeenAt) + idleMs <= nowMs;
  if (idleExpired || Date.parse(row.session.expiresAt) <= nowMs || !row.user.active) {
    db.delete(t.sessions).where(eq(t.sessions.tokenHash, row.session.tokenHash)).run();
    return null;
  }
  // Touch at most once a minute: a read-heavy dashboard should not write on every request.
  if (nowMs - Date.parse(row.session.lastSeenAt) > 60_000) {
    db.update(t.sessions)
      .set({ lastSeenAt: now.toISOString() })
      .where(eq(t.sessions.tokenHash, row.session.tokenHash))
      .run();
  }
  return {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    role: row.user.role as Role,
    areas: areasOfUser(db, row.user.id),
  };
}

export function purgeExpiredSessions(db: Db, now: Date, idleMs: number): void {
  const stamp = now.toISOString();
  db.delete(t.sessions)
    .where(
      or(
        lt(t.sessions.expiresAt, stamp),
        lt(t.sessions.lastSeenAt, new Date(now.getTime() - idleMs).toISOString()),
      ),
    )
    .run();
}

export function deleteSessionsOfUser(db: Db | Tx, userId: number): void {
  db.delete(t.sessions)
    .where(and(eq(t.sessions.userId, userId)))
    .run();
}
