import type { ComponentChildren } from 'preact';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';

/**
 * The one h1 of a page; it takes the focus after each move to the page (it is focusable by script
 * only). `kicker` names what kind of page it is above the subject, e.g. 办理指南 over the service.
 */
export function PageHeading(props: { kicker?: UiKey; children: ComponentChildren }) {
  return (
    <h1 class="portal-h1" tabIndex={-1} data-testid="portal-h1">
      {props.kicker ? <Text k={props.kicker} class="portal-kicker" /> : null}
      <span class="portal-h1-text">{props.children}</span>
    </h1>
  );
}
