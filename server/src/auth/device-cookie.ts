import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The device cookie (OWASP's answer to lock-out by strangers): after a successful sign-in the
 * browser keeps a signed, long-lived list of the accounts it has signed in to. A sign-in that
 * presents it for the account is not slowed by failures strangers caused on that account
 * elsewhere; the cookie proves nothing else (it is no session and holds no secret of the user).
 */
export const DEVICE_COOKIE = 'rapor_device';
export const DEVICE_COOKIE_DAYS = 365;
const MAX_ACCOUNTS = 5;

export interface DeviceCookies {
  /** the accounts a presented cookie vouches for (none when it is missing or forged) */
  accountsOf(value: string | undefined): string[];
  /** the cookie to set after `username` signed in, keeping the accounts it already held */
  issue(previous: string | undefined, username: string): string;
}

export function deviceCookies(secret: Buffer): DeviceCookies {
  const key = createHmac('sha256', secret).update('rapor device cookie v1').digest();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  const accountsOf = (value: string | undefined): string[] => {
    const [payload, mac] = (value ?? '').split('.');
    if (!payload || !mac) return [];
    const expected = Buffer.from(sign(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return [];
    try {
      const accounts: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return Array.isArray(accounts) ? accounts.filter((a) => typeof a === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    accountsOf,
    issue(previous, username) {
      const user = username.toLowerCase();
      const accounts = [user, ...accountsOf(previous).filter((a) => a !== user)].slice(
        0,
        MAX_ACCOUNTS,
      );
      const payload = Buffer.from(JSON.stringify(accounts)).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
  };
}
