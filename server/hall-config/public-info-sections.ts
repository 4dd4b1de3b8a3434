/**
 * Notices (公告) and the 政务公开 boards. A notice is matched by its text and times (it has no name of its
 * own), so importing a file twice does not show a notice twice. Only boards an admin has written travel:
 * the demo hall's sample pages stay demo content.
 */
import type { ConfigSection } from './section';
import { announcementCreate, announcementList } from '../commands/admin-announcements';
import { boardList, boardSave } from '../commands/admin-boards';

export const announcementsSection: ConfigSection<'announcements'> = {
  key: 'announcements',
  read: (ctx) => announcementList.run(ctx, {}).map((a) => ({ text: a.text, textMn: a.textMn, startsAt: a.startsAt, endsAt: a.endsAt })),
  apply(ctx, notices, { runner }) {
    const existing = announcementList.run(ctx, {});
    return notices.filter((notice, i) => {
      const same = existing.some((a) => a.text === notice.text && a.startsAt === notice.startsAt && a.endsAt === notice.endsAt
        && a.textMn === (notice.textMn ?? ''));
      return same || runner.run(`announcements.${i}`, announcementCreate, notice) !== null;
    }).length;
  },
};

export const boardsSection: ConfigSection<'boards'> = {
  key: 'boards',
  read: (ctx) => boardList.run(ctx, {}).filter((b) => b.updatedAt !== null && !b.sampleContent).map((b) => ({
    id: b.id, zh: b.zh, ...(b.mn.title === '' && b.mn.body === '' ? {} : { mn: b.mn }),
  })),
  apply(_ctx, boards, { runner }) {
    return boards.filter((board, i) => runner.run(`boards.${i}`, boardSave, board) !== null).length;
  },
};
