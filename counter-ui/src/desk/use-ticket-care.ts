/**
 * The desk's verbs on tickets other than the one in hand: reprint a slip, requeue a late no-show,
 * cancel a held ticket. Their answers do not show on the desk by themselves, so each success is said
 * in words (a Done note) until the next command.
 */
import { useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { Done } from '../parts/DoneNote';
import type { DeskState } from './use-desk';
import { useLang } from '../../../ui-kit/i18n';
import { reprintTargetName, type ReprintTo } from './use-reprint-printer';

export interface TicketRef {
  id: number;
  number: string;
}

/** A slip to reprint: id is null when the desk knows only the number (the server finds today's ticket). */
export interface ReprintRef {
  id: number | null;
  number: string;
}

export interface TicketCare {
  done: Done | null;
  clearDone(): void;
  /** On the printer this desk chose, or the issuing kiosk's (./use-reprint-printer.ts). */
  reprint(ticket: ReprintRef): Promise<boolean>;
  requeue(ticket: TicketRef): Promise<void>;
  cancel(ticket: TicketRef): Promise<void>;
}

export function useTicketCare(stream: HallStream, deskState: DeskState, reprintTo: ReprintTo): TicketCare {
  const { t } = useLang();
  const [done, setDone] = useState<Done | null>(null);
  const { act } = deskState;
  return {
    done,
    clearDone: () => setDone(null),
    async reprint(ticket) {
      setDone(null);
      const { printerId } = reprintTo.choice;
      const printer = reprintTargetName(reprintTo, t);
      const input = { ...(ticket.id !== null ? { ticketId: ticket.id } : { number: ticket.number }), ...(printerId !== null ? { printerId } : {}) };
      const answer = await act(() => stream.send('ticket.reprint', input));
      if (answer) setDone({ key: 'desk.reprint.sent', vars: { number: ticket.number, printer } });
      return answer !== null;
    },
    async requeue(ticket) {
      setDone(null);
      if (await act(() => stream.send('ticket.requeue', { ticketId: ticket.id }))) {
        setDone({ key: 'desk.noShows.done', vars: { number: ticket.number } });
      }
    },
    async cancel(ticket) {
      setDone(null);
      if (await act(() => stream.send('ticket.cancel', { ticketId: ticket.id }))) {
        setDone({ key: 'desk.held.cancelled', vars: { number: ticket.number } });
      }
    },
  };
}
