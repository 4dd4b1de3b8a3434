/**
 * A new 差评 or complaint case alerts supervisors at once: the alert is stored in the transaction that
 * opens the case (server/cases/open-case.ts) and pushed once it commits. It names the case, the level
 * and where it happened, and stays until a supervisor acknowledges it.
 */
import type { CommandContext } from '../commands/context';
import { caseRecord } from '../db/queries/cases';
import { serviceById } from '../db/queries/hall';
import { insertAlert } from '../db/queries/alerts';

export function raiseCaseAlert(ctx: Pick<CommandContext, 'db' | 'now' | 'outbox'>, caseId: number): void {
  const record = caseRecord(ctx.db, caseId);
  if (!record) return;
  const { summary } = record;
  const serviceName = summary.serviceId === null ? null : (serviceById(ctx.db, summary.serviceId)?.name ?? null);
  const id = insertAlert(ctx.db, `case:${caseId}`, { kind: 'case_opened', details: { caseId, caseKind: summary.kind,
    level: summary.level, serviceName, counterId: summary.counterId, ticketNumber: summary.ticketNumber } }, ctx.now);
  ctx.outbox.alertChanged(id);
}
