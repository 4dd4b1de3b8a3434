import type { HallSnapshot } from '../../../protocol/views';
import { centresInOrder, loadOf, servicesOfCentre, waitingInCentre } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';

/** Waiting people per centre and per service; a service that cannot take tickets says "暂停". */
export function WaitingBoard(props: { snapshot: HallSnapshot }) {
  const { snapshot } = props;
  return (
    <div class="waiting-board">
      <h2 class="board-title">
        <Text k="display.waiting.title" bilingual />
      </h2>
      <div class="centre-blocks">
        {centresInOrder(snapshot).map((centre) => (
          <div key={centre.id} class="centre-block">
            <div class="centre-head">
              <Stacked {...namesOf(centre)} class="centre-head-name" />
              <span class="centre-head-count">
                <Text k="display.waiting.people" vars={{ n: waitingInCentre(snapshot, centre.id) }} />
              </span>
            </div>
            <ul class="service-rows">
              {servicesOfCentre(snapshot, centre.id).map((service) => {
                const load = loadOf(snapshot, service.id);
                return (
                  <li
                    key={service.id}
                    class={`service-row ${load?.closedReason ? 'service-closed' : ''}`}
                    data-testid={`waiting-${service.id}`}
                    data-waiting={load?.waiting ?? 0}
                  >
                    <span class="service-row-name">{service.name}</span>
                    <span class="service-row-count">
                      {load?.closedReason ? (
                        <Text k="display.waiting.closed" />
                      ) : (
                        <Text k="display.waiting.people" vars={{ n: load?.waiting ?? 0 }} />
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
