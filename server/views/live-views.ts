/**
 * The views the realtime broadcaster sends after a commit, bound to the hall's database so the
 * transport itself never touches storage.
 */
import type { Db } from '../db/open';
import type { CounterView, ServiceLoad, TicketTrack } from '../../protocol/views';
import type { Ticket } from '../queue/types';
import { serviceLoads, type OpeningSettings } from './service-load';
import { counterViews } from './counter-view';
import { ticketTrack } from './ticket-view';

export interface LiveViews {
  loads(today: string, now: number, settings: OpeningSettings, only: ReadonlySet<string>): ServiceLoad[];
  counters(only: ReadonlySet<number>): CounterView[];
  ticket(ticket: Ticket): TicketTrack;
}

export function liveViews(db: Db): LiveViews {
  return {
    loads: (today, now, settings, only) => serviceLoads(db, today, now, settings, only),
    counters: (only) => counterViews(db, only),
    ticket: (ticket) => ticketTrack(db, ticket),
  };
}
