import type { ComponentChildren } from 'preact';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import { Pictogram, type PictogramName } from './Pictogram';

/** The heading of a kiosk screen: a pictogram, a small kicker naming the function, and the subject. */
export function ScreenTitle(props: { icon: PictogramName; kicker: UiKey; children: ComponentChildren }) {
  return (
    <h2 class="screen-title with-icon">
      <Pictogram name={props.icon} size={60} />
      <span class="title-words">
        <Text k={props.kicker} class="title-kicker" />
        {props.children}
      </span>
    </h2>
  );
}
