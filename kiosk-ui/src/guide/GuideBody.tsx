import type { ServiceGuide } from '../../../protocol/guide';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text, useLang } from '../../../ui-kit/i18n';
import { GuideList, GuideSection, GuideText } from './GuideSection';
import { MaterialList } from './MaterialList';
import { SampleGallery } from './SampleGallery';
import { GuideFacts } from './GuideFacts';

/** The sections a resident most often looks for, offered as jump buttons at the top of a long guide. */
const JUMPS: { id: string; title: UiKey }[] = [
  { id: 'guide-materials', title: 'kiosk.guide.materials' },
  { id: 'guide-process', title: 'kiosk.guide.process' },
  { id: 'guide-time', title: 'kiosk.guide.timeLimit' },
  { id: 'guide-faq', title: 'kiosk.guide.faq' },
  { id: 'guide-samples', title: 'kiosk.guide.samples' },
];

function jumpTo(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

/** Every field of protocol/guide.ts, in the order halls publish them. */
export function GuideBody(props: { guide: ServiceGuide; serviceName: string }) {
  const { guide } = props;
  const { t } = useLang();
  const jumps = JUMPS.filter((j) => j.id !== 'guide-samples' || guide.samples.length > 0);
  return (
    <div class="guide-body">
      <nav class="guide-jumps" aria-label={t('kiosk.guide.jump')}>
        <Text k="kiosk.guide.jump" class="guide-jumps-label" />
        {jumps.map((j) => (
          <button type="button" key={j.id} class="jump-button" onClick={() => jumpTo(j.id)}>
            <Text k={j.title} />
          </button>
        ))}
      </nav>
      <GuideSection id="guide-name" title="kiosk.guide.name">
        <p class="guide-text guide-service-name">{props.serviceName}</p>
        {guide.summary ? <p class="guide-text">{guide.summary}</p> : null}
      </GuideSection>
      <GuideSection id="guide-item" title="kiosk.guide.authority">
        <GuideText text={guide.authority} />
        <dl class="guide-item-facts">
          <div>
            <dt><Text k="kiosk.guide.itemType" /></dt>
            <dd><Text k={`guide.itemType.${guide.itemType}`} /></dd>
          </div>
          {guide.itemCode ? (
            <div>
              <dt><Text k="kiosk.guide.itemCode" /></dt>
              <dd class="guide-item-code">{guide.itemCode}</dd>
            </div>
          ) : null}
        </dl>
      </GuideSection>
      <GuideSection id="guide-basis" title="kiosk.guide.basis">
        <GuideList items={guide.basis} />
      </GuideSection>
      <GuideSection id="guide-conditions" title="kiosk.guide.conditions">
        <GuideList items={guide.conditions} />
      </GuideSection>
      <GuideSection id="guide-materials" title="kiosk.guide.materials">
        <MaterialList materials={guide.materials} />
      </GuideSection>
      {guide.noticeNotes.length > 0 ? (
        <GuideSection id="guide-notice-notes" title="kiosk.guide.noticeNotes">
          <GuideList items={guide.noticeNotes} />
        </GuideSection>
      ) : null}
      <GuideSection id="guide-process" title="kiosk.guide.process">
        <GuideList items={guide.process} ordered />
      </GuideSection>
      <GuideFacts guide={guide} prefix="guide" between={(
        <GuideSection id="guide-hours" title="kiosk.guide.hours">
          <GuideText text={guide.hours} />
        </GuideSection>
      )} />
      <GuideSection id="guide-supervision" title="kiosk.guide.supervision">
        <GuideText text={guide.supervision} />
      </GuideSection>
      <GuideSection id="guide-commitments" title="kiosk.guide.commitments">
        <GuideList items={guide.commitments} />
      </GuideSection>
      <GuideSection id="guide-discipline" title="kiosk.guide.discipline">
        <GuideList items={guide.discipline} />
      </GuideSection>
      <GuideSection id="guide-faq" title="kiosk.guide.faq">
        {guide.faq.length === 0 ? (
          <GuideText text="" />
        ) : (
          <dl class="faq">
            {guide.faq.map((item, i) => (
              <div key={`${i}:${item.q}`} class="faq-item">
                <dt>
                  <span class="faq-mark">
                    <Text k="kiosk.guide.question" />
                  </span>
                  {item.q}
                </dt>
                <dd>
                  <span class="faq-mark faq-answer">
                    <Text k="kiosk.guide.answer" />
                  </span>
                  {item.a}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </GuideSection>
      {guide.samples.length > 0 ? (
        <GuideSection id="guide-samples" title="kiosk.guide.samples">
          <SampleGallery samples={guide.samples} />
        </GuideSection>
      ) : null}
    </div>
  );
}
