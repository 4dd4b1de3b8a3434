import type { ShownAnnouncement } from '../../../protocol/public-info';
import { Text } from '../../../ui-kit/i18n';

/** Screen pixels a notice line moves per second: slow enough for an elderly reader to follow. */
const SCROLL_PX_PER_S = 120;
/** A rough width of one character of the line, to time the scroll by its length. */
const CHAR_PX = 40;

/**
 * The notices (公告) showing now, as one line that scrolls across its own strip, under the header and
 * above the calls (it never covers them). Each notice: its badge, the Mongolian text before the Chinese
 * when there is one. A screen that asks for reduced motion gets the same strip standing still, the
 * notices wrapped onto as many lines as they need. The snapshot lists exactly the notices of this
 * moment; nothing here reads a clock.
 */
export function NoticeMarquee(props: { notices: ShownAnnouncement[] }) {
  if (props.notices.length === 0) return null;
  const chars = props.notices.reduce((n, notice) => n + notice.text.length + notice.textMn.length + 8, 0);
  const seconds = Math.max(12, Math.round((chars * CHAR_PX) / SCROLL_PX_PER_S));
  return (
    <section class="notice-strip" data-testid="display-notices" data-scrolls="">
      <div class="notice-track" data-testid="notice-track" style={{ animationDuration: `${seconds}s` }}>
        {props.notices.map((notice) => (
          <p key={notice.id} class="notice-line" data-testid={`display-notice-${notice.id}`}>
            <span class="notice-badge">
              <Text k="notice.label" bilingual />
            </span>
            {notice.textMn ? (
              <span class="notice-mn mn" lang="mn-Mong">{notice.textMn}</span>
            ) : null}
            <span class="notice-zh" lang="zh-CN">{notice.text}</span>
          </p>
        ))}
      </div>
    </section>
  );
}
