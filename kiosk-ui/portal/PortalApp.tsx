/**
 * The portal's frame: a skip link, the header with the hall's name and the language switch, the
 * navigation, the page in <main>, and the footer. On every move to another page the focus goes to the
 * new page's heading (h1), so a screen reader announces where the resident now is.
 */
import { useEffect } from 'preact/hooks';
import { Stacked, Text, useLang } from '../../ui-kit/i18n';
import { LangToggle } from '../../ui-kit/LangToggle';
import { useSource } from '../../ui-kit/use-source';
import { PortalLink, useNavigation } from './navigation';
import type { PortalStore } from './portal-store';
import { PortalPage } from './pages';
import { ReadProblem } from './parts/ReadProblem';

export const MAIN_ID = 'portal-main';

export function PortalApp(props: { store: PortalStore }) {
  const state = useSource(props.store);
  const { route, moves } = useNavigation();
  const { lang } = useLang();
  useEffect(() => {
    document.documentElement.lang = lang === 'mn' ? 'mn-Mong' : 'zh-CN';
  }, [lang]);
  useEffect(() => {
    if (moves === 0) return;
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>(`#${MAIN_ID} h1`)?.focus();
  }, [moves]);
  const hall = state.data?.hall;
  return (
    <div class="portal">
      <a class="portal-skip" href={`#${MAIN_ID}`} data-testid="portal-skip">
        <Text k="portal.skip" />
      </a>
      <header class="portal-header">
        <p class="portal-hall">
          {hall ? <Stacked mn={hall.nameMn} zh={hall.name} /> : <Text k="hall.name" />}
          <Text k="portal.title" class="portal-hall-sub" />
        </p>
        <LangToggle />
      </header>
      <nav class="portal-nav" aria-labelledby="portal-nav-label">
        <span id="portal-nav-label" hidden>
          <Text k="portal.nav.label" />
        </span>
        <ul>
          <li>
            <PortalLink to={{ page: 'home' }} testId="nav-centres" current={route.page === 'home'}>
              <Text k="portal.nav.centres" />
            </PortalLink>
          </li>
          <li>
            <PortalLink to={{ page: 'boards' }} testId="nav-boards" current={route.page === 'boards'}>
              <Text k="kiosk.boards.title" />
            </PortalLink>
          </li>
          <li>
            <PortalLink to={{ page: 'hours' }} testId="nav-hours" current={route.page === 'hours'}>
              <Text k="portal.nav.hours" />
            </PortalLink>
          </li>
          <li>
            <PortalLink to={{ page: 'bookings' }} testId="nav-bookings" current={route.page === 'bookings' || route.page === 'booking'}>
              <Text k="portal.nav.bookings" />
            </PortalLink>
          </li>
        </ul>
      </nav>
      <main id={MAIN_ID} class="portal-main" tabIndex={-1}>
        {hall?.demoMode ? (
          <p class="portal-demo" data-testid="portal-demo">
            <Text k="demo.banner" />
          </p>
        ) : null}
        {state.data ? (
          <PortalPage route={route} data={state.data} refresh={() => props.store.refresh()} reading={state.reading} />
        ) : state.problem ? (
          <ReadProblem problem={state.problem} retry={() => props.store.refresh()} />
        ) : (
          <p class="portal-status" role="status">
            <Text k="kiosk.boards.loading" />
          </p>
        )}
      </main>
      <footer class="portal-footer">
        {hall?.complaintPhone ? (
          <p>
            <Text k="portal.complaintPhone" vars={{ phone: hall.complaintPhone }} />
          </p>
        ) : null}
        <p>
          <Text k="portal.privacy" />
        </p>
      </footer>
    </div>
  );
}
