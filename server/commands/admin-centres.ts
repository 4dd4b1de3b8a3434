/**
 * Centres (中心), for admins (supervisors may read them): names in Chinese and Mongolian, kiosk order,
 * icon and enabled. A disabled centre and its services disappear from kiosks, displays and phone pages
 * and take no tickets; its counters are left as they are, so staff can still serve the tickets already
 * issued (disable a counter to stop it). A centre that still has services, counters, staff or tickets
 * cannot be deleted, only disabled. Every change is audited and reaches open screens at once.
 */
import type { CentreAdminView } from '../../protocol/structure';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import { centreAdminView, centreAdminViews, centreIdTaken, centreReferences, freeCentreId } from '../db/queries/centre-config';
import { deleteCentre, insertCentre, updateCentre } from '../db/queries/hall-admin';
import { devicesUsingCentre } from '../db/queries/devices';
import { fail } from './errors';
import { audit } from './audit';
import { withNameMnStatus, type NamedText } from '../mn-texts/name-status';

/** A centre's name as the translation workbench files it. */
const nameOf = (c: CentreAdminView): NamedText => ({ subject: c.id, zh: c.name, mn: c.nameMn });

function found(ctx: CommandContext, id: string): CentreAdminView {
  return centreAdminView(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
}

/** Subject of a centre's audit lines. */
const subject = (id: string): string => `centre:${id}`;

export const centreList: CommandDef<'centre.list'> = {
  name: 'centre.list',
  permits: ['admin', 'supervisor'],
  run(ctx) {
    return withNameMnStatus(ctx.db, 'centre', centreAdminViews(ctx.db), nameOf);
  },
};

export const centreGet: CommandDef<'centre.get'> = {
  name: 'centre.get',
  permits: ['admin', 'supervisor'],
  run(ctx, { id }) {
    return withNameMnStatus(ctx.db, 'centre', [found(ctx, id)], nameOf)[0] ?? fail('NOT_FOUND', ['id']);
  },
};

export const centreCreate: CommandDef<'centre.create'> = {
  name: 'centre.create',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    if (input.id !== undefined && centreIdTaken(ctx.db, input.id)) fail('ALREADY_EXISTS', ['id']);
    const id = input.id ?? freeCentreId(ctx.db);
    // A new centre goes to the end of the kiosk unless told otherwise.
    const sortOrder = input.sortOrder ?? centreAdminViews(ctx.db).reduce((max, c) => Math.max(max, c.sortOrder + 1), 0);
    insertCentre(ctx.db, { id, name: input.name, nameMn: input.nameMn ?? '', icon: input.icon, sortOrder,
      enabled: input.enabled ?? true });
    const after = found(ctx, id);
    audit(ctx, subject(id), null, after);
    ctx.outbox.hallConfig();
    return after;
  },
};

export const centreUpdate: CommandDef<'centre.update'> = {
  name: 'centre.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, ...changes }) {
    const before = found(ctx, id);
    updateCentre(ctx.db, id, {
      name: changes.name ?? before.name, nameMn: changes.nameMn ?? before.nameMn, icon: changes.icon ?? before.icon,
      sortOrder: changes.sortOrder ?? before.sortOrder, enabled: changes.enabled ?? before.enabled,
    });
    const after = found(ctx, id);
    audit(ctx, subject(id), before, after);
    ctx.outbox.hallConfig();
    return after;
  },
};

export const centreRemove: CommandDef<'centre.remove'> = {
  name: 'centre.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    const refs = centreReferences(ctx.db, id);
    const inUse = [
      ...(before.serviceCount > 0 ? ['services'] : []), ...(before.counterCount > 0 ? ['counters'] : []),
      ...(refs.staff > 0 ? ['staff'] : []), ...(refs.tickets > 0 ? ['tickets'] : []),
      // A kiosk offering it or a display showing it is moved first (device.update).
      ...(devicesUsingCentre(ctx.db, id).length > 0 ? ['devices'] : []),
    ];
    if (inUse.length > 0) fail('IN_USE', inUse);
    deleteCentre(ctx.db, id);
    audit(ctx, subject(id), before, null);
    ctx.outbox.hallConfig();
    return before;
  },
};
