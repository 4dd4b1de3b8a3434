/**
 * Takes changed tickets into the reports' roll-up a moment after a change noted them (./rollup.ts): the
 * first change after a quiet spell sets the timer, and every change until it fires is taken in by the
 * same transaction. A busy hall's calls of that moment mostly move the same day rows (its day, its hour,
 * its centre), so each is written once for all of them instead of once per call. A report first takes in
 * whatever is still noted, so the delay never shows in a figure.
 */
import type { CommandBus } from '../commands/bus';
import type { Outbox } from '../commands/outbox';

/**
 * Long enough for a busy few seconds of calls to share one catch-up (each is a transaction and a durable
 * commit of its own: at one a second it cost a hall calling five times a second about a tenth of each
 * call's CPU), and no later than anyone notices: a report takes in what is still noted before it counts.
 */
export const CATCH_UP_DELAY_MS = 5000;

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
