import type { Db } from '../db/open';
import type { CounterView } from '../../protocol/views';
import type { CounterRecord } from '../db/queries/hall';
import { counterById, listCounters } from '../db/queries/hall';
import { lastFinishedAt, ticketsInHand } from '../db/queries/tickets';
import { maskName } from '../../protocol/mask-name';
import { staffById } from '../db/queries/staff';
import { currentOf } from '../queue';
import type { Ticket } from '../queue/types';

/**
 * A counter's public view; `today` is the business day its last finished ticket is looked for in.
 * `inHand`: the counter's tickets in hand when the caller has read them already (the desk has).
 */
export function counterView(db: Db, c: CounterRecord, today: string, inHand: readonly Ticket[] = ticketsInHand(db, c.id)): CounterView {
  const current = currentOf(inHand);
  const staff = c.staffId !== null ? staffById(db, c.staffId) : null;
  const shown = staff !== null && c.status !== 'closed';
  return {
    id: c.id,
    name: c.name,
    centreId: c.centreId,
    serviceIds: c.serviceIds,
    status: c.status,
    enabled: c.enabled,
    currentNumber: current?.number ?? null,
    currentStatus: current?.status ?? null,
    staffName: shown ? maskName(staff.displayName) : null,
    staffPhoto: shown ? staff.photo : null,
    staffNumber: shown ? staff.staffNumber : null,
    lastFinishedNumber: lastFinishedAt(db, c.id, today)?.number ?? null,
  };
}

export function counterViews(db: Db, today: string, only?: ReadonlySet<number>): CounterView[] {
  if (only) {
    return [...only].map((id) => counterById(db, id)).filter((c): c is CounterRecord => c !== null)
      .map((c) => counterView(db, c, today));
  }
  return listCounters(db).map((c) => counterView(db, c, today));
}
