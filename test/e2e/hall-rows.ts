/** What the browser tests read back from the hall's SQLite file to check what a page claims. */
import type { Db } from '../../server/db/open';

export interface TicketRow {
  id: number;
  token: string;
  number: string;
  serviceId: string;
  priority: string | null;
  status: string;
  counterId: number | null;
}

export interface RatingRow {
  ticketId: number;
  counterId: number | null;
  staffId: number | null;
  level: number;
  reasons: string;
  source: string;
}

const TICKET_COLUMNS = `id, token, number, service_id AS serviceId, priority, status, counter_id AS counterId`;

export function ticketByNumber(db: Db, number: string): TicketRow | undefined {
  return db.prepare<[string], TicketRow>(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE number = ? ORDER BY id DESC`).get(number);
}

export function ticketsOfService(db: Db, serviceId: string): TicketRow[] {
  return db.prepare<[string], TicketRow>(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE service_id = ? ORDER BY id`).all(serviceId);
}

export function ratingOfTicket(db: Db, ticketId: number): RatingRow | undefined {
  return db.prepare<[number], RatingRow>(
    `SELECT ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, level, reasons, source
       FROM ratings WHERE ticket_id = ?`,
  ).get(ticketId);
}

export function userIdOf(db: Db, username: string): number | undefined {
  return db.prepare<[string], { id: number }>('SELECT id FROM users WHERE username = ?').get(username)?.id;
}
