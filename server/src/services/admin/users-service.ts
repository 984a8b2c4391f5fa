import { type Db, type Tx, writeTransaction } from '@rapor/db/open';
import { hashPassword, verifyPassword } from '@rapor/db/password';
import * as t from '@rapor/db/schema';
import { type AreaCode, areaName } from '@rapor/shared/areas';
import { passwordProblem } from '@rapor/shared/password-policy';
import { isAreaBound, type Role } from '@rapor/shared/permissions';
import type { UserCreate, UserUpdate } from '@rapor/shared/write-schemas';
import { asc, count, eq, gt } from 'drizzle-orm';
import { areasOfUser, deleteSessionsOfUser, type SessionUser } from '../../auth/session-store';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { appendAudit } from './audit';

// scrypt of a fixed string, so an unknown username costs as much time as a wrong password.
const DUMMY_HASH = hashPassword('no-such-user-timing-guard');

/** Refuses a password the policy does not allow (400 naming the field and why). */
function assertPasswordPolicy(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw new ValidationError(`Kata sandi belum memenuhi syarat: ${problem}`, {
      field: 'password',
    });
  }
}

/** The id of the account with this name (any case), if there is one: for the audit trail. */
export function userIdOf(db: Db, username: string): number | null {
  const row = db
    .select({ id: t.users.id })
    .from(t.users)
    .where(eq(t.users.username, username.trim().toLowerCase()))
    .get();
  return row?.id ?? null;
}

/** The active user with these credentials, or null. */
export async function authenticate(
  db: Db,
  username: string,
  password: string,
): Promise<SessionUser | null> {
  const user = db.select().from(t.users).where(eq(t.users.username, username)).get();
  if (!user?.active) {
    await verifyPassword(password, await DUMMY_HASH);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    areas: areasOfUser(db, user.id),
  };
}

export function listUsers(db: Db, now = new Date()) {
  const open = new Map(
    db
      .select({ userId: t.sessions.userId, n: count() })
      .from(t.sessions)
      .where(gt(t.sessions.expiresAt, now.toISOString()))
      .groupBy(t.sessions.userId)
      .all()
      .map((r) => [r.userId, r.n] as const),
  );
  return db
    .select()
    .from(t.users)
    .orderBy(asc(t.users.username))
    .all()
    .map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      areas: areasOfUser(db, u.id),
      active: u.active,
      createdAt: u.createdAt,
      sessions: open.get(u.id) ?? 0,
      email: u.email,
    }));
}

/** The admin ends every session of a user (a lost laptop, a shared computer). */
export function endSessions(db: Db, userId: number, byUserId: number, now: Date): void {
  const user = db.select().from(t.users).where(eq(t.users.id, userId)).get();
  if (!user) throw new NotFoundError(`Pengguna ${userId} tidak ditemukan.`);
  writeTransaction(db, (tx) => {
    deleteSessionsOfUser(tx, userId);
    appendAudit(tx, now, {
      userId: byUserId,
      action: 'end-sessions',
      entity: 'user',
      entityId: String(userId),
    });
  });
}

/** Creates a user; a chair joins the working group of `area` and acts on it. */
export async function createUser(db: Db, input: UserCreate, byUserId: number | null, now: Date) {
  if (isAreaBound(input.role) && !input.area)
    throw new ValidationError('Area wajib dipilih untuk ketua pokja.', { field: 'area' });
  assertPasswordPolicy(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  const id = writeTransaction(db, (tx) => {
    if (tx.select().from(t.users).where(eq(t.users.username, input.username)).get()) {
      throw new ConflictError('USERNAME_TAKEN', `Nama pengguna ${input.username} sudah dipakai.`);
    }
    const user = tx
      .insert(t.users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        createdAt: now.toISOString(),
        email: input.email ?? null,
      })
      .returning()
      .get();
    if (input.area) joinWorkingGroup(tx, user.id, input.displayName, input.role, input.area);
    const { passwordHash: _, ...safe } = user;
    appendAudit(tx, now, {
      userId: byUserId,
      action: 'create',
      entity: 'user',
      entityId: String(user.id),
      after: { ...safe, area: input.area ?? null },
    });
    return user.id;
  });
  const created = listUsers(db).find((u) => u.id === id);
  if (!created) throw new NotFoundError('Pengguna tidak ditemukan.');
  return created;
}

