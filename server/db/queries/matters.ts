/** SQL for matters (办件) and their append-only history of states. */
import type { Db } from '../open';
import type { MatterState, MatterStep } from '../../../protocol/matters';
import { statement } from './statement';

export interface NewMatter {
  number: string;
  ticketId: number;
  serviceId: string;
  staffId: number | null;
  phoneTailHash: string;
  maskedPhone: string;
  state: MatterState;
  at: number;
}

/** A matter as stored, with what staff see besides the resident's view. */
export interface MatterRecord {
  id: number;
  number: string;
  ticketId: number;
  ticketNumber: string;
  businessDay: string;
  serviceId: string;
  staffName: string | null;
  phoneTailHash: string;
  maskedPhone: string;
  state: MatterState;
  recordedAt: number;
}

interface MatterRow {
  id: number; number: string; ticket_id: number; ticket_number: string; business_day: string; service_id: string;
  staff_name: string | null; phone_tail_hash: string; masked_phone: string; state: MatterState; recorded_at: number;
}

const SELECT = `SELECT m.id, m.number, m.ticket_id, t.number AS ticket_number, t.business_day, m.service_id,
  u.display_name AS staff_name, m.phone_tail_hash, m.masked_phone, m.state, m.recorded_at
  FROM matters m JOIN tickets t ON t.id = m.ticket_id LEFT JOIN users u ON u.id = m.staff_id`;

function toRecord(r: MatterRow): MatterRecord {
  return {
    id: r.id, number: r.number, ticketId: r.ticket_id, ticketNumber: r.ticket_number, businessDay: r.business_day,
    serviceId: r.service_id, staffName: r.staff_name, phoneTailHash: r.phone_tail_hash, maskedPhone: r.masked_phone,
    state: r.state, recordedAt: r.recorded_at,
  };
}

export function insertMatter(db: Db, m: NewMatter): number {
  return Number(statement(db, `INSERT INTO matters (number, ticket_id, service_id, staff_id, phone_tail_hash, masked_phone, state,
      recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(m.number, m.ticketId, m.serviceId, m.staffId, m.phoneTailHash, m.maskedPhone, m.state, m.at, m.at).lastInsertRowid);
}

export function insertMatterStep(db: Db, s: { matterId: number; at: number; userId: number | null; state: MatterState;
  materials: readonly string[]; reason: string | null }): void {
  statement(db, 'INSERT INTO matter_steps (matter_id, at, user_id, state, materials, reason) VALUES (?, ?, ?, ?, ?, ?)')
    .run(s.matterId, s.at, s.userId, s.state, JSON.stringify(s.materials), s.reason);
}

export function setMatterState(db: Db, id: number, state: MatterState, at: number): void {
  statement(db, 'UPDATE matters SET state = ?, updated_at = ? WHERE id = ?').run(state, at, id);
}

export function matterByNumber(db: Db, number: string): MatterRecord | null {
  const r = statement(db, `${SELECT} WHERE m.number = ?`).get(number) as MatterRow | undefined;
  return r ? toRecord(r) : null;
}

export function matterNumberExists(db: Db, number: string): boolean {
  return statement(db, 'SELECT 1 FROM matters WHERE number = ?').get(number) !== undefined;
}

/** The 受理编号 recorded on a ticket, if any (the resident's phone page shows it). */
export function matterNumberOfTicket(db: Db, ticketId: number): string | null {
  const r = statement(db, 'SELECT number FROM matters WHERE ticket_id = ?').get(ticketId) as { number: string } | undefined;
  return r?.number ?? null;
}

interface StepRow { state: MatterState; at: number; materials: string; reason: string | null }

function materialsOf(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((m): m is string => typeof m === 'string') : [];
}

/** Oldest first. */
export function matterSteps(db: Db, matterId: number): MatterStep[] {
  const rows = statement(db, 'SELECT state, at, materials, reason FROM matter_steps WHERE matter_id = ? ORDER BY id')
    .all(matterId) as StepRow[];
  return rows.map((r) => ({ state: r.state, at: r.at, materials: materialsOf(r.materials), reason: r.reason }));
}
