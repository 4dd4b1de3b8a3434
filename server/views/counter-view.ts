import type { Db } from '../db/open';
import type { CounterView } from '../../protocol/views';
import type { CounterRecord } from '../db/queries/hall';
import { counterById, listCounters } from '../db/queries/hall';
import { ticketsInHand } from '../db/queries/tickets';
import { userById } from '../db/queries/users';
import { maskName } from './mask';
import { staffPhotoFile } from '../db/queries/staff';
import { staffPhotoUrl } from '../files/staff-photos';
import { currentOf } from '../queue';

export function counterView(db: Db, c: CounterRecord): CounterView {
  const current = currentOf(ticketsInHand(db, c.id));
  const staff = c.staffId !== null ? userById(db, c.staffId) : null;
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
    staffPhoto: shown ? staffPhotoUrl(staffPhotoFile(db, staff.id)) : null,
  };
}

export function counterViews(db: Db, only?: ReadonlySet<number>): CounterView[] {
  if (only) {
    return [...only].map((id) => counterById(db, id)).filter((c): c is CounterRecord => c !== null)
      .map((c) => counterView(db, c));
  }
  return listCounters(db).map((c) => counterView(db, c));
}
