import { type Db, writeTransaction } from '@rapor/db/open';
import { hashPassword, verifyPassword } from '@rapor/db/password';
import * as t from '@rapor/db/schema';
import type { UserCreate } from '@rapor/shared/write-schemas';
import { asc, eq } from 'drizzle-orm';
import { areasOfUser, deleteSessionsOfUser, type SessionUser } from '../auth/session-store';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { appendAudit } from './audit';

// scrypt of a fixed string, so an unknown username costs as much time as a wrong password.
const DUMMY_HASH = hashPassword('no-such-user-timing-guard');

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

export function listUsers(db: Db) {
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
    }));
}

/** Creates a user; a chair joins the working group of `area` and acts on it. */
export async function createUser(db: Db, input: UserCreate, byUserId: number | null, now: Date) {
  if (input.role === 'chair' && !input.area)
    throw new ValidationError('isian area wajib untuk peran chair');
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
      })
      .returning()
      .get();
    if (input.area) {
      const group = tx
        .select()
        .from(t.workingGroups)
        .where(eq(t.workingGroups.areaCode, input.area))
        .get();
      if (!group) throw new NotFoundError(`Pokja area ${input.area} belum ada.`);
      tx.insert(t.workingGroupMembers)
        .values({
          workingGroupId: group.id,
          userId: user.id,
          name: input.displayName,
          unit: '-',
          role: input.role === 'chair' ? 'ketua' : 'anggota',
        })
        .run();
    }
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

/** Sets a new password and ends the user's sessions everywhere. */
export async function resetPassword(
  db: Db,
  userId: number,
  password: string,
  byUserId: number | null,
  now: Date,
) {
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
