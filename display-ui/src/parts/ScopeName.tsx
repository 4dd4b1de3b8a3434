import type { HallSnapshot } from '../../../protocol/views';
import { Stacked } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';

/**
 * The centre a centre display (or a compact one limited to a centre) shows, beside the hall's name, in
 * both scripts. Nothing for a whole-hall display. `snapshot` is already scoped to the display.
 */
export function ScopeName(props: { snapshot: HallSnapshot }) {
  const { device } = props.snapshot;
  const centre = device?.kind === 'display' && device.centreId !== null ? props.snapshot.centres.find((c) => c.id === device.centreId) : undefined;
  if (!centre) return null;
  return <p class="display-scope" data-testid="display-scope"><Stacked {...namesOf(centre)} bilingual /></p>;
}
