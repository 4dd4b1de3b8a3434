import type { ShownAnnouncement } from '../../../protocol/public-info';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { Pictogram } from './Pictogram';

/**
 * The notices (公告) showing now, at the top of the home screen: large, each with its label, both
 * scripts when there is a Mongolian text (public signage). The server decides what shows when.
 */
export function NoticeStrip(props: { notices: ShownAnnouncement[] }) {
  if (props.notices.length === 0) return null;
  return (
    <section class="notice-strip" data-testid="kiosk-notices" aria-live="polite">
      {props.notices.map((notice) => (
        <p key={notice.id} class="notice-item" data-testid={`kiosk-notice-${notice.id}`}>
          <span class="notice-tag">
            <Pictogram name="warning" size={44} />
            <Text k="notice.label" />
          </span>
          <Stacked mn={notice.textMn} zh={notice.text} class="notice-words" bilingual />
        </p>
      ))}
    </section>
  );
}
