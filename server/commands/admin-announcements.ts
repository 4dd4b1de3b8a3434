/**
 * Notices (公告) for the displays and kiosks, kept by admins (supervisors may read them). A notice shows
 * from its start until its end by the hall's clock: the snapshot carries the notices showing, and the
 * announcement timer (../hall/announcement-timer) tells every screen when one starts or ends.
 * Named `announcement.*` because `notice.print` prints the 告知单, a different thing.
 */
import type { AnnouncementView } from '../../protocol/public-info';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import {
  announcementById, deleteAnnouncement, insertAnnouncement, listAnnouncements, updateAnnouncement,
} from '../db/queries/announcements';
import { fail } from './errors';
import { audit } from './audit';

function found(ctx: CommandContext, id: number): AnnouncementView {
  return announcementById(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
}

export const announcementList: CommandDef<'announcement.list'> = {
  name: 'announcement.list',
  permits: ['admin', 'supervisor'],
  run(ctx) {
    return listAnnouncements(ctx.db);
  },
};

export const announcementGet: CommandDef<'announcement.get'> = {
  name: 'announcement.get',
  permits: ['admin', 'supervisor'],
  run(ctx, { id }) {
    return found(ctx, id);
  },
};

export const announcementCreate: CommandDef<'announcement.create'> = {
  name: 'announcement.create',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const id = insertAnnouncement(ctx.db, { ...input, textMn: input.textMn ?? '' }, ctx.now);
    const after = found(ctx, id);
    ctx.outbox.hallConfig();
    audit(ctx, `announcement:${id}`, null, after);
    return after;
  },
};

export const announcementUpdate: CommandDef<'announcement.update'> = {
  name: 'announcement.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, ...fields }) {
    const before = found(ctx, id);
    updateAnnouncement(ctx.db, id, { ...fields, textMn: fields.textMn ?? '' }, ctx.now);
    const after = found(ctx, id);
    ctx.outbox.hallConfig();
    audit(ctx, `announcement:${id}`, before, after);
    return after;
  },
};

export const announcementRemove: CommandDef<'announcement.remove'> = {
  name: 'announcement.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    deleteAnnouncement(ctx.db, id);
    ctx.outbox.hallConfig();
    audit(ctx, `announcement:${id}`, before, null);
    return before;
  },
};
