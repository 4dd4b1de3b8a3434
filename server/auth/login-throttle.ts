/**
 * Failed logins, counted per user name AND source address together. A stranger guessing at "admin" from
 * one machine therefore only ever locks that pair: the admin typing the right password at another
 * address is never kept out. Each pair gets a few free tries, then a delay that doubles with every
 * further failure (30 s, 1 min, 2 min … at most 15 min). One address failing on many names is held back
 * too, by its own count. Names are compared case-insensitively. In memory: a restart forgives, which is
 * acceptable for throttling; administrators can lift a name's locks at once (`auth.unlock`).
 */
const FREE_TRIES = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
/** Failures of one address over all names before that address is held back. */
const ADDRESS_TRIES = 30;
/** A pair or an address with no failure for this long starts again from zero. */
const FORGET_MS = 60 * 60_000;

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly pairs = new Map<string, Failures>();
  private readonly addresses = new Map<string, Failures>();

  /** Whether this name may try a password from this address now. */
  allows(username: string, address: string, now: number): boolean {
    return !isLocked(this.current(this.pairs, pairKey(username, address), now), now)
      && !isLocked(this.current(this.addresses, address, now), now);
  }

  failed(username: string, address: string, now: number): void {
    this.count(this.pairs, pairKey(username, address), now, FREE_TRIES);
    this.count(this.addresses, address, now, ADDRESS_TRIES);
    this.sweep(now);
  }

  /** A right password clears the pair's failures (the address keeps its count of other names). */
  succeeded(username: string, address: string): void {
    this.pairs.delete(pairKey(username, address));
  }

  /** Lifts every lock on `username`, from every address; answers how many addresses were held back. */
  unlock(username: string, now: number): number {
    const prefix = `${normalName(username)}\u0000`;
    let lifted = 0;
    for (const [key, f] of this.pairs) {
      if (!key.startsWith(prefix)) continue;
      if (isLocked(f, now)) lifted += 1;
      this.pairs.delete(key);
    }
    return lifted;
  }

  private current(map: Map<string, Failures>, key: string, now: number): Failures | undefined {
    const f = map.get(key);
    if (f && now - f.lastAt >= FORGET_MS && now >= f.lockedUntil) {
      map.delete(key);
      return undefined;
    }
    return f;
  }

  private count(map: Map<string, Failures>, key: string, now: number, free: number): void {
    const f = this.current(map, key, now) ?? { count: 0, lastAt: now, lockedUntil: 0 };
    f.count += 1;
    f.lastAt = now;
    if (f.count >= free) f.lockedUntil = now + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (f.count - free));
    map.set(key, f);
  }

  private sweep(now: number): void {
    for (const map of [this.pairs, this.addresses]) {
      if (map.size < 10_000) continue;
      for (const [k, f] of map) if (now - f.lastAt >= FORGET_MS && now >= f.lockedUntil) map.delete(k);
    }
  }
}

function isLocked(f: Failures | undefined, now: number): boolean {
  return f !== undefined && now < f.lockedUntil;
}

/** User names are compared without regard to case (and without surrounding blanks). */
export function normalName(username: string): string {
  return username.trim().toLowerCase();
}

function pairKey(username: string, address: string): string {
  return `${normalName(username)}\u0000${address}`;
}
