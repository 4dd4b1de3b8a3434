import type { PortalServices } from '../../../protocol/portal';
import { tr, type Lang } from '../../../protocol/catalog/ui-lookup';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { CentreIcon } from '../../../ui-kit/CentreIcon';
import { PortalLink } from '../navigation';
import { PageHeading } from '../parts/PageHeading';
import { dateVars, dayNameVars, dayStateKey, weekdayKey } from '../parts/day-words';

/** The six centres with today's waiting, the 政务公开 boards and today's working state. */
export function HomePage(props: { data: PortalServices }) {
  const { data } = props;
  const today = data.days[0];
  return (
    <>
      <PageHeading>
        <Text k="portal.title" />
      </PageHeading>
      <p class="portal-lead">
        <Text k="portal.intro" />
      </p>
      {today ? (
        <p class="portal-today" data-testid="portal-today" data-working={String(today.working)}>
          <Text k="portal.today" varsOf={(lang: Lang) => ({ date: tr('portal.date', lang, dateVars(today.date)), weekday: tr(weekdayKey(today.weekday), lang) })} />
          <Text k={dayStateKey(today)} varsOf={dayNameVars(today)} />
        </p>
      ) : null}
      <section aria-labelledby="home-centres">
        <h2 id="home-centres" class="portal-h2">
          <Text k="portal.nav.centres" />
        </h2>
        <ul class="portal-cards">
          {data.centres.map((centre) => {
            const services = data.services.filter((s) => s.centreId === centre.id);
            const waiting = services.reduce((sum, s) => sum + s.waiting, 0);
            return (
              <li key={centre.id}>
                <PortalLink to={{ page: 'centre', centreId: centre.id }} class="portal-card" testId={`centre-${centre.id}`}>
                  <span class="portal-card-icon" aria-hidden="true">
                    <CentreIcon icon={centre.icon} size={40} />
                  </span>
                  <span class="portal-card-body">
                    <Stacked {...namesOf(centre)} class="portal-card-title" />
                    <span class="portal-card-facts">
                      <Text k="portal.centre.services" vars={{ n: services.length }} />
                      <Text k="portal.centre.waiting" vars={{ n: waiting }} />
                    </span>
                  </span>
                </PortalLink>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="home-more">
        <h2 id="home-more" class="portal-h2">
          <Text k="kiosk.boards.title" />
        </h2>
        <ul class="portal-links">
          {data.boards.map((board) => (
            <li key={board.id}>
              <PortalLink to={{ page: 'board', boardId: board.id }} testId={`home-board-${board.id}`}>
                <Stacked mn={board.mn.title} zh={board.zh.title} />
              </PortalLink>
            </li>
          ))}
          <li>
            <PortalLink to={{ page: 'hours' }} testId="home-hours">
              <Text k="portal.hours.title" />
            </PortalLink>
          </li>
          <li>
            <PortalLink to={{ page: 'matters' }} testId="home-matters">
              <Text k="phone.matter.title" />
            </PortalLink>
          </li>
        </ul>
      </section>
    </>
  );
}
