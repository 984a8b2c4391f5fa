import { type Db, type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { and, eq, gte, lt, or } from 'drizzle-orm';

/**
 * Who may try to sign in, and when. Wrong passwords slow the (account, address) pair that
 * typed them, with a delay that doubles; an account attacked from many addresses slows every
 * address that has never signed in to it, but not the ones its owner uses; one address
 * spraying many accounts is slowed too (only its failures count: an office behind one
 * address signing in all morning is never slowed). A stranger can therefore not lock the real
 * user out. The attempts live in the database: every server process sees them, a restart
 * forgets none.
 *
 * An attempt is counted before its password is checked (reserved as a failure, turned into
 * a success afterwards): the check is slow, so parallel guesses would otherwise all read the
 * same count and all be checked.
 */
export interface GuardLimits {
  windowMs: number;
  /** wrong passwords a pair may type before the delays start */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** failures on one account from anywhere before unknown addresses are slowed */
  accountCeiling: number;
  /** failed (or still unchecked) attempts from one address, any account */
  addressAttempts: number;
  /** an address that signed in to the account this recently is its owner's */
  knownForMs: number;
}

export const DEFAULT_GUARD: GuardLimits = {
  windowMs: 15 * 60_000,
  freeFailures: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  accountCeiling: 20,
  addressAttempts: 30,
  knownForMs: 30 * 24 * 3_600_000,
};

export interface Attempt {
  at: number;
  username: string;
  address: string;
  ok: boolean;
}

export type Wait = { ms: number; why: 'pair' | 'account' | 'address' } | null;

/** How long `address` must wait before trying `username` again, from the recent attempts. */
export function waitBefore(
  attempts: readonly Attempt[],
  username: string,
  address: string,
  now: number,
  limits: GuardLimits = DEFAULT_GUARD,
  /** the browser presents a device cookie for this account (it signed in here before) */
  trustedDevice = false,
): Wait {
  const user = username.toLowerCase();
  const inWindow = attempts.filter((a) => a.at > now - limits.windowMs);
  const waits: { until: number; why: 'pair' | 'account' | 'address' }[] = [];

  const pair = inWindow.filter((a) => a.username === user && a.address === address);
  const lastOk = Math.max(-Infinity, ...pair.filter((a) => a.ok).map((a) => a.at));
  const failures = pair.filter((a) => !a.ok && a.at > lastOk).map((a) => a.at);
  if (failures.length >= limits.freeFailures) {
    const delay = Math.min(
      limits.maxDelayMs,
      limits.firstDelayMs * 2 ** (failures.length - limits.freeFailures),
    );
    waits.push({ until: Math.max(...failures) + delay, why: 'pair' });
  }

  const known =
    trustedDevice ||
    attempts.some(
      (a) => a.ok && a.username === user && a.address === address && a.at > now - limits.knownForMs,
    );
  const accountFailures = inWindow
    .filter((a) => a.username === user && !a.ok)
    .map((a) => a.at)
    .sort((a, b) => a - b);
  if (!known && accountFailures.length >= limits.accountCeiling) {
    const counted = accountFailures[accountFailures.length - limits.accountCeiling] ?? now;
    waits.push({ until: counted + limits.windowMs, why: 'account' });
  }

  const fromAddress = inWindow
    .filter((a) => a.address === address && !a.ok)
    .map((a) => a.at)
    .sort((a, b) => a - b);
  if (fromAddress.length >= limits.addressAttempts) {
    const counted = fromAddress[fromAddress.length - limits.addressAttempts] ?? now;
    waits.push({ until: counted + limits.windowMs, why: 'address' });
  }

  const longest = waits.sort((a, b) => b.until - a.until)[0];
  return longest && longest.until > now ? { ms: longest.until - now, why: longest.why } : null;
}

/** The attempts that matter for this try: the account's (for its known addresses) and the address's. */
function readWait(
  db: Db | Tx,
  user: string,
  address: string,
  now: Date,
  limits: GuardLimits,
  trustedDevice: boolean,
): Wait {
  const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const rows = db
    .select()
    .from(t.loginAttempts)
    .where(
      or(
        and(eq(t.loginAttempts.username, user), gte(t.loginAttempts.at, since(limits.knownForMs))),
        and(eq(t.loginAttempts.address, address), gte(t.loginAttempts.at, since(limits.windowMs))),
      ),
    )
    .all()
    .map((r) => ({ at: Date.parse(r.at), username: r.username, address: r.address, ok: r.ok }));
  return waitBefore(rows, user, address, now.getTime(), limits, trustedDevice);
}

const KEEP_MS = 31 * 24 * 3_600_000;

/**
 * Either the wait before this attempt may be made, or the attempt itself, recorded as a
 * failure in the same write transaction that read the count (so no parallel attempt, in this
 * process or another, reads a count without it). `settleSignIn` marks it a success.
 */
export function reserveSignIn(
  db: Db,
  attempt: { username: string; address: string; trustedDevice: boolean },
  now: Date,
  limits: GuardLimits = DEFAULT_GUARD,
): { wait: NonNullable<Wait> } | { attempt: number } {
  const { address, trustedDevice } = attempt;
  const user = attempt.username.toLowerCase();
  return writeTransaction(db, (tx) => {
    const wait = readWait(tx, user, address, now, limits, trustedDevice);
    if (wait) return { wait };
    const row = tx
      .insert(t.loginAttempts)
      .values({ at: now.toISOString(), username: user, address, ok: false })
      .returning({ id: t.loginAttempts.id })
      .get();
    const cutoff = new Date(now.getTime() - KEEP_MS).toISOString();
    tx.delete(t.loginAttempts)
      .where(
        or(
          and(eq(t.loginAttempts.username, user), lt(t.loginAttempts.at, cutoff)),
          and(eq(t.loginAttempts.address, address), lt(t.loginAttempts.at, cutoff)),
        ),
      )
      .run();
    return { attempt: row.id };
  });
}

/** The reserved attempt's password was right: it no longer counts as a failure. */
export function settleSignIn(db: Db, attempt: number): void {
  db.update(t.loginAttempts).set({ ok: true }).where(eq(t.loginAttempts.id, attempt)).run();
}

/**
 * Throttled attempts go into the audit trail once per address and minute: a flood of refused
 * guesses must not become a flood of audit rows. The row that opens a minute carries how many
 * refusals from that address the minutes before it left out.
 */
export function throttleAuditSampler(): (address: string, now: Date) => number | null {
  const seen = new Map<string, { minute: number; leftOut: number }>();
  return (address, now) => {
    const minute = Math.floor(now.getTime() / 60_000);
    const entry = seen.get(address);
    if (entry && entry.minute === minute) {
      entry.leftOut++;
      return null;
    }
    if (seen.size >= 10_000) {
      for (const [key, e] of seen) if (e.minute < minute - 1) seen.delete(key);
    }
    seen.set(address, { minute, leftOut: 0 });
    return entry?.leftOut ?? 0;
  };
}
