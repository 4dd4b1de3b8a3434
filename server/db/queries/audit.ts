import type { Db } from '../open';
import { statement } from './statement';
import type { AuditLine } from '../../../protocol/admin';

export function insertAuditLine(db: Db, line: Omit<AuditLine, 'id'>): void {
  statement(db, `INSERT INTO audit_log (at, actor, command, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(line.at, line.actor, line.command, line.subject,
      line.before === null ? null : JSON.stringify(line.before), line.after === null ? null : JSON.stringify(line.after));
}

interface AuditRow { id: number; at: number; actor: string; command: string; subject: string;
  before_json: string | null; after_json: string | null }

/** Newest first; `beforeId` pages back through older lines. */
export function auditLines(db: Db, limit: number, beforeId?: number): AuditLine[] {
  const rows = statement(db, `SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?`)
    .all(beforeId ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[];
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: r.actor, command: r.command, subject: r.subject,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}

/** The id of the newest audit line (0 when there is none): it moves with every administrative change. */
export function lastAuditId(db: Db): number {
  return (statement(db, 'SELECT COALESCE(MAX(id), 0) AS id FROM audit_log').get() as { id: number }).id;
}
