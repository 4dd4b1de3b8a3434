import type { HallSnapshot } from '../../../protocol/views';
import { Stacked } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';

/**
 * What a display scoped by an admin shows, beside the hall's name: its centre (both names) or its
 * counter (a window display). Nothing for a whole-hall display. `snapshot` is already scoped.
 */
export function ScopeName(props: { snapshot: HallSnapshot }) {
  const { device } = props.snapshot;
  if (device?.kind !== 'display') return null;
  const counter = device.counterId !== null ? props.snapshot.counters.find((c) => c.id === device.counterId) : undefined;
  const centre = device.centreId !== null ? props.snapshot.centres.find((c) => c.id === device.centreId) : undefined;
  if (counter) return <p class="display-scope" data-testid="display-scope">{counter.name}</p>;
  if (centre) return <p class="display-scope" data-testid="display-scope"><Stacked {...namesOf(centre)} /></p>;
  return null;
}
