/**
 * The views the realtime broadcaster sends after a commit, bound to the hall's database so the
 * transport itself never touches storage.
 */
import type { Db } from '../db/open';
import { inOneTransaction } from '../db/atomic';
import type { Clock } from '../commands/context';
import type { CounterView, ServiceLoad, TicketTrack } from '../../protocol/views';
import type { Ticket } from '../queue/types';
import { serviceLoads, type OpeningSettings } from './service-load';
import { counterViews } from './counter-view';
import { ticketTrack } from './ticket-view';
import { windowNextNumbers } from './window-next';
import { listCounters, listServices } from '../db/queries/hall';
import { scopeMembers, type DisplayScope, type ScopeMembers } from '../../protocol/display-kind';

/** What a broadcast sends of the hall's state: the loads of some services and the views of some counters. */
export interface LiveChanges {
  loads: ServiceLoad[];
  counters: CounterView[];
}

export interface LiveViews {
  /** The loads of `services` and the views of `counters`, read in one read transaction. */
  changes(today: string, now: number, settings: OpeningSettings, services: ReadonlySet<string>,
    counters: ReadonlySet<number>): LiveChanges;
  ticket(ticket: Ticket): TicketTrack;
  /** The counters and services inside a display's scope, as the hall is configured now. */
  scopeMembers(scope: DisplayScope): ScopeMembers | null;
  /** A window display's next numbers. */
  windowNext(counterId: number): string[];
}

export function liveViews(db: Db, clock: Clock): LiveViews {
  // The small queries of a broadcast share one read transaction: measured on the bench hall, half their cost.
  const inOneRead = inOneTransaction(db);
  return {
    changes: (today, now, settings, services, counters) => inOneRead(() => ({
      loads: services.size ? serviceLoads(db, today, now, settings, services) : [],
      counters: counters.size ? counterViews(db, today, counters) : [],
    })),
    ticket: (ticket) => ticketTrack(db, ticket, clock.now()),
    scopeMembers: (scope) => scopeMembers(scope, { counters: listCounters(db), services: listServices(db) }),
    windowNext: (counterId) => windowNextNumbers(db, counterId, clock.now()),
  };
}
