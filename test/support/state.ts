/**
 * A fingerprint of everything a command can change in the hall's database. Tests that send refused
 * input take one before and one after, and expect them equal: a refusal must leave no trace.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../server/db/open';

export interface DbFingerprint {
  tickets: number;
  ticketEvents: number;
  /** Sum of ticket versions: moves whenever any ticket changes, even if no row is added. */
  ticketVersions: number;
  sessions: number;
  users: number;
  devices: number;
  counterEvents: number;
  /** Every counter as "id:status:staff", so an opened, paused or taken counter shows. */
  counters: string;
  sequences: number;
  /** Sum of the last issued numbers over all sequences. */
  sequenceTotal: number;
  ratings: number;
  complaints: number;
  calendarDays: number;
  auditLines: number;
  /** A digest of every guide, sample file row, notice and board: any edit of their content shows. */
  publicInfo: string;
  staffPhotos: string;
  /** Matters (办件) and every state they were in. */
  matters: number;
  matterSteps: number;
  /** Alerts a supervisor acknowledged (alerts the server raises and clears by itself are not a command's doing). */
  alertsAcknowledged: number;
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function total(db: Db, table: string, column: string): number {
  return (db.prepare(`SELECT COALESCE(SUM(${column}), 0) AS n FROM ${table}`).get() as { n: number }).n;
}

function digest(db: Db, queries: string[]): string {
  const hash = createHash('sha256');
  for (const sql of queries) hash.update(JSON.stringify(db.prepare(sql).all()));
  return hash.digest('hex');
}

export function fingerprint(db: Db): DbFingerprint {
  const counters = db.prepare('SELECT id, status, staff_id AS staffId FROM counters ORDER BY id').all() as
    { id: number; status: string; staffId: number | null }[];
  return {
    tickets: count(db, 'tickets'),
    ticketEvents: count(db, 'ticket_events'),
    ticketVersions: total(db, 'tickets', 'version'),
    sessions: count(db, 'sessions'),
    users: count(db, 'users'),
    devices: count(db, 'devices'),
    counterEvents: count(db, 'counter_events'),
    counters: counters.map((c) => `${c.id}:${c.status}:${c.staffId ?? '-'}`).join(' '),
    sequences: count(db, 'sequences'),
    sequenceTotal: total(db, 'sequences', 'last_seq'),
    ratings: count(db, 'ratings'),
    complaints: count(db, 'complaints'),
    calendarDays: count(db, 'calendar_days'),
    auditLines: count(db, 'audit_log'),
    publicInfo: digest(db, ['SELECT service_id, guide FROM service_guides ORDER BY service_id', 'SELECT * FROM sample_files ORDER BY id',
      'SELECT * FROM announcements ORDER BY id', 'SELECT * FROM boards ORDER BY id']),
    staffPhotos: digest(db, ['SELECT id, photo FROM users ORDER BY id']),
    matters: count(db, 'matters'),
    matterSteps: count(db, 'matter_steps'),
    alertsAcknowledged: (db.prepare('SELECT COUNT(*) AS n FROM alerts WHERE acknowledged_at IS NOT NULL').get() as { n: number }).n,
  };
}

/** Status of a ticket straight from the database (for checks that must not go through the server). */
export function ticketStatus(db: Db, ticketId: number): string | null {
  const row = db.prepare('SELECT status FROM tickets WHERE id = ?').get(ticketId) as { status: string } | undefined;
  return row?.status ?? null;
}

export function ticketCount(db: Db, where = '1 = 1', ...params: (string | number)[]): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM tickets WHERE ${where}`).get(...params) as { n: number }).n;
}
