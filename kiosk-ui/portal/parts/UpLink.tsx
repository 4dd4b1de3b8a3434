import type { LinkableRoute } from '../navigation';
import { PortalLink } from '../navigation';
import { Text } from '../../../ui-kit/i18n';

/** Back up to the page this one belongs to, named (a bare 返回 would not say where to). */
export function UpLink(props: { to: LinkableRoute; name: { zh: string; mn: string } }) {
  return (
    <p class="portal-up">
      <PortalLink to={props.to} testId="portal-up">
        <span aria-hidden="true">‹ </span>
        <Text k="portal.up" varsOf={(lang) => ({ name: lang === 'mn' && props.name.mn ? props.name.mn : props.name.zh })} />
      </PortalLink>
    </p>
  );
}
