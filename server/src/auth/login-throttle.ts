/**
 * Limits login attempts in a sliding window, per username (failures only, against password
 * guessing on one account) and per address (every attempt, against spraying many accounts).
 */
export interface ThrottleLimits {
  windowMs: number;
  failuresPerUser: number;
  attemptsPerAddress: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  windowMs: 15 * 60_000,
  failuresPerUser: 5,
  attemptsPerAddress: 30,
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before another attempt, or 0 when one is allowed. */
  retryAfter(username: string, address: string): number {
    const t = this.now();
    const user = this.recent(this.failures, username.toLowerCase(), t);
    const addr = this.recent(this.attempts, address, t);
    const waits: number[] = [];
    if (user.length >= this.limits.failuresPerUser)
      waits.push((user[0] ?? t) + this.limits.windowMs - t);
    if (addr.length >= this.limits.attemptsPerAddress)
      waits.push((addr[0] ?? t) + this.limits.windowMs - t);
    return waits.length ? Math.max(1, ...waits) : 0;
  }

  recordAttempt(address: string): void {
    this.push(this.attempts, address);
  }

  recordFailure(username: string): void {
    this.push(this.failures, username.toLowerCase());
  }

  recordSuccess(username: string): void {
    this.failures.delete(username.toLowerCase());
  }

  private push(map: Map<string, number[]>, key: string): void {
    const t = this.now();
    map.set(key, [...this.recent(map, key, t), t]);
  }

  private recent(map: Map<string, number[]>, key: string, t: number): number[] {
    const kept = (map.get(key) ?? []).filter((x) => x > t - this.limits.windowMs);
    if (kept.length) map.set(key, kept);
    else map.delete(key);
    return kept;
  }
}
