/** SQL for follow-up cases (the 差评 closed loop) and their append-only event log. */
import type { Db } from '../open';
import type { CaseEventType, CaseEventView, CaseKind, CaseStatus, CaseSummary, HandlingSatisfaction } from '../../../protocol/cases';
import type { RatingLevel, RatingReason } from '../../../protocol/rating';
import { statement } from './statement';

export interface NewCase {
  kind: CaseKind;
  ratingId: number | null;
  complaintId: number | null;
  ticketId: number | null;
  serviceId: string | null;
  counterId: number | null;
  staffId: number | null;
  contactPhone: string | null;
  openedAt: number;
  deadline: string | null;
}

export function insertCase(db: Db, c: NewCase): number {
  return Number(statement(db, `INSERT INTO cases (kind, rating_id, complaint_id, ticket_id, service_id, counter_id, staff_id,
      contact_phone, opened_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(c.kind, c.ratingId, c.complaintId, c.ticketId, c.serviceId, c.counterId, c.staffId, c.contactPhone, c.openedAt, c.deadline)
    .lastInsertRowid);
}

export function insertCaseEvent(db: Db, e: { caseId: number; at: number; userId: number | null; type: CaseEventType;
  reached?: boolean; note?: string }): void {
  statement(db, 'INSERT INTO case_events (case_id, at, user_id, type, reached, note) VALUES (?, ?, ?, ?, ?, ?)')
    .run(e.caseId, e.at, e.userId, e.type, e.reached === undefined ? null : Number(e.reached), e.note ?? '');
}

/** A case as stored, with what it follows up (the rating or the complaint). */
export interface CaseRecord {
  summary: Omit<CaseSummary, 'overdue'>;
  /** The ticket it follows up (a 差评's), whose phone page shows its progress. */
  ticketId: number | null;
  contactPhone: string | null;
  rectification: string;
  result: string;
  residentSatisfaction: HandlingSatisfaction | null;
  closedAt: number | null;
  channel: string;
  reasons: RatingReason[];
  text: string;
  callBacks: number;
}

interface CaseRow {
  id: number; kind: CaseKind; status: CaseStatus; opened_at: number; deadline: string | null; escalated_at: number | null;
  ticket_number: string | null; service_id: string | null; counter_id: number | null; staff_id: number | null; staff_name: string | null;
  assignee_id: number | null; assignee_name: string | null; level: number | null;
}

const SUMMARY_COLUMNS = `c.id, c.kind, c.status, c.opened_at, c.deadline, c.escalated_at, t.number AS ticket_number, c.service_id,
  c.counter_id, c.staff_id, s.display_name AS staff_name, c.assignee_id, a.display_name AS assignee_name, r.level`;
const SUMMARY_JOINS = `FROM cases c LEFT JOIN tickets t ON t.id = c.ticket_id LEFT JOIN users s ON s.id = c.staff_id
  LEFT JOIN users a ON a.id = c.assignee_id LEFT JOIN ratings r ON r.id = c.rating_id`;

function summaryOf(row: CaseRow): Omit<CaseSummary, 'overdue'> {
  return {
    id: row.id, kind: row.kind, status: row.status, openedAt: row.opened_at, deadline: row.deadline,
    escalated: row.escalated_at !== null, ticketNumber: row.ticket_number, serviceId: row.service_id, counterId: row.counter_id,
    staffId: row.staff_id, staffName: row.staff_name, assigneeId: row.assignee_id, assigneeName: row.assignee_name,
    level: row.level === null ? null : (row.level as RatingLevel),
  };
}

export interface CaseFilter {
  status: CaseStatus | null;
  kind: CaseKind | null;
  /** Only cases about this staff member's service (a staff member reads their own). */
  staffId: number | null;
  /** Open cases whose deadline is before this day. */
  overdueBefore: string | null;
  beforeId: number;
  limit: number;
}

export function listCases(db: Db, f: CaseFilter): Omit<CaseSummary, 'overdue'>[] {
  const rows = statement(db, `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_JOINS}
    WHERE c.id < @beforeId AND (@status IS NULL OR c.status = @status) AND (@kind IS NULL OR c.kind = @kind) AND (@staffId IS NULL OR c.staff_id = @staffId)
      AND (@overdueBefore IS NULL OR (c.status <> 'closed' AND c.deadline < @overdueBefore))
    ORDER BY c.id DESC LIMIT @limit`).all(f) as CaseRow[];
  return rows.map(summaryOf);
}

export function caseRecord(db: Db, id: number): CaseRecord | null {
  const row = statement(db, `SELECT ${SUMMARY_COLUMNS}, c.ticket_id, c.contact_phone, c.rectification, c.result, c.resident_satisfaction,
      c.closed_at, COALESCE(r.source, k.source) AS channel, r.reasons, COALESCE(r.comment, k.text) AS text,
      (SELECT COUNT(*) FROM case_events e WHERE e.case_id = c.id AND e.type = 'call_back') AS call_backs
    ${SUMMARY_JOINS} LEFT JOIN complaints k ON k.id = c.complaint_id WHERE c.id = ?`).get(id) as (CaseRow & {
      ticket_id: number | null; contact_phone: string | null; rectification: string; result: string; resident_satisfaction: HandlingSatisfaction | null;
      closed_at: number | null; channel: string; reasons: string | null; text: string; call_backs: number }) | undefined;
  if (!row) return null;
  return {
    summary: summaryOf(row), ticketId: row.ticket_id, contactPhone: row.contact_phone, rectification: row.rectification, result: row.result,
    residentSatisfaction: row.resident_satisfaction, closedAt: row.closed_at, channel: row.channel,
    reasons: row.reasons === null ? [] : (JSON.parse(row.reasons) as RatingReason[]), text: row.text, callBacks: row.call_backs,
  };
}

export function caseEvents(db: Db, caseId: number): CaseEventView[] {
  const rows = statement(db, `SELECT e.at, e.type, u.display_name AS user_name, e.reached, e.note FROM case_events e
    LEFT JOIN users u ON u.id = e.user_id WHERE e.case_id = ? ORDER BY e.id`).all(caseId) as
    { at: number; type: CaseEventType; user_name: string | null; reached: number | null; note: string }[];
  return rows.map((r) => ({ at: r.at, type: r.type, userName: r.user_name, reached: r.reached === null ? null : r.reached === 1, note: r.note }));
}

/** Fields left out keep their value: the resident's satisfaction, asked at a call-back, stays unless asked again. */
export function updateCase(db: Db, id: number, changes: { status: CaseStatus; assigneeId?: number; rectification?: string;
  result?: string; residentSatisfaction?: HandlingSatisfaction; closedAt?: number }): void {
  statement(db, `UPDATE cases SET status = @status, assignee_id = COALESCE(@assigneeId, assignee_id),
      rectification = COALESCE(@rectification, rectification), result = COALESCE(@result, result),
      resident_satisfaction = COALESCE(@residentSatisfaction, resident_satisfaction),
      closed_at = COALESCE(@closedAt, closed_at) WHERE id = @id`)
    .run({ id, status: changes.status, assigneeId: changes.assigneeId ?? null, rectification: changes.rectification ?? null,
      result: changes.result ?? null, residentSatisfaction: changes.residentSatisfaction ?? null, closedAt: changes.closedAt ?? null });
}

/** Open cases past their deadline that nobody has escalated yet; marks them escalated and answers their ids. */
export function escalateOverdue(db: Db, today: string, now: number): number[] {
  const ids = (statement(db, `SELECT id FROM cases WHERE status <> 'closed' AND escalated_at IS NULL AND deadline < ?`)
    .all(today) as { id: number }[]).map((r) => r.id);
  for (const id of ids) statement(db, 'UPDATE cases SET escalated_at = ? WHERE id = ?').run(now, id);
  return ids;
}

/** The case following up a ticket's rating, for the resident's phone page. */
export function caseOfTicket(db: Db, ticketId: number): { status: CaseStatus; deadline: string | null; result: string } | null {
  return (statement(db, `SELECT c.status, c.deadline, c.result FROM cases c JOIN ratings r ON r.id = c.rating_id
    WHERE r.ticket_id = ?`).get(ticketId) as { status: CaseStatus; deadline: string | null; result: string } | undefined) ?? null;
}

/** The ticket a case follows up (a 差评's), or null for a complaint or suggestion. */
export function caseTicketId(db: Db, caseId: number): number | null {
  return (statement(db, 'SELECT ticket_id FROM cases WHERE id = ?').get(caseId) as { ticket_id: number | null } | undefined)?.ticket_id ?? null;
}
