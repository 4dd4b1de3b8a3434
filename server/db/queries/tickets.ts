/**
 * SQL for tickets. Handlers never write SQL; they call these small functions inside a transaction.
 */
import type { Db } from '../open';
import type { Statement } from 'better-sqlite3';
import { rawStatement, statement } from './statement';
import {
  AHEAD_OF_POSITION, IS_IN_HAND, IS_OPEN, IS_WAITING, OPEN_TO_COUNTER, QUEUE_ORDER_BY, at, positionParams,
} from './queue-order-sql';
import type { Ticket, NewTicket, TicketEventType } from '../../queue/types';
import type { PriorityReason, TicketStatus } from '../../../protocol/views';

/**
 * The columns a Ticket is made of, in the order `toTicket` takes them. Ticket rows are read as arrays
 * (better-sqlite3's raw mode): building a keyed object per row cost more than the read itself (a ticket
 * by id about 28 µs as an object, 12 µs as an array), and the hall reads a dozen tickets per call and
 * every open ticket for the supervisors' board.
 */
const TICKET_COLUMNS = `id, token, business_day, service_id, centre_id, prefix, seq, number, priority, status, arrived_at,
  queue_key, counter_id, target_counter_id, staff_id, called_at, started_at, finished_at, recall_count, requeued,
  transfer_count, version, slot_from, slot_to`;

type TicketTuple = [
  id: number, token: string, businessDay: string, serviceId: string, centreId: string, prefix: string, seq: number,
  number: string, priority: string | null, status: string, arrivedAt: number, queueKey: number, counterId: number | null,
  targetCounterId: number | null, staffId: number | null, calledAt: number | null, startedAt: number | null,
  finishedAt: number | null, recallCount: number, requeued: number, transferCount: number, version: number,
  slotFrom: number | null, slotTo: number | null,
];

function toTicket(r: TicketTuple): Ticket {
  const [id, token, businessDay, serviceId, centreId, prefix, seq, number, priority, status, arrivedAt, queueKey, counterId,
    targetCounterId, staffId, calledAt, startedAt, finishedAt, recallCount, requeued, transferCount, version, slotFrom, slotTo] = r;
  return {
    id, token, businessDay, serviceId, centreId, prefix, seq, number, priority: priority as PriorityReason | null,
    status: status as TicketStatus, arrivedAt, queueKey, counterId, targetCounterId, staffId, calledAt, startedAt,
    finishedAt, recallCount, requeued: requeued === 1, transferCount, slotFrom, slotTo, version,
  };
}

/** The statement `SELECT <ticket columns> FROM tickets <rest>`, answering rows as TicketTuples. */
function ticketQuery(db: Db, rest: string): Statement {
  return rawStatement(db, `SELECT ${TICKET_COLUMNS} FROM tickets ${rest}`);
}

function oneTicket(row: unknown): Ticket | null {
  return row === undefined ? null : toTicket(row as TicketTuple);
}

function ticketList(rows: unknown[]): Ticket[] {
  return (rows as TicketTuple[]).map(toTicket);
}

export function ticketById(db: Db, id: number): Ticket | null {
  return oneTicket(ticketQuery(db, 'WHERE id = ?').get(id));
}

export function ticketByToken(db: Db, token: string): Ticket | null {
  return oneTicket(ticketQuery(db, 'WHERE token = ?').get(token));
}

/** The rating code printed on the ticket's slip; null for tickets issued before codes existed. */
export function ratingCodeOf(db: Db, ticketId: number): string | null {
  const r = statement(db, 'SELECT rating_code AS code FROM tickets WHERE id = ?').get(ticketId) as { code: string | null } | undefined;
  return r?.code ?? null;
}

export function ticketByIdempotencyKey(db: Db, issuedBy: string, key: string): Ticket | null {
  return oneTicket(ticketQuery(db, 'WHERE issued_by = ? AND idempotency_key = ?').get(issuedBy, key));
}

export function insertTicket(db: Db, t: NewTicket, secrets: { token: string; ratingCode: string }, issuedBy: string,
  idempotencyKey: string): Ticket {
  const info = statement(db, `INSERT INTO tickets (token, rating_code, business_day, service_id, centre_id, prefix, seq,
      number, priority, status, arrived_at, queue_key, issued_by, idempotency_key, slot_from, slot_to)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?)`).run(secrets.token, secrets.ratingCode, t.businessDay,
    t.serviceId, t.centreId, t.prefix, t.seq, t.number, t.priority, t.arrivedAt, t.queueKey, issuedBy, idempotencyKey,
    t.slotFrom, t.slotTo);
  const created = ticketById(db, Number(info.lastInsertRowid));
  if (!created) throw new Error('ticket vanished after insert');
  return created;
}

