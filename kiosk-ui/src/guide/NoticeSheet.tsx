import type { ServiceGuide } from '../../../protocol/guide';
import { Text } from '../../../ui-kit/i18n';
import { GuideList, GuideSection } from './GuideSection';
import { GuideFacts } from './GuideFacts';
import { MaterialList } from './MaterialList';

/**
 * 一次性告知单 as a sheet: every material at once, then time limit, fees, place and phone — what the
 * printed slip says. The kiosk's 告知单 screen and the portal's both show this one sheet.
 */
export function NoticeSheet(props: { guide: ServiceGuide }) {
  const { guide } = props;
  return (
    <div class="notice-sheet">
      <GuideSection id="notice-materials" title="kiosk.guide.materials">
        <p class="guide-text notice-count">
          <Text k="kiosk.notice.materialsCount" vars={{ n: guide.materials.length }} />
        </p>
        <MaterialList materials={guide.materials} />
      </GuideSection>
      {guide.noticeNotes.length > 0 ? (
        <GuideSection id="notice-notes" title="kiosk.guide.noticeNotes">
          <GuideList items={guide.noticeNotes} />
        </GuideSection>
      ) : null}
      <GuideFacts guide={guide} prefix="notice" />
      <p class="guide-text notice-basis">
        <Text k="kiosk.notice.basis" />
      </p>
    </div>
  );
}
