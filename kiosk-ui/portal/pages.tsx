/**
 * Which component draws each page of ./routes.ts: a page added to the route table must be added here
 * too (the type asks for every page).
 */
import type { VNode } from 'preact';
import type { PortalServices } from '../../protocol/portal';
import type { PortalPageName, PortalRoute } from './routes';
import { HomePage } from './pages/HomePage';
import { CentrePage } from './pages/CentrePage';
import { ServicePage } from './pages/ServicePage';
import { GuidePage, NoticePage, SamplesPage } from './pages/guide-pages';
import { BoardsPage } from './pages/BoardsPage';
import { BoardDetailPage } from './pages/BoardDetailPage';
import { HoursPage } from './pages/HoursPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { BookPage } from './pages/BookPage';
import { BookingPage } from './pages/BookingPage';
import { BookingLookupPage } from './pages/BookingLookupPage';
import { MattersPage } from './pages/MattersPage';

/** What every page gets: its route, the overview, and a way to read fresh numbers. */
export interface PageProps<N extends PortalPageName> {
  route: Extract<PortalRoute, { page: N }>;
  data: PortalServices;
  refresh: () => void;
  reading: boolean;
}

const PAGES: { [N in PortalPageName]: (props: PageProps<N>) => VNode } = {
  home: (p) => <HomePage data={p.data} />,
  centre: (p) => <CentrePage data={p.data} centreId={p.route.centreId} refresh={p.refresh} reading={p.reading} />,
  service: (p) => <ServicePage data={p.data} serviceId={p.route.serviceId} refresh={p.refresh} reading={p.reading} />,
  guide: (p) => <GuidePage data={p.data} serviceId={p.route.serviceId} />,
  notice: (p) => <NoticePage data={p.data} serviceId={p.route.serviceId} />,
  samples: (p) => <SamplesPage data={p.data} serviceId={p.route.serviceId} />,
  boards: (p) => <BoardsPage data={p.data} />,
  board: (p) => <BoardDetailPage data={p.data} boardId={p.route.boardId} />,
  hours: (p) => <HoursPage data={p.data} />,
  book: (p) => <BookPage data={p.data} serviceId={p.route.serviceId} />,
  bookings: () => <BookingLookupPage />,
  booking: (p) => <BookingPage data={p.data} code={p.route.code} />,
  matters: () => <MattersPage />,
};

export function PortalPage(props: { route: PortalRoute; data: PortalServices; refresh: () => void; reading: boolean }) {
  const { route } = props;
  if (route.page === 'not-found') return <NotFoundPage />;
  // The table pairs each page with its own route's shape, which TypeScript cannot follow through an index.
  const draw = PAGES[route.page] as (p: PageProps<PortalPageName>) => VNode;
  return draw({ route, data: props.data, refresh: props.refresh, reading: props.reading });
}
