import type { Db } from '../open';
import { statement } from './statement';
import type { RatingView, RatingLevel, RatingReason } from '../../../protocol/rating';

export function isRated(db: Db, ticketId: number): boolean {
  return statement(db, 'SELECT 1 FROM ratings WHERE ticket_id = ?').get(ticketId) !== undefined;
}

/** Stores a rating; answers its id. */
export function insertRating(db: Db, r: Omit<RatingView, 'number'> & { comment: string; deviceId: number | null }): number {
  return Number(statement(db, `INSERT INTO ratings (ticket_id, level, reasons, comment, counter_id, staff_id, source, device_id, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(r.ticketId, r.level, JSON.stringify(r.reasons), r.comment, r.counterId,
    r.staffId, r.source, r.deviceId, r.at).lastInsertRowid);
}

export function ratingOf(db: Db, ticketId: number): RatingView | null {
  const row = statement(db, `SELECT r.ticket_id AS ticketId, t.number AS number, r.level AS level, r.reasons AS reasons,
      r.counter_id AS counterId, r.staff_id AS staffId, r.source AS source, r.at AS at
    FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE r.ticket_id = ?`).get(ticketId) as
    (Omit<RatingView, 'reasons' | 'level'> & { reasons: string; level: number }) | undefined;
  return row ? { ...row, level: row.level as RatingLevel, reasons: JSON.parse(row.reasons) as RatingReason[] } : null;
}

export function insertComplaint(db: Db, c: { category: string; text: string; phone: string | null; source: string; at: number }): number {
  return Number(statement(db, 'INSERT INTO complaints (category, text, phone, source, at) VALUES (?, ?, ?, ?, ?)')
    .run(c.category, c.text, c.phone, c.source, c.at).lastInsertRowid);
}
