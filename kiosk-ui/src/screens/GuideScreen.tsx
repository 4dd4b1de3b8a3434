import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { GuideBody } from '../guide/GuideBody';
import { GuideLoad } from '../guide/GuideLoad';
import { SampleMark } from '../guide/SampleMark';
import { useGuide } from '../guide/use-guide';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';
import { ScreenTitle } from '../parts/ScreenTitle';

/** 办理指南 of one service: every field, large, in one scrolling page; then the 告知单 or a ticket. */
export function GuideScreen(props: { snapshot: HallSnapshot; serviceId: string; stream: HallStream; nav: Navigator }) {
  const { snapshot, serviceId, nav } = props;
  const service = findService(snapshot, serviceId);
  const { state, retry } = useGuide(props.stream, serviceId, snapshot.configVersion);
  if (!service) return null;
  return (
    <section class="screen guide-screen" data-testid="guide-screen">
      <ScreenTitle icon="guide" kicker="kiosk.guide.open">
        <Stacked {...namesOf(service)} />
      </ScreenTitle>
      <GuideLoad state={state} retry={retry}>
        {(guide) => (
          <>
            {guide.sampleContent ? <SampleMark /> : null}
            <GuideBody guide={guide} serviceName={service.name} />
            <GuideActions serviceId={serviceId} nav={nav} />
          </>
        )}
      </GuideLoad>
    </section>
  );
}

function GuideActions(props: { serviceId: string; nav: Navigator }) {
  const { serviceId, nav } = props;
  return (
    <div class="screen-actions">
      <button type="button" class="secondary-button" data-testid="open-notice" onClick={() => nav.push({ screen: 'notice', serviceId })}>
        <Pictogram name="notice" size={52} />
        <Text k="kiosk.notice.open" />
      </button>
      <button type="button" class="big-button" onClick={() => nav.push({ screen: 'service', serviceId })}>
        <Pictogram name="ticket" size={56} />
        <Text k="kiosk.notice.toTicket" />
      </button>
    </div>
  );
}
