/**
 * The steps of the 差评 closed loop: a supervisor or admin assigns a case to a supervisor or admin, who
 * calls the resident back (each call logged, reached or not), records the rectification and closes it
 * with the result and the resident's view of the handling. Admins may act on any case (an overdue one
 * is escalated to them); the order of steps and who takes them is protocol/case-flow.ts. Every step is logged with who and
 * when in the case's own append-only event log.
 */
import type { CaseView } from '../../protocol/cases';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import type { CaseStep, CaseWorker } from '../../protocol/case-flow';
import { mayTake, refusal, statusAfter } from '../../protocol/case-flow';
import { caseRecord, caseTicketId, insertCaseEvent, updateCase } from '../db/queries/cases';
import { staffById } from '../db/queries/staff';
import { ticketById } from '../db/queries/tickets';
import { readableCase } from './case-read';
import { fail } from './errors';

const CASE_ROLES = ['supervisor', 'admin'] as const;

function workerOf(ctx: CommandContext): CaseWorker {
  return ctx.actor.kind === 'user' ? { role: ctx.actor.role, userId: ctx.actor.userId } : fail('FORBIDDEN');
}

function userIdOf(ctx: CommandContext): number {
  return workerOf(ctx).userId;
}

/**
 * Checks that `step` may be taken now, by this caller; answers the case's status after it. Once the step
 * commits, supervisors' case lists and the resident's phone page (a 差评's ticket) hear of it.
 */
function checkStep(ctx: CommandContext, id: number, step: CaseStep): ReturnType<typeof statusAfter> {
  const record = caseRecord(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
  const { summary } = record;
  const refused = refusal(step, { kind: summary.kind, status: summary.status, hasContact: record.contactPhone !== null,
    callBacks: record.callBacks });
  if (refused) fail(refused);
  if (!mayTake(step, workerOf(ctx), summary.assigneeId)) fail('FORBIDDEN');
  ctx.outbox.caseChanged(id);
  const ticket = record.ticketId === null ? null : ticketById(ctx.db, record.ticketId);
  if (ticket) ctx.outbox.ticket(ticket);
  return statusAfter(step, summary.status);
}

/** A call-back or rectification counts in the reports (on time or not) of the ticket the case follows up. */
function reportFigures(ctx: CommandContext, caseId: number): void {
  const ticketId = caseTicketId(ctx.db, caseId);
  if (ticketId !== null) ctx.outbox.reportFiguresChanged(ticketId);
}

export const caseAssign: CommandDef<'case.assign'> = {
  name: 'case.assign',
  permits: CASE_ROLES,
  run(ctx, { id, assigneeId }) {
    const status = checkStep(ctx, id, 'assign');
    const assignee = staffById(ctx.db, assigneeId);
    if (!assignee || !assignee.active || assignee.role === 'staff') fail('BAD_REQUEST', ['assigneeId']);
    updateCase(ctx.db, id, { status, assigneeId });
    insertCaseEvent(ctx.db, { caseId: id, at: ctx.now, userId: userIdOf(ctx), type: 'assigned', note: assignee.displayName });
    return readableCase(ctx, id);
  },
};

export const caseCallBack: CommandDef<'case.callBack'> = {
  name: 'case.callBack',
  permits: CASE_ROLES,
  run(ctx, { id, reached, note, residentSatisfaction }): CaseView {
    const status = checkStep(ctx, id, 'callBack');
    // Asked at the call-back; kept on the case (the latest answer), and confirmed or changed at closing.
    if (residentSatisfaction !== undefined) updateCase(ctx.db, id, { status, residentSatisfaction });
    insertCaseEvent(ctx.db, { caseId: id, at: ctx.now, userId: userIdOf(ctx), type: 'call_back', reached, note });
    reportFigures(ctx, id);
    return readableCase(ctx, id);
  },
};

export const caseRectify: CommandDef<'case.rectify'> = {
  name: 'case.rectify',
  permits: CASE_ROLES,
  run(ctx, { id, rectification }) {
    const status = checkStep(ctx, id, 'rectify');
    updateCase(ctx.db, id, { status, rectification });
    insertCaseEvent(ctx.db, { caseId: id, at: ctx.now, userId: userIdOf(ctx), type: 'rectified', note: rectification });
    reportFigures(ctx, id);
    return readableCase(ctx, id);
  },
};

export const caseClose: CommandDef<'case.close'> = {
  name: 'case.close',
  permits: CASE_ROLES,
  run(ctx, { id, result, residentSatisfaction }) {
    const status = checkStep(ctx, id, 'close');
    updateCase(ctx.db, id, { status, result, residentSatisfaction, closedAt: ctx.now });
    insertCaseEvent(ctx.db, { caseId: id, at: ctx.now, userId: userIdOf(ctx), type: 'closed', note: result });
    return readableCase(ctx, id);
  },
};
