/**
 * counter.release — a supervisor or admin closes a counter that another staff member left open (gone
 * home, browser closed), so the window stops counting as open and somebody else can log in there. A
 * ticket still in hand is held at that counter (挂起), not lost: whoever opens the counter next can
 * resume it. Audited, since it acts on a colleague's session.
 */
import type { CommandDef } from './define';
import { closeCounter, hold } from '../queue';
import { appendCounterEvent, saveCounterState } from '../db/queries/hall';
import { fail, must } from './errors';
import { currentTicket, loadCounter, userIdOf } from './counter-access';
import { recordTransition } from './persist';
import { buildCounterState } from './desk';
import { audit } from './audit';

export const counterRelease: CommandDef<'counter.release'> = {
  name: 'counter.release',
  permits: ['supervisor', 'admin'],
  administrative: true,
  run(ctx, { counterId }) {
    const counter = loadCounter(ctx, counterId);
    if (counter.status === 'closed') fail('COUNTER_NOT_OPEN');
    const inHand = currentTicket(ctx, counterId);
    if (inHand) recordTransition(ctx, must(hold(inHand, counterId, ctx.now)), counterId, { releasedBy: userIdOf(ctx) });
    const next = must(closeCounter(counter, false));
    saveCounterState(ctx.db, next);
    appendCounterEvent(ctx.db, counterId, 'closed', ctx.now, userIdOf(ctx));
    ctx.outbox.counter(counterId);
    for (const serviceId of next.serviceIds) ctx.outbox.service(serviceId);
    audit(ctx, `counter:${counterId}`, { status: counter.status, staffId: counter.staffId },
      { status: next.status, staffId: next.staffId, heldTicket: inHand?.number ?? null });
    return buildCounterState(ctx, counterId);
  },
};
