/**
 * SQL for supervisors' alerts (电子监察): raised once per condition, cleared when it ends, acknowledged
 * by a supervisor. A condition in force is found through its partial unique index, by kind and subject.
 */
import type { Db } from '../open';
import type { AlertFacts, AlertKind, SupervisionAlert } from '../../../protocol/supervision';
import { statement } from './statement';

interface AlertRow {
  id: number; kind: AlertKind; subject: string; details: string; raised_at: number; cleared_at: number | null;
  acknowledged_at: number | null; acknowledged_by_name: string | null;
}

function toAlert(r: AlertRow): SupervisionAlert {
  // The details were written from AlertFacts of this kind (insertAlert): the pair is read back as it was stored.
  const facts = { kind: r.kind, details: JSON.parse(r.details) as unknown } as AlertFacts;
  return { ...facts, id: r.id, subject: r.subject, raisedAt: r.raised_at, clearedAt: r.cleared_at,
    acknowledgedAt: r.acknowledged_at, acknowledgedBy: r.acknowledged_by_name };
}

const SELECT = `SELECT a.id, a.kind, a.subject, a.details, a.raised_at, a.cleared_at, a.acknowledged_at,
    u.display_name AS acknowledged_by_name
  FROM alerts a LEFT JOIN users u ON u.id = a.acknowledged_by`;

export function insertAlert(db: Db, subject: string, facts: AlertFacts, now: number): number {
  return Number(statement(db, 'INSERT INTO alerts (kind, subject, details, raised_at) VALUES (?, ?, ?, ?)')
    .run(facts.kind, subject, JSON.stringify(facts.details), now).lastInsertRowid);
}

/** The alerts of one kind whose condition still holds, by subject. */
export function alertsInForce(db: Db, kind: AlertKind): { id: number; subject: string }[] {
  return statement(db, 'SELECT id, subject FROM alerts WHERE kind = ? AND cleared_at IS NULL').all(kind) as { id: number; subject: string }[];
}

export function clearAlert(db: Db, id: number, now: number): void {
  statement(db, 'UPDATE alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL').run(now, id);
}

export function alertById(db: Db, id: number): SupervisionAlert | null {
  const r = statement(db, `${SELECT} WHERE a.id = ?`).get(id) as AlertRow | undefined;
  return r ? toAlert(r) : null;
}

/** Newest first, a page at a time; `unacknowledged` leaves out those a supervisor has acknowledged. */
export function listAlerts(db: Db, f: { beforeId?: number; unacknowledged?: boolean }, limit: number): SupervisionAlert[] {
  const before = f.beforeId ?? Number.MAX_SAFE_INTEGER;
  const rows = f.unacknowledged
    ? statement(db, `${SELECT} WHERE a.acknowledged_at IS NULL AND a.id < ? ORDER BY a.id DESC LIMIT ?`).all(before, limit)
    : statement(db, `${SELECT} WHERE a.id < ? ORDER BY a.id DESC LIMIT ?`).all(before, limit);
  return (rows as AlertRow[]).map(toAlert);
}

export function acknowledgeAlert(db: Db, id: number, userId: number, now: number): void {
  statement(db, 'UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL')
    .run(userId, now, id);
}