/**
 * Puts a user in the working group of `area`, creating the group on a new installation (the
 * demo seeds them; production starts with none). A chair becomes the group's chair.
 */
function joinWorkingGroup(tx: Tx, userId: number, name: string, role: Role, area: AreaCode) {
  let group = tx.select().from(t.workingGroups).where(eq(t.workingGroups.areaCode, area)).get();
  if (!group) {
    group = tx
      .insert(t.workingGroups)
      .values({ areaCode: area, name: `Pokja ${areaName(area).id}` })
      .returning()
      .get();
  }
  tx.insert(t.workingGroupMembers)
    .values({
      workingGroupId: group.id,
      userId,
      name,
      unit: '-',
      role: isAreaBound(role) ? 'ketua' : 'anggota',
    })
    .run();
  if (isAreaBound(role)) {
    tx.update(t.workingGroups)
      .set({ chairUserId: userId })
      .where(eq(t.workingGroups.id, group.id))
      .run();
  }
}

/**
 * Changes a user's name, active flag or area. Deactivating ends their sessions at once; a
 * new area moves them from their old working group to the new one.
 */
export function updateUser(
  db: Db,
  userId: number,
  change: UserUpdate,
  byUserId: number | null,
  now: Date,
) {
  writeTransaction(db, (tx) => {
    const user = tx.select().from(t.users).where(eq(t.users.id, userId)).get();
    if (!user) throw new NotFoundError(`Pengguna ${userId} tidak ditemukan.`);
    if (userId === byUserId && change.active === false) {
      throw new ConflictError(
        'SELF_DEACTIVATE',
        'Anda tidak dapat menonaktifkan akun Anda sendiri.',
      );
    }
    const patch = {
      ...(change.displayName !== undefined && { displayName: change.displayName }),
      ...(change.active !== undefined && { active: change.active }),
      ...(change.email !== undefined && { email: change.email }),
    };
    if (Object.keys(patch).length > 0)
      tx.update(t.users).set(patch).where(eq(t.users.id, userId)).run();
    if (change.area !== undefined) {
      if (!isAreaBound(user.role)) {
        throw new ValidationError('Area hanya dipilih untuk ketua pokja.', { field: 'area' });
      }
      tx.delete(t.workingGroupMembers).where(eq(t.workingGroupMembers.userId, userId)).run();
      tx.update(t.workingGroups)
        .set({ chairUserId: null })
        .where(eq(t.workingGroups.chairUserId, userId))
        .run();
      joinWorkingGroup(tx, userId, change.displayName ?? user.displayName, user.role, change.area);
    }
    appendAudit(tx, now, {
      userId: byUserId,
      action: change.active === false ? 'deactivate' : 'update',
      entity: 'user',
      entityId: String(userId),
      before: { displayName: user.displayName, active: user.active, email: user.email },
      after: change,
    });
  });
  if (change.active === false) deleteSessionsOfUser(db, userId);
  const updated = listUsers(db).find((u) => u.id === userId);
  if (!updated) throw new NotFoundError('Pengguna tidak ditemukan.');
  return updated;
}

/** Sets a new password and ends the user's sessions everywhere. */
export async function resetPassword(
  db: Db,
  userId: number,
  password: string,
  byUserId: number | null,
  now: Date,
) {
  const existing = db.select().from(t.users).where(eq(t.users.id, userId)).get();
  if (!existing) throw new NotFoundError(`Pengguna ${userId} tidak ditemukan.`);
  assertPasswordPolicy(password, existing.username);
  const passwordHash = await hashPassword(password);
  writeTransaction(db, (tx) => {
    const user = tx.select().from(t.users).where(eq(t.users.id, userId)).get();
    if (!user) throw new NotFoundError(`Pengguna ${userId} tidak ditemukan.`);
    tx.update(t.users).set({ passwordHash }).where(eq(t.users.id, userId)).run();
    appendAudit(tx, now, {
      userId: byUserId,
      action: 'reset-password',
      entity: 'user',
      entityId: String(userId),
    });
  });
  deleteSessionsOfUser(db, userId);
}

/** True when some active user still signs in with the given password (the demo one, in production). */
export async function anyUserHasPassword(db: Db, password: string): Promise<boolean> {
  const users = db.select().from(t.users).where(eq(t.users.active, true)).all();
  for (const u of users) if (await verifyPassword(password, u.passwordHash)) return true;
  return false;
}
