/**
 * Opens the follow-up case of a 差评 or a complaint, in the same transaction that stores it: nothing a
 * resident is told "转交中心负责人跟进" can exist without its case. The deadline counts working days from
 * the day it was opened, by the hall's calendar (holidays skipped, 调休 Saturdays counted). A 差评 or a
 * complaint also raises a supervisors' alert in the same transaction (server/supervision/case-alert.ts).
 */
import type { CommandContext } from '../commands/context';
import type { NewCase } from '../db/queries/cases';
import { insertCase, insertCaseEvent } from '../db/queries/cases';
import { workingCalendar } from '../db/queries/calendar';
import { addWorkingDays, shiftDays } from '../queue/working-days';
import { isAnsweredOnly } from '../../protocol/case-flow';
import { raiseCaseAlert } from '../supervision/case-alert';

/** The last working day to close a case opened on `today`. */
export function caseDeadline(ctx: Pick<CommandContext, 'db' | 'today'>, workingDays: number): string {
  // Enough calendar days to hold the working days even across the longest holiday weeks.
  const calendar = workingCalendar(ctx.db, ctx.today, shiftDays(ctx.today, workingDays * 2 + 30));
  return addWorkingDays(ctx.today, workingDays, calendar);
}

export function openCase(ctx: CommandContext, c: Omit<NewCase, 'openedAt' | 'deadline'>): number {
  const deadline = isAnsweredOnly(c.kind) ? null : caseDeadline(ctx, ctx.settings.caseDeadlineDays);
  const id = insertCase(ctx.db, { ...c, openedAt: ctx.now, deadline });
  insertCaseEvent(ctx.db, { caseId: id, at: ctx.now, userId: null, type: 'opened' });
  ctx.outbox.caseChanged(id);
  // A 差评 or complaint (one with a deadline) reaches the supervisors at once, with the case.
  if (deadline !== null) raiseCaseAlert(ctx, id);
  return id;
}
