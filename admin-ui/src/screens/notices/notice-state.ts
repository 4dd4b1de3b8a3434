/** Whether a notice shows now, is still to come, or has ended; the screens' own list of what shows decides "now". */
import type { AnnouncementView, ShownAnnouncement } from '../../../../protocol/public-info';

export type NoticeState = 'showing' | 'upcoming' | 'ended';

export function noticeState(notice: AnnouncementView, shown: readonly ShownAnnouncement[], now: number): NoticeState {
  if (shown.some((s) => s.id === notice.id)) return 'showing';
  return notice.startsAt > now ? 'upcoming' : 'ended';
}
