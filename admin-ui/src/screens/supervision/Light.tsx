/**
 * A traffic light that does not rely on colour: each light has its own shape (● ▲ ■) and word beside its
 * colour, so a colour-blind reader and a grey-scale printout read the same.
 */
import type { Light as LightName } from '../../../../protocol/supervision';
import { Text } from '../../../../ui-kit/i18n';

const SHAPE: Record<LightName, string> = { green: '●', yellow: '▲', red: '■' };

export function Light(props: { light: LightName; testid?: string }) {
  return (
    <span class={`light light-${props.light}`} data-light={props.light} data-testid={props.testid}>
      <span class="light-shape" aria-hidden="true">{SHAPE[props.light]}</span>
      <Text k={`admin.supervision.light.${props.light}`} />
    </span>
  );
}
