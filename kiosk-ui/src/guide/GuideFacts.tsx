import type { ComponentChildren } from 'preact';
import type { ServiceGuide } from '../../../protocol/guide';
import { Text } from '../../../ui-kit/i18n';
import { GuideSection, GuideText } from './GuideSection';
import { SampleGallery } from './SampleGallery';

/**
 * The facts the 办理指南 and the 告知单 both state — time limit, 到现场次数, 办理结果 (with its sample),
 * fees (never blank: 不收费), place and phone — so the two screens always say the same thing. `prefix`
 * keeps section ids unique per screen.
 */
export function GuideFacts(props: { guide: ServiceGuide; prefix: 'guide' | 'notice'; between?: ComponentChildren }) {
  const { guide, prefix } = props;
  return (
    <>
      <GuideSection id={`${prefix}-time`} title="kiosk.guide.timeLimit">
        <p class="guide-text">
          <Text k="kiosk.guide.legalLimit" vars={{ v: guide.legalTimeLimit }} />
        </p>
        <p class="guide-text">
          <Text k="kiosk.guide.promisedLimit" vars={{ v: guide.promisedTimeLimit }} />
        </p>
      </GuideSection>
      <GuideSection id={`${prefix}-visits`} title="kiosk.guide.visits">
        <p class="guide-text guide-visits">
          {guide.visits === 0 ? <Text k="kiosk.guide.visitsNone" /> : <Text k="kiosk.guide.visitsCount" vars={{ n: guide.visits }} />}
        </p>
      </GuideSection>
      <GuideSection id={`${prefix}-result`} title="kiosk.guide.result">
        <GuideText text={guide.result} />
        {guide.resultSample ? <SampleGallery samples={[guide.resultSample]} testId={`${prefix}-result-sample`} /> : null}
      </GuideSection>
      <GuideSection id={`${prefix}-fees`} title="kiosk.guide.fees">
        {guide.fees ? <GuideText text={guide.fees} /> : <p class="guide-text guide-free"><Text k="kiosk.guide.free" /></p>}
      </GuideSection>
      <GuideSection id={`${prefix}-place`} title="kiosk.guide.place">
        <GuideText text={guide.place} />
      </GuideSection>
      {props.between}
      <GuideSection id={`${prefix}-phone`} title="kiosk.guide.phone">
        <GuideText text={guide.phone} />
      </GuideSection>
    </>
  );
}
