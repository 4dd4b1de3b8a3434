/**
 * Rolls up the report figures of changed tickets within a second of the change (server/reports/rollup.ts):
 * a commit that marked tickets asks for a roll-up soon; the asks of that second share one.
 */

/** How long a change may wait for its roll-up (ms). Reports settle first anyway; this bounds the backlog. */
export const SETTLE_WITHIN_MS = 1000;

export class RollupSettler {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly settle: () => void, private readonly withinMs = SETTLE_WITHIN_MS) {}

  /** A commit marked tickets: roll them up within `withinMs`, with whatever else is marked by then. */
  soon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.settle();
    }, this.withinMs);
    // Never what keeps a stopping process alive: the marks are durable and the next start rolls them up.
    this.timer.unref();
  }

  /** Stops the timer and rolls up what is marked (a clean stop leaves nothing behind). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.settle();
  }
}
