/** A duration in whole minutes, or — when there is nothing to measure. */
import { Text } from '../../../../ui-kit/i18n';
import { minutesOf } from './use-supervision';

export function Minutes(props: { ms: number | null }) {
  return props.ms === null ? <Text k="admin.supervision.none" /> : <Text k="admin.supervision.minutes" vars={{ n: minutesOf(props.ms) }} />;
}
