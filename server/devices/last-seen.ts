/**
 * When each device was last seen, kept in the database so the console can show it after a restart. A
 * busy kiosk presents its key with every command; writing each time would cost a write per ticket, so
 * a device is written at most once per `intervalMs` (a minute) while it works, and always when it
 * connects or disconnects.
 *
 * The writes of one turn of the event loop go to the disk together, in one transaction: after a restart
 * every display, kiosk and pad of the hall reconnects within a second or two, and a durable write per
 * device (an fsync each, on the thread that answers the hall) would hold up every command behind them.
 */
import type { Db } from '../db/open';
import type { Actor } from '../auth/actor';
import type { CallerLookup, Credentials } from '../auth/callers';
import { touchDevice } from '../db/queries/devices';

export const LAST_SEEN_INTERVAL_MS = 60_000;

export class LastSeen {
  private readonly written = new Map<number, number>();
  private readonly pending = new Map<number, number>();
  private flushing: ReturnType<typeof setImmediate> | null = null;

  constructor(private readonly db: Db, private readonly intervalMs = LAST_SEEN_INTERVAL_MS) {}

  /** `always`: a connect or disconnect, written whatever the interval. */
  seen(deviceId: number, now: number, always = false): void {
    const last = this.pending.get(deviceId) ?? this.written.get(deviceId);
    if (!always && last !== undefined && now - last < this.intervalMs) return;
    this.pending.set(deviceId, now);
    this.flushing ??= setImmediate(() => this.flush());
  }

  /** Writes what is pending now (the server calls it once more as it stops). */
  flush(): void {
    if (this.flushing !== null) clearImmediate(this.flushing);
    this.flushing = null;
    if (this.pending.size === 0 || !this.db.open) return;
    const seen = [...this.pending];
    this.pending.clear();
    try {
      this.db.transaction(() => {
        for (const [deviceId, at] of seen) touchDevice(this.db, deviceId, at);
      })();
      for (const [deviceId, at] of seen) this.written.set(deviceId, at);
    } catch {
      // A read-only or full disk must not refuse the device: last seen is a convenience, not a record.
    }
  }
}

/** The same caller lookup, noting every device that presents a good key (at most once an interval). */
export function noticingDevices(lookup: CallerLookup, lastSeen: LastSeen): CallerLookup {
  return {
    resolve(creds: Credentials, now: number): Actor | null {
      const actor = lookup.resolve(creds, now);
      if (actor?.kind === 'device') lastSeen.seen(actor.deviceId, now);
      return actor;
    },
    refusal: (creds) => lookup.refusal(creds),
  };
}
