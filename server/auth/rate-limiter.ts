/**
 * Fixed-window counters keyed by a string (device, user, login name + address). In memory: a restart
 * forgives, which is acceptable for throttling; the clock is passed in so tests need no waiting.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** `limit` may be a function, so a setting changed by an admin applies at once. */
  constructor(private readonly limitOf: number | (() => number), private readonly windowMs: number) {}

  private get limit(): number {
    return typeof this.limitOf === 'number' ? this.limitOf : this.limitOf();
  }

  /** Counts one attempt; false when the key is over its limit in the current window. */
  hit(key: string, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      this.sweep(now);
      return true;
    }
    w.count += 1;
    return w.count <= this.limit;
  }

  blocked(key: string, now: number): boolean {
    const w = this.windows.get(key);
    return !!w && now - w.start < this.windowMs && w.count >= this.limit;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
