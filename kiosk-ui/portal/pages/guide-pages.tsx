/** The three pages of a service's stored guide, as the kiosk shows them (one source, the same components). */
import type { PortalServices } from '../../../protocol/portal';
import { Text } from '../../../ui-kit/i18n';
import { GuideBody } from '../../src/guide/GuideBody';
import { NoticeSheet } from '../../src/guide/NoticeSheet';
import { SampleGallery } from '../../src/guide/SampleGallery';
import { ServiceDocPage } from './ServiceDocPage';

export function GuidePage(props: { data: PortalServices; serviceId: string }) {
  return (
    <ServiceDocPage data={props.data} serviceId={props.serviceId} kicker="kiosk.guide.open" testId="portal-guide">
      {(guide, name) => <GuideBody guide={guide} serviceName={name} />}
    </ServiceDocPage>
  );
}

export function NoticePage(props: { data: PortalServices; serviceId: string }) {
  return (
    <ServiceDocPage data={props.data} serviceId={props.serviceId} kicker="kiosk.notice.title" testId="portal-notice">
      {(guide) => (
        <>
          <NoticeSheet guide={guide} />
          <p class="portal-hint">
            <Text k="portal.notice.printHint" />
          </p>
        </>
      )}
    </ServiceDocPage>
  );
}

export function SamplesPage(props: { data: PortalServices; serviceId: string }) {
  return (
    <ServiceDocPage data={props.data} serviceId={props.serviceId} kicker="kiosk.guide.samples" testId="portal-samples">
      {(guide) => {
        const samples = guide.resultSample ? [...guide.samples, guide.resultSample] : guide.samples;
        return samples.length > 0 ? (
          <SampleGallery samples={samples} />
        ) : (
          <p class="portal-lead">
            <Text k="portal.samples.none" />
          </p>
        );
      }}
    </ServiceDocPage>
  );
}
