import type { HallSnapshot } from '../../../protocol/views';
import { CentreIcon } from '../../../ui-kit/CentreIcon';
import { centresInOrder, servicesOfCentre } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';

/** 办事指南: every service of the hall under its centre, one tap from its guide. */
export function GuideListScreen(props: { snapshot: HallSnapshot; nav: Navigator }) {
  const { snapshot, nav } = props;
  return (
    <section class="screen guides-screen" data-testid="guides-screen">
      <h2 class="screen-title with-icon">
        <Pictogram name="guide" size={60} />
        <Text k="kiosk.guides.title" />
      </h2>
      <p class="screen-prompt">
        <Text k="kiosk.guides.prompt" />
      </p>
      {centresInOrder(snapshot).map((centre) => {
        const services = servicesOfCentre(snapshot, centre.id);
        if (services.length === 0) return null;
        return (
          <section key={centre.id} class="guide-group">
            <h3 class="guide-group-title">
              <CentreIcon icon={centre.icon} size={48} />
              <Stacked {...namesOf(centre)} />
            </h3>
            <ul class="guide-group-list">
              {services.map((service) => (
                <li key={service.id}>
                  <button
                    type="button"
                    class="guide-link"
                    data-testid={`guide-link-${service.id}`}
                    onClick={() => nav.push({ screen: 'guide', serviceId: service.id })}
                  >
                    <Stacked {...namesOf(service)} />
                    <Pictogram name="forward" size={40} strokeWidth={5} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
