/**
 * Rolls up the report figures of changed tickets within a second of the change (server/reports/rollup.ts):
 * a commit that marked tickets asks for a roll-up soon; the asks of that second share one. A roll-up takes
 * SETTLE_BATCH tickets at most; when it took that many, the next follows at once, after whatever else
 * waits on the event loop (a kiosk, a call), so a flood's backlog never holds the hall for long.
 */

import { SETTLE_BATCH } from './rollup';

/** How long a change may wait for its roll-up (ms). Reports settle first anyway; this bounds the backlog. */
export const SETTLE_WITHIN_MS = 1000;

export class RollupSettler {
  private timer: NodeJS.Timeout | null = null;
  private next: NodeJS.Immediate | null = null;

  /** `settle(limit)` rolls up at most `limit` marked tickets and answers how many it took. */
  constructor(private readonly settle: (limit?: number) => number, private readonly withinMs = SETTLE_WITHIN_MS) {}

  /** A commit marked tickets: roll them up within `withinMs`, with whatever else is marked by then. */
  soon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.step();
    }, this.withinMs);
    // Never what keeps a stopping process alive: the marks are durable and the next start rolls them up.
    this.timer.unref();
  }

  private step(): void {
    if (this.settle(SETTLE_BATCH) < SETTLE_BATCH) return;
    this.next = setImmediate(() => {
      this.next = null;
      this.step();
    });
  }

  /** Stops the timer and rolls up all that is marked (a clean stop leaves nothing behind). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.next) clearImmediate(this.next);
    this.timer = null;
    this.next = null;
    this.settle();
  }
}
