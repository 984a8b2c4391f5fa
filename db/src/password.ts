import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// OWASP's scrypt minimum (N=2^17, r=8, p=1) costs ~128 MiB and ~0.3 s per hash here;
// N=2^15 keeps login fast on the 2-core machines while staying well above brute-force range.
const PRODUCTION = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
// Under vitest only: the suite signs in some hundred times and seeds accounts; at the
// production cost (~0.25 s a hash here) that alone was minutes of CI. Each hash stores its
// parameters, so verification never depends on which cost made it.
const UNDER_TEST = { ...PRODUCTION, N: 2 ** 10 };

/**
 * The scrypt cost for new hashes: production's, except inside a vitest run that does not
 * itself run as production (a server a test starts with NODE_ENV=production hashes as one).
 */
export function scryptParams(env: NodeJS.ProcessEnv = process.env): typeof PRODUCTION {
  return env.VITEST === 'true' && env.NODE_ENV !== 'production' ? UNDER_TEST : PRODUCTION;
}

const PARAMS = scryptParams();
const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash`, all parameters stored so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEY_LENGTH, PARAMS);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64'),
    hash.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
