/**
 * Taking one ticket from one confirmation screen. The idempotency key is made once per screen and frozen
 * together with the request at the first tap; a retry after "no answer" sends the very same request, so
 * however often the resident taps, the server issues at most one ticket. A card reading the kiosk holds
 * at the first tap goes with the request: the ticket then states its person (./idcard/).
 */
import { useContext, useRef, useState } from 'preact/hooks';
import type { ErrorCode } from '../../protocol/errors';
import type { CommandInput } from '../../protocol/commands';
import type { IssuedTicket, PriorityReason } from '../../protocol/views';
import type { HallStream } from '../../protocol/client/hall-stream';
import { outcomeOf } from '../../ui-kit/command-outcome';
import { newIdempotencyKey } from '../../ui-kit/idempotency';
import { IdReadingsContext } from './idcard/id-card-context';

export type IssuePhase =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'unanswered' }
  | { phase: 'failed'; code: ErrorCode }
  | { phase: 'issued'; issued: IssuedTicket };

export interface IssueTicket {
  state: IssuePhase;
  /** First tap: freezes the request. Ignored once a request exists. */
  issue(serviceId: string, priority: PriorityReason | null, withNotice: boolean): void;
  /** Sends the frozen request again (same key). */
  retry(): void;
}

export function useIssueTicket(stream: HallStream, onIssued: (issued: IssuedTicket) => void): IssueTicket {
  const [state, setState] = useState<IssuePhase>({ phase: 'idle' });
  const key = useRef(newIdempotencyKey());
  const request = useRef<CommandInput<'ticket.issue'> | null>(null);
  const inFlight = useRef(false);
  const readings = useContext(IdReadingsContext);

  async function send(): Promise<void> {
    const input = request.current;
    if (!input || inFlight.current) return;
    inFlight.current = true;
    setState({ phase: 'sending' });
    const outcome = await outcomeOf(stream.send('ticket.issue', input));
    inFlight.current = false;
    if (outcome.kind === 'ok' || (outcome.kind === 'error' && outcome.code === 'ID_READING_GONE')) {
      // Used by this ticket, or no longer at the server: either way the kiosk holds it no more.
      if (input.idReading !== undefined) readings?.used();
    }
    if (outcome.kind === 'ok') {
      setState({ phase: 'issued', issued: outcome.data });
      onIssued(outcome.data);
    } else if (outcome.kind === 'error') {
      setState({ phase: 'failed', code: outcome.code });
    } else {
      setState({ phase: 'unanswered' });
    }
  }

  return {
    state,
    issue(serviceId, priority, withNotice) {
      if (request.current) return;
      const reading = readings?.state ?? null;
      request.current = { serviceId, priority, idempotencyKey: key.current, ...(withNotice ? { withNotice: true } : {}),
        ...(reading ? { idReading: reading.token } : {}) };
      void send();
    },
    retry() {
      void send();
    },
  };
}
