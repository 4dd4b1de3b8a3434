/** A stored matter as the resident sees it (lookup) and as staff see it (the desk). */
import type { MatterPublicView, MatterView } from '../../protocol/matters';
import type { Db } from '../db/open';
import { matterSteps, type MatterRecord } from '../db/queries/matters';

export function matterPublicView(db: Db, record: MatterRecord): MatterPublicView {
  const history = matterSteps(db, record.id);
  const last = history[history.length - 1];
  return {
    number: record.number, serviceId: record.serviceId, state: record.state,
    materials: record.state === 'correction' ? (last?.materials ?? []) : [],
    reason: record.state === 'rejected' ? (last?.reason ?? null) : null,
    recordedAt: record.recordedAt, history,
  };
}

export function matterView(db: Db, record: MatterRecord): MatterView {
  return {
    ...matterPublicView(db, record), id: record.id, ticketNumber: record.ticketNumber, businessDay: record.businessDay,
    maskedPhone: record.maskedPhone, staffName: record.staffName,
  };
}
