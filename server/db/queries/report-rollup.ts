/**
 * SQL of the reports' roll-up (migration 016; the design is in server/reports/rollup.ts): the inputs of
 * one ticket's fact, the stored facts, the per-day sums and histograms, and the reads a report makes.
 */
import type { Db } from '../open';
import { rawStatement, statement } from './statement';
import type { TicketEventRow } from './tickets';
import { ticketById, ticketEvents, ticketEventsBetween, ticketsAfter } from './tickets';
import type { FactInputs, Measure, Outcome, RollupChange, TicketFact, TimeMeasure } from '../../reports/ticket-fact';
import { MEASURES } from '../../reports/ticket-fact';

interface CaseRow { ticket_id: number; deadline: string | null; has_contact: number; rectified_at: number | null; called_back_at: number | null }

const CASE_FACTS = `SELECT r.ticket_id, c.deadline, c.contact_phone IS NOT NULL AS has_contact,
    (SELECT MIN(e.at) FROM case_events e WHERE e.case_id = c.id AND e.type = 'rectified') AS rectified_at,
    (SELECT MIN(e.at) FROM case_events e WHERE e.case_id = c.id AND e.type = 'call_back') AS called_back_at
  FROM ratings r JOIN cases c ON c.rating_id = r.id`;

function caseFacts(row: CaseRow | undefined): FactInputs['badCase'] {
  return row ? { deadline: row.deadline, hasContact: row.has_contact === 1, rectifiedAt: row.rectified_at, calledBackAt: row.called_back_at } : null;
}

/** Everything one ticket's fact is made of; null for a ticket that does not exist. */
export function factInputs(db: Db, ticketId: number): FactInputs | null {
  const ticket = ticketById(db, ticketId);
  if (!ticket) return null;
  const rating = statement(db, 'SELECT level FROM ratings WHERE ticket_id = ?').get(ticketId) as { level: number } | undefined;
  const badCase = statement(db, `${CASE_FACTS} WHERE r.ticket_id = ?`).get(ticketId) as CaseRow | undefined;
  return { ticket, events: ticketEvents(db, ticketId), rating: rating?.level ?? null, badCase: caseFacts(badCase) };
}

/**
 * The same inputs for a page of tickets after `afterId`, read with one query per table instead of one
 * per ticket (the back-fill walks every ticket of the hall's history).
 */
export function factInputsAfter(db: Db, afterId: number, limit: number): FactInputs[] {
  const tickets = ticketsAfter(db, afterId, limit);
  const first = tickets[0]?.id;
  const last = tickets[tickets.length - 1]?.id;
  if (first === undefined || last === undefined) return [];
  const events = new Map<number, TicketEventRow[]>();
  for (const e of ticketEventsBetween(db, first, last)) {
    const list = events.get(e.ticket_id);
    if (list) list.push(e);
    else events.set(e.ticket_id, [e]);
  }
  const ratings = new Map((statement(db, 'SELECT ticket_id, level FROM ratings WHERE ticket_id BETWEEN ? AND ?')
    .all(first, last) as { ticket_id: number; level: number }[]).map((r) => [r.ticket_id, r.level]));
  const cases = new Map((statement(db, `${CASE_FACTS} WHERE r.ticket_id BETWEEN ? AND ?`).all(first, last) as CaseRow[])
    .map((c) => [c.ticket_id, c]));
  return tickets.map((ticket) => ({ ticket, events: events.get(ticket.id) ?? [], rating: ratings.get(ticket.id) ?? null,
    badCase: caseFacts(cases.get(ticket.id)) }));
}

/** A fact's columns, in the order `saveFact` writes and `storedFact` takes them (read as an array, as tickets.ts says why). */
const FACT_COLUMNS = `ticket_id, business_day, hour, centre_id, service_id, counter_key, staff_key, outcome, transferred, priority,
  wait_ms, service_ms, rating, bad_contact, rectified_on_time, called_back_on_time`;

type FactTuple = [ticketId: number, businessDay: string, hour: number, centreId: string, serviceId: string, counterKey: string,
  staffKey: string, outcome: Outcome, transferred: number, priority: number, waitMs: number | null, serviceMs: number | null,
  rating: number | null, badContact: number, rectifiedOnTime: number, calledBackOnTime: number];

export function storedFact(db: Db, ticketId: number): TicketFact | null {
  const r = rawStatement(db, `SELECT ${FACT_COLUMNS} FROM report_tickets WHERE ticket_id = ?`).get(ticketId) as FactTuple | undefined;
  if (!r) return null;
  const [id, businessDay, hour, centreId, serviceId, counterKey, staffKey, outcome, transferred, priority, waitMs, serviceMs,
    rating, badContact, rectifiedOnTime, calledBackOnTime] = r;
  return {
    ticketId: id, businessDay, hour, centreId, serviceId, counterKey, staffKey, outcome, transferred: transferred === 1,
    priority: priority === 1, waitMs, serviceMs, rating, badContact: badContact === 1, rectifiedOnTime: rectifiedOnTime === 1,
    calledBackOnTime: calledBackOnTime === 1,
  };
}

