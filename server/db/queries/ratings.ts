import type { Db } from '../open';

export function isRated(db: Db, ticketId: number): boolean {
  return db.prepare('SELECT 1 FROM ratings WHERE ticket_id = ?').get(ticketId) !== undefined;
}
