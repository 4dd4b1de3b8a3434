import type { Db } from '../open';
import { statement } from './statement';
import type { CallView } from '../../../protocol/views';

/** The latest calls and recalls of a business day, newest first, for displays joining mid-day. */
export function recentCalls(db: Db, businessDay: string, limit = 20): CallView[] {
  const rows = statement(db, `SELECT e.ticket_id AS ticketId, t.number AS number, e.counter_id AS counterId,
      t.service_id AS serviceId, e.type AS type, e.at AS at
    FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
    WHERE e.type IN ('called', 'recalled') AND t.business_day = ?
    ORDER BY e.id DESC LIMIT ?`).all(businessDay, limit) as (Omit<CallView, 'recall'> & { type: string })[];
  return rows.map(({ type, ...r }) => ({ ...r, recall: type === 'recalled' }));
}
