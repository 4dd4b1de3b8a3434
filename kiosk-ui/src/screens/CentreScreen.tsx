import type { HallSnapshot } from '../../../protocol/views';
import { findCentre, servicesOfCentre } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { ServiceFacts } from '../parts/ServiceFacts';
import type { Navigate } from '../route';

export function CentreScreen(props: { snapshot: HallSnapshot; centreId: string; navigate: Navigate }) {
  const { snapshot, centreId, navigate } = props;
  const centre = findCentre(snapshot, centreId);
  const services = servicesOfCentre(snapshot, centreId);
  return (
    <section class="screen">
      <h2 class="screen-title">{centre ? <Stacked {...namesOf(centre)} /> : null}</h2>
      <p class="screen-prompt">
        <Text k={services.length > 0 ? 'kiosk.centre.prompt' : 'kiosk.centre.empty'} />
      </p>
      <ul class="service-list">
        {services.map((service) => (
          <li key={service.id}>
            <button
              type="button"
              class="service-card"
              onClick={() => navigate({ screen: 'service', serviceId: service.id })}
            >
              <Stacked {...namesOf(service)} class="service-name" />
              <ServiceFacts snapshot={snapshot} service={service} />
              <span class="card-arrow" aria-hidden="true">›</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
