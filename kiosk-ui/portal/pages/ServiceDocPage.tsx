import type { ComponentChildren } from 'preact';
import type { ServiceGuide } from '../../../protocol/guide';
import type { PortalServices } from '../../../protocol/portal';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Stacked } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { GuideLoad } from '../../src/guide/GuideLoad';
import { GuideHeadingLevel } from '../../src/guide/GuideSection';
import { SampleMark } from '../../src/guide/SampleMark';
import { PageHeading } from '../parts/PageHeading';
import { UpLink } from '../parts/UpLink';
import { usePortalGuide } from '../use-portal-guide';
import { NotFoundPage } from './NotFoundPage';

/**
 * A page made of one service's stored guide — the 办理指南, the 告知单 or the samples — drawn by the
 * kiosk's own components: the service's name as the h1 under what the page is (`kicker`), the guide's
 * fields as h2 below it.
 */
export function ServiceDocPage(props: { data: PortalServices; serviceId: string; kicker: UiKey; testId: string;
  children: (guide: ServiceGuide, serviceName: string) => ComponentChildren }) {
  const service = props.data.services.find((s) => s.id === props.serviceId);
  const { state, retry } = usePortalGuide(props.serviceId);
  if (!service) return <NotFoundPage />;
  return (
    <GuideHeadingLevel.Provider value={2}>
      <UpLink to={{ page: 'service', serviceId: service.id }} name={namesOf(service)} />
      <PageHeading kicker={props.kicker}>
        <Stacked {...namesOf(service)} />
      </PageHeading>
      <div class="portal-doc" data-testid={props.testId}>
        <GuideLoad state={state} retry={retry}>
          {(guide) => (
            <>
              {guide.sampleContent ? <SampleMark /> : null}
              {props.children(guide, service.name)}
            </>
          )}
        </GuideLoad>
      </div>
    </GuideHeadingLevel.Provider>
  );
}
