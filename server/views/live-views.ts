/**
 * The views the realtime broadcaster sends after a commit, bound to the hall's database so the
 * transport itself never touches storage.
 */
import type { Db } from '../db/open';
import type { Clock } from '../commands/context';
import type { CounterView, ServiceLoad, TicketTrack } from '../../protocol/views';
import type { Ticket } from '../queue/types';
import { serviceLoads, type OpeningSettings } from './service-load';
import { counterViews } from './counter-view';
import { ticketTrack } from './ticket-view';
import { windowNextNumbers } from './window-next';
import { listCounters, listServices } from '../db/queries/hall';
import { scopeMembers, type DisplayScope, type ScopeMembers } from '../../protocol/display-kind';

export interface LiveViews {
  loads(today: string, now: number, settings: OpeningSettings, only: ReadonlySet<string>): ServiceLoad[];
  counters(today: string, only: ReadonlySet<number>): CounterView[];
  ticket(ticket: Ticket): TicketTrack;
  /** The counters and services inside a display's scope, as the hall is configured now. */
  scopeMembers(scope: DisplayScope): ScopeMembers | null;
  /** A window display's next numbers. */
  windowNext(counterId: number): string[];
}

export function liveViews(db: Db, clock: Clock): LiveViews {
  return {
    loads: (today, now, settings, only) => serviceLoads(db, today, now, settings, only),
    counters: (today, only) => counterViews(db, today, only),
    ticket: (ticket) => ticketTrack(db, ticket, clock.now()),
    scopeMembers: (scope) => scopeMembers(scope, { counters: listCounters(db), services: listServices(db) }),
    windowNext: (counterId) => windowNextNumbers(db, counterId, clock.now()),
  };
}
