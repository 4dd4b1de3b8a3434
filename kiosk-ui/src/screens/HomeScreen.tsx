import type { HallSnapshot } from '../../../protocol/views';
import { CentreIcon } from '../../../ui-kit/CentreIcon';
import { centresInOrder, waitingInCentre } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import type { Navigate } from '../route';

export function HomeScreen(props: { snapshot: HallSnapshot; navigate: Navigate }) {
  const { snapshot, navigate } = props;
  return (
    <section class="screen">
      <h2 class="screen-prompt">
        <Text k="kiosk.home.prompt" />
      </h2>
      <div class="centre-grid">
        {centresInOrder(snapshot).map((centre) => (
          <button
            type="button"
            key={centre.id}
            class="centre-tile"
            onClick={() => navigate({ screen: 'centre', centreId: centre.id })}
          >
            <CentreIcon icon={centre.icon} size={72} />
            <Stacked {...namesOf(centre)} class="centre-name" />
            <span class="centre-waiting">
              <Text k="kiosk.home.centreWaiting" vars={{ n: waitingInCentre(snapshot, centre.id) }} />
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
