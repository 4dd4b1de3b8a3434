/**
 * The audit trail of administrative changes, and audit.list for admins. Every administrative command
 * writes its line inside its own transaction, so a change and its audit line commit together or not at
 * all; the command bus refuses to commit an administrative command that wrote none.
 */
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import { auditLines } from '../db/queries/audit';

const PAGE = 100;

/** Records one administrative change (before/after are stored as JSON; null for "did not exist"). */
export function audit(ctx: CommandContext, subject: string, before: unknown, after: unknown): void {
  ctx.audit(subject, before ?? null, after ?? null);
}

export const auditList: CommandDef<'audit.list'> = {
  name: 'audit.list',
  permits: ['admin'],
  run(ctx, filter) {
    return auditLines(ctx.db, PAGE, filter);
  },
};
