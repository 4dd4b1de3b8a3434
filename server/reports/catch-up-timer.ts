/**
 * Takes changed tickets into the reports' roll-up a moment after a change noted them (./rollup.ts): the
 * first change after a quiet spell sets the timer, and every change until it fires is taken in by the
 * same transaction. A busy hall's calls of that moment mostly move the same day rows (its day, its hour,
 * its centre), so each is written once for all of them instead of once per call. A report first takes in
 * whatever is still noted, so the delay never shows in a figure.
 */
import type { CommandBus } from '../commands/bus';
import type { Outbox } from '../commands/outbox';

/** Long enough for a busy second of calls to share one catch-up, short against anyone reading reports. */
export const CATCH_UP_DELAY_MS = 1000;

export class RollupCatchUp {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly bus: Pick<CommandBus, 'catchUpReports'>, private readonly logError: (err: unknown) => void,
    private readonly delayMs = CATCH_UP_DELAY_MS) {}

  committed(outbox: Outbox): void {
    if (this.timer !== null || !outbox.movesReports) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.bus.catchUpReports();
      } catch (err) {
        // The notes stay (a full disk): the next change sets the timer again, and the next start takes them in.
        this.logError(err);
      }
    }, this.delayMs);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
