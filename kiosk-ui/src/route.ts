import type { IssuedTicket } from '../../protocol/views';

/** Where the kiosk is. Plain state rather than URLs: a kiosk has no address bar and no back button. */
export type Route =
  | { screen: 'home' }
  | { screen: 'centre'; centreId: string }
  | { screen: 'service'; serviceId: string }
  | { screen: 'priority'; serviceId: string }
  | { screen: 'ticket'; issued: IssuedTicket };

export type Navigate = (route: Route) => void;

/** The screen one step back, for the "返回" button. */
export function parentOf(route: Route, centreOfService: (serviceId: string) => string | null): Route {
  switch (route.screen) {
    case 'home':
    case 'ticket':
    case 'centre':
      return { screen: 'home' };
    case 'service': {
      const centreId = centreOfService(route.serviceId);
      return centreId ? { screen: 'centre', centreId } : { screen: 'home' };
    }
    case 'priority':
      return { screen: 'service', serviceId: route.serviceId };
  }
}
