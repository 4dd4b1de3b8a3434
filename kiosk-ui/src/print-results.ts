import type { HallSocket } from '../../protocol/client/hall-socket';
import type { PrintResultView } from '../../protocol/events';
import type { Subscribable } from '../../ui-kit/use-source';
import { watchable } from '../../protocol/client/watchable';

/** Ticket slips' outcomes kept: far more than one kiosk issues while a ticket is on its screen. */
const KEPT = 50;

export type TicketPrintOutcomes = ReadonlyMap<number, PrintResultView['outcome']>;

/**
 * The printer's answers for this kiosk's ticket slips, heard from the start: a fast printer can answer
 * before the ticket screen has even opened, and that answer must not be lost.
 */
export function watchTicketPrints(socket: HallSocket): Subscribable<TicketPrintOutcomes> {
  const outcomes = watchable<TicketPrintOutcomes>(new Map());
  socket.on('print.result', (result: PrintResultView) => {
    if (result.kind !== 'ticket' || result.ticketId === null) return;
    const next = new Map(outcomes.state);
    next.delete(result.ticketId);
    next.set(result.ticketId, result.outcome);
    while (next.size > KEPT) {
      const oldest = next.keys().next();
      if (oldest.done) break;
      next.delete(oldest.value);
    }
    outcomes.set(next);
  });
  return outcomes;
}
