import { Text } from '../../../ui-kit/i18n';
import { PortalLink } from '../navigation';
import { PageHeading } from '../parts/PageHeading';

/** An address the portal has no page for (a mistyped link, a centre or service that no longer exists). */
export function NotFoundPage() {
  return (
    <>
      <PageHeading>
        <Text k="portal.notFound" />
      </PageHeading>
      <p class="portal-up">
        <PortalLink to={{ page: 'home' }} testId="portal-home">
          <Text k="nav.home" />
        </PortalLink>
      </p>
    </>
  );
}
