import type { ShownAnnouncement } from '../../../protocol/public-info';
import { Stacked, Text } from '../../../ui-kit/i18n';

/**
 * The notices (公告) showing now, under the latest call: large, in both scripts when there is a
 * Mongolian text. The snapshot lists exactly the notices of this moment; nothing here reads a clock.
 */
export function NoticeBoard(props: { notices: ShownAnnouncement[] }) {
  if (props.notices.length === 0) return null;
  return (
    <section class="notice-board" data-testid="display-notices">
      {props.notices.map((notice) => (
        <p key={notice.id} class="notice-line" data-testid={`display-notice-${notice.id}`}>
          <span class="notice-badge">
            <Text k="notice.label" bilingual />
          </span>
          <Stacked mn={notice.textMn} zh={notice.text} class="notice-text" bilingual />
        </p>
      ))}
    </section>
  );
}
