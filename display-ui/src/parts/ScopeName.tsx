import type { HallSnapshot } from '../../../protocol/views';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';

/**
 * What a display scoped by an admin shows, beside the hall's name: its centre (both names) or its
 * counter (a window display, with the photo and masked name of whoever works there now, so residents
 * know who serves them). Nothing for a whole-hall display. `snapshot` is already scoped.
 */
export function ScopeName(props: { snapshot: HallSnapshot }) {
  const { t } = useLang();
  const { device } = props.snapshot;
  if (device?.kind !== 'display') return null;
  const counter = device.counterId !== null ? props.snapshot.counters.find((c) => c.id === device.counterId) : undefined;
  const centre = device.centreId !== null ? props.snapshot.centres.find((c) => c.id === device.centreId) : undefined;
  if (counter) {
    return (
      <div class="display-scope window-scope">
        <span data-testid="display-scope">{counter.name}</span>
        {counter.staffName ? (
          <span class="window-staff" data-testid="window-staff">
            {counter.staffPhoto ? (
              <img class="window-staff-photo" src={counter.staffPhoto} alt={t('display.staffPhoto')} data-testid="window-staff-photo" />
            ) : null}
            <Text k="display.staff" vars={{ name: counter.staffName }} bilingual />
          </span>
        ) : null}
      </div>
    );
  }
  if (centre) return <p class="display-scope" data-testid="display-scope"><Stacked {...namesOf(centre)} /></p>;
  return null;
}
