/**
 * The portal's pages and their addresses under /portal/: one table, so a later page (appointments,
 * case lookup) is one line here and one component in ./pages.tsx. A pattern's `:name` segments become
 * the route's fields, typed from the pattern itself.
 */
export const PORTAL_BASE = '/portal/';

export const PORTAL_PATHS = {
  home: '',
  centre: 'centres/:centreId',
  service: 'services/:serviceId',
  guide: 'services/:serviceId/guide',
  notice: 'services/:serviceId/notice',
  samples: 'services/:serviceId/samples',
  boards: 'boards',
  board: 'boards/:boardId',
  hours: 'hours',
  book: 'services/:serviceId/book',
  bookings: 'bookings',
  booking: 'bookings/:code',
  matters: 'matters',
} as const;

export type PortalPageName = keyof typeof PORTAL_PATHS;

/** `{centreId: string}` from 'centres/:centreId'. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<Rest>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : unknown;

export type PortalRoute =
  | { [N in PortalPageName]: { page: N } & ParamsOf<(typeof PORTAL_PATHS)[N]> }[PortalPageName]
  | { page: 'not-found' };

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** The route of a location's path; anything the table does not know is 'not-found'. */
export function routeOf(pathname: string): PortalRoute {
  if (!pathname.startsWith(PORTAL_BASE) && pathname !== PORTAL_BASE.slice(0, -1)) return { page: 'not-found' };
  const parts = segmentsOf(pathname.slice(PORTAL_BASE.length));
  for (const [page, pattern] of Object.entries(PORTAL_PATHS)) {
    const expected = segmentsOf(pattern);
    if (expected.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = expected.every((segment, i) => {
      const part = parts[i] ?? '';
      if (!segment.startsWith(':')) return segment === part;
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        return false;
      }
      return true;
    });
    // The table's own patterns make these fields, so the route has exactly the shape its page expects.
    if (fits) return { page, ...params } as PortalRoute;
  }
  return { page: 'not-found' };
}

/** The address of a route (never of 'not-found': that is no page anyone links to). */
export function pathOf(route: Exclude<PortalRoute, { page: 'not-found' }>): string {
  const fields = route as unknown as Record<string, string>;
  const path = PORTAL_PATHS[route.page].replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(fields[name] ?? ''));
  return `${PORTAL_BASE}${path}`;
}
