import type { PortalServices } from '../../../protocol/portal';
import { trBoth } from '../../../protocol/catalog/ui-lookup';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { PortalLink } from '../navigation';
import { PageHeading } from '../parts/PageHeading';
import { UpLink } from '../parts/UpLink';
import { WaitFacts } from '../parts/WaitFacts';
import { NotFoundPage } from './NotFoundPage';

/** One centre: its services, each with today's waiting and a way to its page. */
export function CentrePage(props: { data: PortalServices; centreId: string; refresh: () => void; reading: boolean }) {
  const { data } = props;
  const centre = data.centres.find((c) => c.id === props.centreId);
  if (!centre) return <NotFoundPage />;
  const services = data.services.filter((s) => s.centreId === centre.id);
  return (
    <>
      <UpLink to={{ page: 'home' }} name={trBoth('portal.nav.centres')} />
      <PageHeading>
        <Stacked {...namesOf(centre)} />
      </PageHeading>
      {services.length === 0 ? (
        <p class="portal-lead"><Text k="portal.centre.none" /></p>
      ) : (
        <>
          <p class="portal-lead"><Text k="portal.centre.prompt" /></p>
          <ul class="portal-services">
            {services.map((service) => (
              <li key={service.id} class="portal-service">
                <h2 class="portal-h2">
                  <PortalLink to={{ page: 'service', serviceId: service.id }} testId={`service-${service.id}`}>
                    <Stacked {...namesOf(service)} />
                  </PortalLink>
                </h2>
                <WaitFacts service={service} />
              </li>
            ))}
          </ul>
          <RefreshButton refresh={props.refresh} reading={props.reading} />
        </>
      )}
    </>
  );
}

/** Asks for today's numbers again (they move while the page is open). */
export function RefreshButton(props: { refresh: () => void; reading: boolean }) {
  return (
    <p class="portal-refresh">
      <button type="button" class="portal-button" data-testid="portal-refresh" disabled={props.reading} onClick={props.refresh}>
        <Text k="portal.refresh" />
      </button>
      <Text k="portal.service.liveHint" class="portal-hint" />
    </p>
  );
}