/**
 * Saves an engine transition. The version check makes a lost update impossible.
 *
 * SQLite rewrites an index entry whenever an UPDATE assigns one of the index's columns, even to the value
 * it had. Only a transfer moves a ticket to another service, so every other transition leaves the service
 * and centre out of the statement: a call or a finish then writes no page of the indexes keyed by service
 * (tickets_day among them), one durable page write less per call.
 */
export function saveTicket(db: Db, t: Ticket): void {
  const stays = statement(db, `UPDATE tickets SET ${SAVED_COLUMNS}
    WHERE id = ? AND version = ? AND service_id = ? AND centre_id = ?`).run(...savedValues(t), t.id, t.version - 1, t.serviceId, t.centreId);
  if (stays.changes === 1) return;
  const moves = statement(db, `UPDATE tickets SET service_id = ?, centre_id = ?, ${SAVED_COLUMNS}
    WHERE id = ? AND version = ?`).run(t.serviceId, t.centreId, ...savedValues(t), t.id, t.version - 1);
  if (moves.changes !== 1) throw new Error(`ticket ${t.id} changed concurrently`);
}

/** The columns a transition may change, apart from the service and centre (saveTicket). */
const SAVED_COLUMNS = `status = ?, queue_key = ?, counter_id = ?, target_counter_id = ?, staff_id = ?, called_at = ?,
  started_at = ?, finished_at = ?, recall_count = ?, requeued = ?, transfer_count = ?, version = ?`;

function savedValues(t: Ticket): (string | number | null)[] {
  return [t.status, t.queueKey, t.counterId, t.targetCounterId, t.staffId, t.calledAt, t.startedAt, t.finishedAt,
    t.recallCount, t.requeued ? 1 : 0, t.transferCount, t.version];
}

export interface EventActor { userId: number | null; deviceId: number | null }

