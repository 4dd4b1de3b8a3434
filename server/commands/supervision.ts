/**
 * 电子监察 for supervisors and admins: the live board (supervision.get), the alerts (alert.list) and
 * their acknowledgement (alert.ack, audited: who and when); nobody else may read either. Later boards and
 * alerts are pushed to the supervisors' room, which their sockets joined when they connected. The board
 * is the one the server keeps (server/supervision/live.ts), never one built for this caller.
 */
import type { CommandDef } from './define';
import { acknowledgeAlert, alertById, listAlerts } from '../db/queries/alerts';
import { fail } from './errors';
import { audit } from './audit';

const PAGE = 100;
const SUPERVISORS = ['supervisor', 'admin'] as const;

export const supervisionGet: CommandDef<'supervision.get'> = {
  name: 'supervision.get',
  permits: SUPERVISORS,
  run(ctx) {
    return ctx.supervision.board();
  },
};

export const alertList: CommandDef<'alert.list'> = {
  name: 'alert.list',
  permits: SUPERVISORS,
  run(ctx, filter) {
    return listAlerts(ctx.db, filter, PAGE);
  },
};

export const alertAck: CommandDef<'alert.ack'> = {
  name: 'alert.ack',
  permits: SUPERVISORS,
  administrative: true,
  run(ctx, { id }) {
    const before = alertById(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
    if (before.acknowledgedAt !== null) fail('ALREADY_ACKNOWLEDGED', ['id']);
    if (ctx.actor.kind !== 'user') fail('FORBIDDEN');
    acknowledgeAlert(ctx.db, id, ctx.actor.userId, ctx.now);
    const after = alertById(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
    audit(ctx, `alert:${id}`, { acknowledgedAt: null }, { acknowledgedAt: after.acknowledgedAt, acknowledgedBy: after.acknowledgedBy });
    ctx.outbox.alertChanged(id);
    return after;
  },
};
