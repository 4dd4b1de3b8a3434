import type { PortalServices } from '../../../protocol/portal';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { PortalLink, type LinkableRoute } from '../navigation';
import { PageHeading } from '../parts/PageHeading';
import { UpLink } from '../parts/UpLink';
import { WaitFacts } from '../parts/WaitFacts';
import { DayList } from '../parts/DayList';
import { RefreshButton } from './CentrePage';
import { NotFoundPage } from './NotFoundPage';

/** One service: today's waiting, its guide, 告知单 and samples, and its hours over the coming two weeks. */
export function ServicePage(props: { data: PortalServices; serviceId: string; refresh: () => void; reading: boolean }) {
  const { data, serviceId } = props;
  const service = data.services.find((s) => s.id === serviceId);
  const centre = data.centres.find((c) => c.id === service?.centreId);
  if (!service || !centre) return <NotFoundPage />;
  const docs: { to: LinkableRoute; title: UiKey; hint: UiKey; testId: string }[] = [
    { to: { page: 'guide', serviceId }, title: 'kiosk.guide.open', hint: 'portal.service.guideHint', testId: 'open-guide' },
    { to: { page: 'notice', serviceId }, title: 'kiosk.notice.title', hint: 'portal.service.noticeHint', testId: 'open-notice' },
    { to: { page: 'samples', serviceId }, title: 'kiosk.guide.samples', hint: 'portal.service.samplesHint', testId: 'open-samples' },
    ...(service.bookable ? [{ to: { page: 'book', serviceId } as const, title: 'portal.book.open' as const, hint: 'portal.book.openHint' as const,
      testId: 'open-book' }] : []),
  ];
  return (
    <>
      <UpLink to={{ page: 'centre', centreId: centre.id }} name={namesOf(centre)} />
      <PageHeading>
        <Stacked {...namesOf(service)} />
      </PageHeading>
      <section aria-labelledby="service-docs">
        <h2 id="service-docs" class="portal-h2"><Text k="portal.service.docs" /></h2>
        <ul class="portal-cards">
          {docs.map((doc) => (
            <li key={doc.testId}>
              <PortalLink to={doc.to} class="portal-card" testId={doc.testId}>
                <span class="portal-card-body">
                  <Text k={doc.title} class="portal-card-title" />
                  <Text k={doc.hint} class="portal-card-facts" />
                </span>
              </PortalLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="service-today">
        <h2 id="service-today" class="portal-h2"><Text k="portal.service.today" /></h2>
        <WaitFacts service={service} />
        <RefreshButton refresh={props.refresh} reading={props.reading} />
      </section>
      <section aria-labelledby="service-hours">
        <h2 id="service-hours" class="portal-h2"><Text k="portal.service.hours" /></h2>
        <DayList days={data.days} hours={(i) => service.hours[i] ?? null} testId="service-days" />
      </section>
    </>
  );
}
