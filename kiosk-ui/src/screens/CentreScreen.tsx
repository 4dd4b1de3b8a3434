import type { HallSnapshot } from '../../../protocol/views';
import { CentreIcon } from '../../../ui-kit/CentreIcon';
import { findCentre, servicesOfCentre } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { Pictogram } from '../parts/Pictogram';
import { ServiceFacts } from '../parts/ServiceFacts';
import type { Navigator } from '../route';

/** The services of one centre, each with its queue, whether it is open (and why not) and its windows. */
export function CentreScreen(props: { snapshot: HallSnapshot; centreId: string; nav: Navigator }) {
  const { snapshot, centreId, nav } = props;
  const centre = findCentre(snapshot, centreId);
  const services = servicesOfCentre(snapshot, centreId);
  return (
    <section class="screen centre-screen">
      {centre ? (
        <h2 class="screen-title with-icon">
          <CentreIcon icon={centre.icon} size={64} />
          <Stacked {...namesOf(centre)} />
        </h2>
      ) : null}
      <p class="screen-prompt">
        <Text k={services.length > 0 ? 'kiosk.centre.prompt' : 'kiosk.centre.empty'} />
      </p>
      <ul class="service-list">
        {services.map((service) => (
          <li key={service.id}>
            <button
              type="button"
              class="service-card"
              data-testid={`service-row-${service.id}`}
              onClick={() => nav.push({ screen: 'service', serviceId: service.id })}
            >
              <Stacked {...namesOf(service)} class="service-name" />
              <ServiceFacts snapshot={snapshot} service={service} />
              <Pictogram name="forward" size={56} class="card-arrow" strokeWidth={5} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
