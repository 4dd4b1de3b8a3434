/**
 * desk.figures: the logged-in staff member's own figures today, for the counter desk — served, average
 * service time (from each ticket's event log, as reports count it: held time left out) and today's
 * ratings with the 好评率. Asked when the desk opens and after each finish, not on a timer. Nobody can
 * ask for another's figures: the command takes no staff id.
 */
import type { CommandDef } from './define';
import type { DeskFigures } from '../../protocol/desk-figures';
import type { RatingsByLevel } from '../../protocol/reports';
import { satisfactionOf } from '../reports/report';
import type { TicketEventRow } from '../db/queries/tickets';
import { finishedTicketEvents, ratingLevelsOf } from '../db/queries/desk-figures';
import { stateTimes } from '../reports/state-times';
import { businessDaysSpan } from '../ratings-out/business-days';
import { STAFF_ROLES } from './define';
import { fail } from './errors';

const LEVEL_KEYS = ['1', '2', '3', '4', '5'] as const satisfies readonly (keyof RatingsByLevel)[];

/** The events split by ticket (they come ordered by ticket). */
function byTicket(events: readonly TicketEventRow[]): TicketEventRow[][] {
  const tickets = new Map<number, TicketEventRow[]>();
  for (const e of events) tickets.set(e.ticket_id, [...(tickets.get(e.ticket_id) ?? []), e]);
  return [...tickets.values()];
}

export const deskFigures: CommandDef<'desk.figures'> = {
  name: 'desk.figures',
  permits: STAFF_ROLES,
  run(ctx): DeskFigures {
    if (ctx.actor.kind !== 'user') return fail('FORBIDDEN');
    const staffId = ctx.actor.userId;
    const finished = byTicket(finishedTicketEvents(ctx.db, ctx.today, staffId));
    const serviceTimes = finished.flatMap((events) => stateTimes(events).serviceMs ?? []);
    const { start, end } = businessDaysSpan(ctx.today, ctx.today, ctx.settings.timezone);
    const ratingsByLevel: RatingsByLevel = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const { level, n } of ratingLevelsOf(ctx.db, staffId, start, end)) {
      const key = LEVEL_KEYS.find((k) => k === String(level));
      if (key !== undefined) ratingsByLevel[key] = n;
    }
    const ratings = LEVEL_KEYS.reduce((sum, k) => sum + ratingsByLevel[k], 0);
    return {
      businessDay: ctx.today, served: finished.length,
      averageServiceMs: serviceTimes.length === 0 ? null : Math.round(serviceTimes.reduce((a, b) => a + b, 0) / serviceTimes.length),
      ratingsByLevel, ratings, satisfaction: satisfactionOf(ratingsByLevel),
    };
  },
};
