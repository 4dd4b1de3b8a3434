/**
 * The portal's route table (kiosk-ui/portal/routes.ts): every page's address reads back as the same
 * route, names with odd characters survive the round trip, and what the table does not know is
 * 'not-found' rather than some other page.
 */
import { PORTAL_PATHS, pathOf, routeOf, type PortalRoute } from '../../../kiosk-ui/portal/routes';

const EXAMPLES: Exclude<PortalRoute, { page: 'not-found' }>[] = [
  { page: 'home' },
  { page: 'centre', centreId: 'social-services' },
  { page: 'service', serviceId: 'elderly-allowance' },
  { page: 'guide', serviceId: 'elderly-allowance' },
  { page: 'notice', serviceId: 'elderly-allowance' },
  { page: 'samples', serviceId: 'elderly-allowance' },
  { page: 'boards' },
  { page: 'board', boardId: 'complaints' },
  { page: 'hours' },
  { page: 'book', serviceId: 'elderly-allowance' },
  { page: 'bookings' },
  { page: 'booking', code: 'ABCDEFGHJKMN' },
  { page: 'matters' },
];

it('has an example for every page of the table', () => {
  expect(EXAMPLES.map((r) => r.page).sort()).toEqual(Object.keys(PORTAL_PATHS).sort());
});

it.each(EXAMPLES)('$page: its address reads back as the same route', (route) => {
  const path = pathOf(route);
  expect(path.startsWith('/portal/')).toBe(true);
  expect(routeOf(path)).toEqual(route);
});

it('keeps the addresses stable', () => {
  expect(pathOf({ page: 'home' })).toBe('/portal/');
  expect(pathOf({ page: 'guide', serviceId: 'elderly-allowance' })).toBe('/portal/services/elderly-allowance/guide');
  expect(routeOf('/portal')).toEqual({ page: 'home' });
  expect(pathOf({ page: 'booking', code: 'ABCDEFGHJKMN' })).toBe('/portal/bookings/ABCDEFGHJKMN');
  expect(routeOf('/portal/services/elderly-allowance/')).toEqual({ page: 'service', serviceId: 'elderly-allowance' });
});

it('encodes what it puts in a path and decodes it back', () => {
  const route = { page: 'centre', centreId: 'a/b c?' } as const;
  expect(pathOf(route)).toBe('/portal/centres/a%2Fb%20c%3F');
  expect(routeOf(pathOf(route))).toEqual(route);
});

it.each(['/portal/nothing', '/portal/services', '/portal/services/a/b/c', '/kiosk/', '/portal/centres/%E0%A4%A', '/portalx/'])(
  '%s is not-found', (path) => {
    expect(routeOf(path)).toEqual({ page: 'not-found' });
  });
