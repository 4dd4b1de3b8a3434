/**
 * Reading follow-up cases: supervisors and admins see every case; a staff member sees, read-only, the
 * cases about services they gave (their own window's ratings), never another's.
 */
import type { CaseView } from '../../protocol/cases';
import { CASE_PAGE } from '../../protocol/cases';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import { caseEvents, caseRecord, listCases } from '../db/queries/cases';
import { caseView, withOverdue } from '../cases/case-view';
import { fail } from './errors';

function viewerId(ctx: CommandContext): number | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}

/** The staff member whose cases alone the caller may read; null for supervisors and admins (all). */
function onlyCasesOf(ctx: CommandContext): number | null {
  return ctx.actor.kind === 'user' && ctx.actor.role === 'staff' ? ctx.actor.userId : null;
}

/** The case as the caller may see it, or NOT_FOUND / FORBIDDEN. */
export function readableCase(ctx: CommandContext, id: number): CaseView {
  const record = caseRecord(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
  const only = onlyCasesOf(ctx);
  if (only !== null && record.summary.staffId !== only) fail('FORBIDDEN');
  return caseView(record, caseEvents(ctx.db, id), viewerId(ctx), ctx.today);
}

export const caseList: CommandDef<'case.list'> = {
  name: 'case.list',
  permits: ['staff', 'supervisor', 'admin'],
  run(ctx, { status, kind, overdue, beforeId }) {
    return listCases(ctx.db, {
      status: status ?? null, kind: kind ?? null, staffId: onlyCasesOf(ctx), overdueBefore: overdue ? ctx.today : null,
      beforeId: beforeId ?? Number.MAX_SAFE_INTEGER, limit: CASE_PAGE,
    }).map((summary) => withOverdue(summary, ctx.today));
  },
};

export const caseGet: CommandDef<'case.get'> = {
  name: 'case.get',
  permits: ['staff', 'supervisor', 'admin'],
  run(ctx, { id }) {
    return readableCase(ctx, id);
  },
};
