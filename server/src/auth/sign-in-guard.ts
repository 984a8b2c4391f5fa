import type { Db } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { and, eq, gte, lt, or } from 'drizzle-orm';

/**
 * Who may try to sign in, and when. Wrong passwords slow the (account, address) pair that
 * typed them, with a delay that doubles; an account attacked from many addresses slows every
 * address that has never signed in to it, but not the ones its owner uses; one address
 * spraying many accounts is slowed too. A stranger can therefore not lock the real user out.
 * The attempts live in the database: every server process sees them, a restart forgets none.
 */
export interface GuardLimits {
  windowMs: number;
  /** wrong passwords a pair may type before the delays start */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** failures on one account from anywhere before unknown addresses are slowed */
  accountCeiling: number;
  /** attempts from one address, any account */
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

  const known = attempts.some(
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
    .filter((a) => a.address === address)
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
export function signInWait(
  db: Db,
  username: string,
  address: string,
  now: Date,
  limits: GuardLimits = DEFAULT_GUARD,
): Wait {
  const user = username.toLowerCase();
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
  return waitBefore(rows, user, address, now.getTime(), limits);
}

const KEEP_MS = 31 * 24 * 3_600_000;

export function recordSignIn(
  db: Db,
  username: string,
  address: string,
  ok: boolean,
  now: Date,
): void {
  const user = username.toLowerCase();
  db.insert(t.loginAttempts).values({ at: now.toISOString(), username: user, address, ok }).run();
  const cutoff = new Date(now.getTime() - KEEP_MS).toISOString();
  db.delete(t.loginAttempts)
    .where(
      or(
        and(eq(t.loginAttempts.username, user), lt(t.loginAttempts.at, cutoff)),
        and(eq(t.loginAttempts.address, address), lt(t.loginAttempts.at, cutoff)),
      ),
    )
    .run();
}
