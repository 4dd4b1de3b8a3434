/**
 * counter.start / finish / noShow / hold / resume — what happens to the ticket in hand. The first four
 * differ only in the engine verb they apply.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import type { EngineResult, Ticket, Transition } from '../queue/types';
import { finish, hold, noShow, resume, start } from '../queue';
import { ticketById } from '../db/queries/tickets';
import { fail, must } from './errors';
import { myCounter, requireCurrentTicket, currentTicket } from './counter-access';
import { recordTransition } from './persist';
import { buildCounterState } from './desk';

type InHandCommand = 'counter.start' | 'counter.finish' | 'counter.noShow' | 'counter.hold';
type InHandVerb = (ticket: Ticket, counterId: number, now: number) => EngineResult<Transition>;

/** A command that applies one engine verb to the ticket in hand at the sender's counter. */
function inHandCommand<N extends InHandCommand>(name: N, verb: InHandVerb): CommandDef<N> {
  return {
    name,
    permits: STAFF_ROLES,
    run(ctx, { counterId }) {
      myCounter(ctx, counterId);
      recordTransition(ctx, must(verb(requireCurrentTicket(ctx, counterId), counterId, ctx.now)), counterId);
      return buildCounterState(ctx, counterId);
    },
  };
}

export const counterStart = inHandCommand('counter.start', start);
export const counterFinish = inHandCommand('counter.finish', finish);
export const counterNoShow = inHandCommand('counter.noShow', noShow);
export const counterHold = inHandCommand('counter.hold', hold);

export const counterResume: CommandDef<'counter.resume'> = {
  name: 'counter.resume',
  permits: STAFF_ROLES,
  run(ctx, { counterId, ticketId }) {
    const counter = myCounter(ctx, counterId);
    if (currentTicket(ctx, counterId)) fail('COUNTER_BUSY');
    const ticket = ticketById(ctx.db, ticketId) ?? fail('TICKET_NOT_FOUND');
    recordTransition(ctx, must(resume(ticket, counter, ctx.now)), counterId);
    return buildCounterState(ctx, counterId);
  },
};
