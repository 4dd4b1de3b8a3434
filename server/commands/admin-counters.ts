/**
 * Counters (窗口), for admins (supervisors may read them): the window number residents hear in every
 * call (the counter's id, fixed once created), its name, centre, the services it serves in order, its
 * call policy and enabled. The devices tied to it (rating pad, window display) are shown here and edited
 * with the devices. A disabled counter cannot be opened; one with somebody logged in cannot be disabled
 * (release it first). A counter that anything ever named (tickets, ratings, logins, devices) cannot be
 * deleted, only disabled.
 */
import type { CounterAdminView } from '../../protocol/structure';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import { t } from '../../protocol/catalog';
import { counterAdminView, counterAdminViews } from '../db/queries/counter-config';
import { centreIdTaken } from '../db/queries/centre-config';
import { serviceIdTaken } from '../db/queries/service-config';
import { deleteCounter, insertCounter, updateCounter } from '../db/queries/hall-admin';
import { fail } from './errors';
import { audit } from './audit';
import { removeUnlessReferenced } from './removal';

function found(ctx: CommandContext, id: number): CounterAdminView {
  return counterAdminView(ctx.db, id, ctx.today) ?? fail('NOT_FOUND', ['id']);
}

const subject = (id: number): string => `counter:${id}`;

/** An unknown centre or service is named by its field (`serviceIds.2`: the third in the list). */
function checkLinks(ctx: CommandContext, centreId: string | undefined, serviceIds: readonly string[] | undefined): void {
  const unknown = [
    ...(centreId !== undefined && !centreIdTaken(ctx.db, centreId) ? ['centreId'] : []),
    ...(serviceIds ?? []).flatMap((id, i) => (serviceIdTaken(ctx.db, id) ? [] : [`serviceIds.${i}`])),
  ];
  if (unknown.length > 0) fail('BAD_REQUEST', unknown);
}

/** Desks, kiosks and displays see the counter and the queues of the services it serves (or served) change. */
function announce(ctx: CommandContext, id: number, serviceIds: readonly string[]): void {
  ctx.outbox.counter(id);
  for (const serviceId of serviceIds) ctx.outbox.service(serviceId);
  ctx.outbox.hallConfig();
}

export const counterList: CommandDef<'counter.list'> = {
  name: 'counter.list',
  permits: ['admin', 'supervisor'],
  run(ctx) {
    return counterAdminViews(ctx.db, ctx.today);
  },
};

export const counterGet: CommandDef<'counter.get'> = {
  name: 'counter.get',
  permits: ['admin', 'supervisor'],
  run(ctx, { id }) {
    return found(ctx, id);
  },
};

export const counterCreate: CommandDef<'counter.create'> = {
  name: 'counter.create',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    if (counterAdminView(ctx.db, input.id, ctx.today)) fail('ALREADY_EXISTS', ['id']);
    checkLinks(ctx, input.centreId, input.serviceIds);
    insertCounter(ctx.db, {
      id: input.id, name: input.name ?? t('counter.name', 'zh', { n: input.id }), centreId: input.centreId,
      callPolicy: input.callPolicy ?? 'oldest-first', serviceIds: input.serviceIds, enabled: input.enabled ?? true,
    });
    const after = found(ctx, input.id);
    audit(ctx, subject(input.id), null, after);
    announce(ctx, input.id, after.serviceIds);
    return after;
  },
};

export const counterUpdate: CommandDef<'counter.update'> = {
  name: 'counter.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, ...changes }) {
    const before = found(ctx, id);
    checkLinks(ctx, changes.centreId, changes.serviceIds);
    const enabled = changes.enabled ?? before.enabled;
    if (!enabled && before.status !== 'closed') fail('IN_USE', ['enabled']);
    updateCounter(ctx.db, id, {
      name: changes.name ?? before.name, centreId: changes.centreId ?? before.centreId,
      callPolicy: changes.callPolicy ?? before.callPolicy, serviceIds: changes.serviceIds ?? before.serviceIds, enabled,
    });
    const after = found(ctx, id);
    audit(ctx, subject(id), before, after);
    announce(ctx, id, [...new Set([...before.serviceIds, ...after.serviceIds])]);
    return after;
  },
};

export const counterRemove: CommandDef<'counter.remove'> = {
  name: 'counter.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    const inUse = [
      ...(before.status !== 'closed' ? ['status'] : []), ...(before.ticketsToday > 0 || before.used ? ['tickets'] : []),
      ...(before.devices.length > 0 ? ['devices'] : []),
    ];
    if (inUse.length > 0) fail('IN_USE', inUse);
    removeUnlessReferenced(() => deleteCounter(ctx.db, id), 'id');
    audit(ctx, subject(id), before, null);
    announce(ctx, id, before.serviceIds);
    return before;
  },
};
