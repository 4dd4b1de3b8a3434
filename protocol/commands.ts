/**
 * Every command a client can send. The same name is the socket.io event (answered through the ack)
 * and is reached over HTTP through the route table in docs/PROTOCOL.md. Inputs are validated by the
 * schemas in ./schemas.ts, which reject unknown fields.
 */
import type { PriorityReason, TicketTrack, IssuedTicket, CounterDesk, TicketDetail, HallSnapshot, PrintAnswer } from './views';
import type { ServiceGuide } from './guide';
import type { ComplaintCategory, RatingLevel, RatingReason, RatingView } from './rating';

export interface CommandMap {
  'ticket.issue': {
    input: { serviceId: string; priority?: PriorityReason | null; idempotencyKey: string; withNotice?: boolean };
    output: IssuedTicket;
  };
  'ticket.track': { input: { token: string }; output: TicketTrack };
  'ticket.cancel': { input: { ticketId: number }; output: TicketDetail };
  'ticket.requeue': { input: { ticketId: number }; output: TicketDetail };
  'counter.open': { input: { counterId: number }; output: CounterDesk };
  'counter.close': { input: { counterId: number }; output: CounterDesk };
  'counter.desk': { input: { counterId: number }; output: CounterDesk };
  'counter.callNext': { input: { counterId: number }; output: CounterDesk };
  'counter.callTicket': { input: { counterId: number; ticketId: number }; output: CounterDesk };
  'counter.recall': { input: { counterId: number }; output: CounterDesk };
  'counter.noShow': { input: { counterId: number }; output: CounterDesk };
  'counter.start': { input: { counterId: number }; output: CounterDesk };
  'counter.finish': { input: { counterId: number }; output: CounterDesk };
  'counter.transfer': {
    input: { counterId: number; toServiceId?: string; toCounterId?: number };
    output: CounterDesk;
  };
  'counter.hold': { input: { counterId: number }; output: CounterDesk };
  'counter.resume': { input: { counterId: number; ticketId: number }; output: CounterDesk };
  'counter.pause': { input: { counterId: number }; output: CounterDesk };
  'counter.unpause': { input: { counterId: number }; output: CounterDesk };
  'hall.snapshot': { input: Record<string, never>; output: HallSnapshot };
  /** Names the ticket by id, or by today's number (what staff read off a slip). */
  'ticket.reprint': { input: { ticketId?: number; number?: string; printerId?: string }; output: { print: PrintAnswer } };
  'notice.print': { input: { serviceId: string }; output: { print: PrintAnswer } };
  'service.guide': { input: { serviceId: string }; output: ServiceGuide };
  /** Phone pages name the ticket by token, kiosks by today's number; a rating pad rates its counter's last ticket. */
  'ticket.rate': {
    input: { token?: string; number?: string; level: RatingLevel; reasons?: RatingReason[]; comment?: string };
    output: RatingView;
  };
  'complaint.submit': {
    input: { category: ComplaintCategory; text: string; phone?: string };
    output: { id: number };
  };
}

export type CommandName = keyof CommandMap;
export type CommandInput<N extends CommandName> = CommandMap[N]['input'];
export type CommandOutput<N extends CommandName> = CommandMap[N]['output'];

export const COMMAND_NAMES = [
  'ticket.issue', 'ticket.track', 'ticket.cancel', 'ticket.requeue',
  'counter.open', 'counter.close', 'counter.desk', 'counter.callNext', 'counter.callTicket',
  'counter.recall', 'counter.noShow', 'counter.start', 'counter.finish', 'counter.transfer',
  'counter.hold', 'counter.resume', 'counter.pause', 'counter.unpause', 'hall.snapshot',
  'ticket.reprint', 'notice.print', 'service.guide', 'ticket.rate', 'complaint.submit',
] as const satisfies readonly CommandName[];