export function saveFact(db: Db, f: TicketFact): void {
  statement(db, `INSERT OR REPLACE INTO report_tickets (${FACT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(f.ticketId, f.businessDay, f.hour, f.centreId, f.serviceId, f.counterKey, f.staffKey, f.outcome,
      Number(f.transferred), Number(f.priority), f.waitMs, f.serviceMs, f.rating,
      Number(f.badContact), Number(f.rectifiedOnTime), Number(f.calledBackOnTime));
}

const COLUMNS = MEASURES.join(', ');
const ADD_SUMS = `INSERT INTO report_days (dim, business_day, key, ${COLUMNS}) VALUES (?, ?, ?, ${MEASURES.map(() => '?').join(', ')})
  ON CONFLICT (dim, business_day, key) DO UPDATE SET ${MEASURES.map((m) => `${m} = ${m} + excluded.${m}`).join(', ')}`;
const ADD_BUCKET = `INSERT INTO report_buckets (dim, business_day, key, measure, bucket, n) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (dim, business_day, key, measure, bucket) DO UPDATE SET n = n + excluded.n`;

/** Applies one change to the per-day sums and histograms. */
export function applyChange(db: Db, c: RollupChange): void {
  if (c.sums) statement(db, ADD_SUMS).run(c.dim, c.businessDay, c.key, ...c.sums);
  for (const b of c.buckets) statement(db, ADD_BUCKET).run(c.dim, c.businessDay, c.key, b.measure, b.bucket, b.n);
}

export function clearRollup(db: Db): void {
  db.exec('DELETE FROM report_tickets; DELETE FROM report_days; DELETE FROM report_buckets; DELETE FROM report_pending;');
}

/** Notes tickets whose figures the roll-up has yet to take in (a ticket noted twice is noted once). */
export function notePending(db: Db, ticketIds: Iterable<number>): void {
  const note = statement(db, 'INSERT OR IGNORE INTO report_pending (ticket_id) VALUES (?)');
  for (const id of ticketIds) note.run(id);
}

/** The tickets noted as pending, and forgets them: call in the transaction that takes them in. */
export function takePending(db: Db): number[] {
  const ids = (rawStatement(db, 'SELECT ticket_id FROM report_pending ORDER BY ticket_id').all() as [number][]).map(([id]) => id);
  if (ids.length > 0) statement(db, 'DELETE FROM report_pending').run();
  return ids;
}

export type DaySums = Record<Measure, number> & { key: string };

/** Summed figures per key of one grouping over a range of business days (both ends included). */
export function sumsByKey(db: Db, dim: string, from: string, to: string): DaySums[] {
  return statement(db, `SELECT key, ${MEASURES.map((m) => `SUM(${m}) AS ${m}`).join(', ')} FROM report_days
    WHERE dim = ? AND business_day BETWEEN ? AND ? GROUP BY key`).all(dim, from, to) as DaySums[];
}

export interface BucketCount { key: string; measure: TimeMeasure; bucket: number; n: number }

/** Summed histogram counts per key, measure and bucket over a range of business days. */
export function bucketsByKey(db: Db, dim: string, from: string, to: string): BucketCount[] {
  return statement(db, `SELECT key, measure, bucket, SUM(n) AS n FROM report_buckets
    WHERE dim = ? AND business_day BETWEEN ? AND ? GROUP BY key, measure, bucket`).all(dim, from, to) as BucketCount[];
}

/** Names to label report rows with: centres, services, counters and accounts, disabled ones too. */
export function reportLabels(db: Db): { centres: Map<string, string>; services: Map<string, string>; counters: Map<string, string>;
  staff: Map<string, string> } {
  const pairs = (sql: string): Map<string, string> =>
    new Map((statement(db, sql).all() as { id: string | number; name: string }[]).map((r) => [String(r.id), r.name]));
  return {
    centres: pairs('SELECT id, name FROM centres'),
    services: pairs('SELECT id, name FROM services'),
    counters: pairs('SELECT id, name FROM counters'),
    staff: pairs('SELECT id, display_name AS name FROM users'),
  };
}

/** Sort order of centres and services as the kiosk shows them. */
export function reportOrder(db: Db): { centres: string[]; services: string[] } {
  const ids = (sql: string): string[] => (statement(db, sql).all() as { id: string }[]).map((r) => r.id);
  return { centres: ids('SELECT id FROM centres ORDER BY sort_order, id'), services: ids('SELECT id FROM services ORDER BY sort_order, id') };
}
