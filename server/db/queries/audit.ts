import type { Db } from '../open';
import { statement } from './statement';
import type { AuditLine } from '../../../protocol/admin';

export function insertAuditLine(db: Db, line: Omit<AuditLine, 'id' | 'actorName'>): void {
  statement(db, `INSERT INTO audit_log (at, actor, command, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(line.at, line.actor, line.command, line.subject,
      line.before === null ? null : JSON.stringify(line.before), line.after === null ? null : JSON.stringify(line.after));
}

/** Which lines to read; every filter is optional (see audit.list in protocol/schemas.ts). */
export interface AuditFilter {
  beforeId?: number | undefined;
  actor?: string | undefined;
  /** A prefix of the command name. */
  command?: string | undefined;
  /** The subject itself and everything under it (`staff` → `staff:3`). */
  subject?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

interface AuditRow { id: number; at: number; actor: string; actor_name: string | null; command: string; subject: string;
  before_json: string | null; after_json: string | null }

/** LIKE treats % and _ as wildcards: a filter's own characters are matched as they are. */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The actor's name is looked up by the id inside `user:<id>` / `device:<id>`, through the primary keys.
const AUDIT_PAGE = `
  SELECT a.id, a.at, a.actor, a.command, a.subject, a.before_json, a.after_json,
         COALESCE(u.display_name, d.name) AS actor_name
  FROM audit_log a
  LEFT JOIN users u ON a.actor LIKE 'user:%' AND u.id = CAST(substr(a.actor, 6) AS INTEGER)
  LEFT JOIN devices d ON a.actor LIKE 'device:%' AND d.id = CAST(substr(a.actor, 8) AS INTEGER)
  WHERE a.id < ?
    AND (? IS NULL OR a.actor = ?)
    AND (? IS NULL OR a.command LIKE ? ESCAPE '\\')
    AND (? IS NULL OR a.subject = ? OR a.subject LIKE ? ESCAPE '\\')
    AND a.at >= ? AND a.at < ?
  ORDER BY a.id DESC LIMIT ?`;

/** Newest first; `beforeId` pages back through older lines. */
export function auditLines(db: Db, limit: number, filter: AuditFilter = {}): AuditLine[] {
  const actor = filter.actor ?? null;
  const command = filter.command === undefined ? null : `${literal(filter.command)}%`;
  const subject = filter.subject ?? null;
  const under = filter.subject === undefined ? null : `${literal(filter.subject)}:%`;
  const rows = statement(db, AUDIT_PAGE).all(
    filter.beforeId ?? Number.MAX_SAFE_INTEGER, actor, actor, command, command, subject, subject, under,
    filter.from ?? 0, filter.to ?? Number.MAX_SAFE_INTEGER, limit,
  ) as AuditRow[];
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: r.actor, actorName: r.actor_name, command: r.command, subject: r.subject,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}

/** The id of the newest audit line (0 when there is none): it moves with every administrative change. */
export function lastAuditId(db: Db): number {
  return (statement(db, 'SELECT COALESCE(MAX(id), 0) AS id FROM audit_log').get() as { id: number }).id;
}