export function appendTicketEvent(db: Db, ticketId: number, type: TicketEventType, at: number,
  counterId: number | null, actor: EventActor, data?: Record<string, unknown>): void {
  statement(db, `INSERT INTO ticket_events (ticket_id, type, at, counter_id, user_id, device_id, data)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(ticketId, type, at, counterId, actor.userId, actor.deviceId,
    data ? JSON.stringify(data) : null);
}

export interface TicketEventRow {
  id: number; ticket_id: number; type: TicketEventType; at: number; counter_id: number | null;
  user_id: number | null; device_id: number | null; data: string | null;
}

const EVENT_SELECT = 'SELECT id, ticket_id, type, at, counter_id, user_id, device_id, data FROM ticket_events';

type EventTuple = [id: number, ticketId: number, type: TicketEventType, at: number, counterId: number | null,
  userId: number | null, deviceId: number | null, data: string | null];

/** Event rows are read as arrays too (every change of a ticket reads its log for the reports' roll-up). */
function eventList(rows: unknown[]): TicketEventRow[] {
  return (rows as EventTuple[]).map(([id, ticketId, type, at, counterId, userId, deviceId, data]) =>
    ({ id, ticket_id: ticketId, type, at, counter_id: counterId, user_id: userId, device_id: deviceId, data }));
}

export function ticketEvents(db: Db, ticketId: number): TicketEventRow[] {
  return eventList(rawStatement(db, `${EVENT_SELECT} WHERE ticket_id = ? ORDER BY id`).all(ticketId));
}

/** Tickets after `afterId` in id order, a page at a time (for walking the whole history). */
export function ticketsAfter(db: Db, afterId: number, limit: number): Ticket[] {
  return ticketList(ticketQuery(db, 'WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit));
}

/** The events of the tickets with ids from `fromId` to `toId`, by ticket and in order. */
export function ticketEventsBetween(db: Db, fromId: number, toId: number): TicketEventRow[] {
  return eventList(rawStatement(db, `${EVENT_SELECT} WHERE ticket_id BETWEEN ? AND ? ORDER BY ticket_id, id`).all(fromId, toId));
}

/**
 * Head of each queue at `now`: the best waiting ticket per service open to the counter, for the engine to
 * choose among. Tickets that override a call policy (order.ts) rank first within their service, so the
 * heads hold the engine's choice whatever the policy.
 */
export function queueHeads(db: Db, serviceIds: readonly string[], counterId: number, now: number): Ticket[] {
  return waitingFor(db, serviceIds, counterId, 1, now);
}

/**
 * The first `limitEach` waiting tickets of each service open to the counter, by QUEUE_ORDER: enough for
 * the engine's `callOrder` to rank the first `limitEach` calls whatever the counter's call policy.
 */
export function waitingFor(db: Db, serviceIds: readonly string[], counterId: number, limitEach: number, now: number): Ticket[] {
  // The line is sorted on the covering index tickets_waiting alone (migration 024), keeping only `limitEach`
  // ids (a limit written into the statement, one of a few fixed sizes); only those rows are read whole,
  // in the same statement, and put in order again.
  if (!Number.isInteger(limitEach) || limitEach < 1) throw new Error(`bad queue limit ${limitEach}`);
  const stmt = ticketQuery(db, `WHERE id IN (SELECT id FROM tickets WHERE ${IS_WAITING}
    AND service_id = ? AND ${OPEN_TO_COUNTER} ORDER BY ${QUEUE_ORDER_BY} LIMIT ${limitEach}) ORDER BY ${QUEUE_ORDER_BY}`);
  return serviceIds.flatMap((serviceId) => ticketList(stmt.all(serviceId, counterId, at(now))));
}

/** People ahead of a waiting ticket in its line at `now` (order.ts `isAhead`). */
export function peopleAhead(db: Db, t: Ticket, now: number): number {
  const row = statement(db, `SELECT COUNT(*) AS n FROM tickets WHERE ${IS_WAITING} AND service_id = ?
      AND ${OPEN_TO_COUNTER} AND ${AHEAD_OF_POSITION}`)
    .get(t.serviceId, t.targetCounterId, ...positionParams(t, now), at(now)) as { n: number };
  return row.n;
}

/** Tickets in hand at a counter (called, serving or held), oldest first. */
export function ticketsInHand(db: Db, counterId: number): Ticket[] {
  return ticketList(ticketQuery(db, `WHERE counter_id = ? AND ${IS_IN_HAND} ORDER BY id`).all(counterId));
}

/** Tickets still open from an earlier business day: they expire at the day boundary. */
export function staleOpenTickets(db: Db, today: string): Ticket[] {
  return ticketList(ticketQuery(db, `WHERE business_day < ? AND ${IS_OPEN}`).all(today));
}

export interface ServiceCounts { serviceId: string; waiting: number; issued: number }

const COUNTS_OF = `SELECT s.id AS serviceId,
    (SELECT COUNT(*) FROM tickets t WHERE t.service_id = s.id AND t.${IS_WAITING}) AS waiting,
    (SELECT COUNT(*) FROM tickets t WHERE t.service_id = s.id AND t.business_day = ?) AS issued
  FROM services s`;

/** Waiting and issued-today counts of the given services (every service when `only` is omitted). */
export function serviceCounts(db: Db, today: string, only?: readonly string[]): ServiceCounts[] {
  if (!only) return statement(db, `${COUNTS_OF} ORDER BY s.sort_order, s.id`).all(today) as ServiceCounts[];
  // One fixed statement per service rather than an IN list whose length varies from call to call.
  const one = statement(db, `${COUNTS_OF} WHERE s.id = ?`);
  return only.flatMap((id) => (one.get(today, id) as ServiceCounts | undefined) ?? []);
}

export function issuedToday(db: Db, serviceId: string, today: string): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM tickets WHERE service_id = ? AND business_day = ?')
    .get(serviceId, today) as { n: number }).n;
}

/** How many of a service's latest service times its wait estimate averages. */
const RECENT_SERVICE_TIMES = 20;

/** Service minutes of the latest finished tickets of a service, newest first. */
export function recentServiceMinutes(db: Db, serviceId: string): number[] {
  // A fixed LIMIT rather than a bound one lets SQLite plan the walk of the covering index
  // tickets_service_times for exactly that many rows (about 4× faster measured).
  const rows = statement(db, `SELECT (finished_at - started_at) / 60000.0 AS m FROM tickets
    WHERE service_id = ? AND status = 'finished' AND started_at IS NOT NULL
    ORDER BY finished_at DESC LIMIT ${RECENT_SERVICE_TIMES}`).all(serviceId) as { m: number }[];
  return rows.map((r) => r.m);
}

export function ticketByNumber(db: Db, businessDay: string, number: string): Ticket | null {
  return oneTicket(ticketQuery(db, 'WHERE business_day = ? AND number = ?').get(businessDay, number));
}

/** The ticket a counter finished last today (what its rating pad rates). */
export function lastFinishedAt(db: Db, counterId: number, businessDay: string): Ticket | null {
  return oneTicket(ticketQuery(db, `WHERE counter_id = ? AND business_day = ? AND status = 'finished'
    ORDER BY finished_at DESC, id DESC LIMIT 1`).get(counterId, businessDay));
}

/** Today's no-show tickets of a counter, newest first. */
export function noShowsAt(db: Db, counterId: number, businessDay: string, limit = 20): Ticket[] {
  return ticketList(ticketQuery(db, `WHERE counter_id = ? AND business_day = ? AND status = 'no_show'
    ORDER BY finished_at DESC, id DESC LIMIT ?`).all(counterId, businessDay, limit));
}

/** Today's open tickets (waiting or in hand), for the supervisors' live board. */
export function openTicketsOfDay(db: Db, today: string): Ticket[] {
  return ticketList(ticketQuery(db, `WHERE business_day = ? AND ${IS_OPEN}`).all(today));
}
