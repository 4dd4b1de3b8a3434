/**
 * counter.open / close / pause / unpause / desk / lists — a staff member logs in at a window, pauses it
 * (暂停) and closes it at the end of the shift.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { closeCounter, openCounter, pauseCounter, unpauseCounter } from '../queue';
import { appendCounterEvent, saveCounterState } from '../db/queries/hall';
import { fail, must } from './errors';
import { otherCounterOf } from '../db/queries/staff';
import { loadCounter, myCounter, currentTicket, userIdOf } from './counter-access';
import { buildCounterLists, buildCounterState, buildDesk } from './desk';
import type { CommandContext } from './context';
import type { Counter, CounterEventType } from '../queue/types';

function store(ctx: CommandContext, next: Counter, type: CounterEventType): void {
  saveCounterState(ctx.db, next);
  appendCounterEvent(ctx.db, next.id, type, ctx.now, userIdOf(ctx));
  ctx.outbox.counter(next.id);
  for (const serviceId of next.serviceIds) ctx.outbox.service(serviceId);
}

export const counterOpen: CommandDef<'counter.open'> = {
  name: 'counter.open',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = loadCounter(ctx, counterId);
    if (!counter.enabled) fail('COUNTER_DISABLED');
    const userId = userIdOf(ctx);
    // One person, one counter: calls, ratings and assessment belong to whoever sits at the window.
    if (otherCounterOf(ctx.db, userId, counterId) !== null) fail('COUNTER_ELSEWHERE');
    const next = must(openCounter(counter, userId));
    if (counter.status !== next.status) store(ctx, next, 'opened');
    return buildCounterState(ctx, counterId);
  },
};

export const counterClose: CommandDef<'counter.close'> = {
  name: 'counter.close',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    const next = must(closeCounter(counter, currentTicket(ctx, counterId) !== null));
    store(ctx, next, 'closed');
    return buildCounterState(ctx, counterId);
  },
};

export const counterPause: CommandDef<'counter.pause'> = {
  name: 'counter.pause',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    const next = must(pauseCounter(counter, currentTicket(ctx, counterId) !== null));
    if (next.status !== counter.status) store(ctx, next, 'paused');
    return buildCounterState(ctx, counterId);
  },
};

export const counterUnpause: CommandDef<'counter.unpause'> = {
  name: 'counter.unpause',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    const next = must(unpauseCounter(counter));
    if (next.status !== counter.status) store(ctx, next, 'unpaused');
    return buildCounterState(ctx, counterId);
  },
};

export const counterDesk: CommandDef<'counter.desk'> = {
  name: 'counter.desk',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    myCounter(ctx, counterId);
    return buildDesk(ctx, counterId);
  },
};

export const counterLists: CommandDef<'counter.lists'> = {
  name: 'counter.lists',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    myCounter(ctx, counterId);
    return buildCounterLists(ctx, counterId);
  },
};
