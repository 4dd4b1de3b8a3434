import type { IssuedTicket } from '../../protocol/views';
import type { ComplaintCategory } from '../../protocol/rating';
import type { BoardId } from '../../protocol/public-info';

/** Where the kiosk is. Plain state rather than URLs: a kiosk has no address bar and no back button. */
export type Route =
  | { screen: 'home' }
  | { screen: 'centre'; centreId: string }
  | { screen: 'service'; serviceId: string }
  | { screen: 'priority'; serviceId: string; withNotice: boolean }
  | { screen: 'guides' }
  | { screen: 'guide'; serviceId: string }
  | { screen: 'notice'; serviceId: string }
  | { screen: 'boards' }
  | { screen: 'board'; boardId: BoardId }
  /** `checkIn`: the ticket of a booking's check-in (预约签到), on time or late. */
  | { screen: 'ticket'; issued: IssuedTicket; withNotice: boolean; checkIn?: 'on-time' | 'late' }
  /** `now`: the code came from the resident's ID card (its booking), so it is sent at once. */
  | { screen: 'check-in'; code: string; now?: true }
  | { screen: 'rate'; number: string }
  | { screen: 'rate-code'; number: string; code: string }
  | { screen: 'rate-level'; number: string; code: string }
  | { screen: 'rate-done'; bad: boolean }
  | { screen: 'complaint' }
  | { screen: 'complaint-compose'; category: ComplaintCategory }
  | { screen: 'complaint-done'; withPhone: boolean };

export type ScreenName = Route['screen'];

/**
 * How a screen moves on: `push` goes one step further (back returns here), `finish` ends a path (the
 * issued ticket, the thank-you): back from there leads home, never into a form that could be sent twice.
 */
export interface Navigator {
  push(route: Route): void;
  finish(route: Route): void;
  /** Replaces the current screen's route, e.g. to keep what was typed for when the resident comes back. */
  replace(route: Route): void;
  back(): void;
  home(): void;
}

/** The history of one resident's visit; the home screen is always at the bottom. */
export type RouteStack = readonly Route[];

export const HOME_STACK: RouteStack = [{ screen: 'home' }];

/** The identity of a screen, ignoring what it carries that may change while it is open. */
function placeOf(route: Route): string {
  switch (route.screen) {
    case 'centre':
      return `centre:${route.centreId}`;
    case 'service':
    case 'priority':
    case 'guide':
    case 'notice':
      return `${route.screen}:${route.serviceId}`;
    case 'complaint-compose':
      return `complaint-compose:${route.category}`;
    case 'board':
      return `board:${route.boardId}`;
    default:
      return route.screen;
  }
}

/**
 * One step further. Going to a screen that is already in the history (the guide's "去取号" leading back
 * to the service it was opened from) returns to it instead of stacking a loop the back button would
 * have to unwind.
 */
export function pushRoute(stack: RouteStack, route: Route): RouteStack {
  const place = placeOf(route);
  const existing = stack.findIndex((r) => placeOf(r) === place);
  if (existing >= 0) return [...stack.slice(0, existing), route];
  return [...stack, route];
}

export function finishRoute(route: Route): RouteStack {
  return route.screen === 'home' ? HOME_STACK : [...HOME_STACK, route];
}

export function replaceTop(stack: RouteStack, route: Route): RouteStack {
  return stack.length <= 1 ? finishRoute(route) : [...stack.slice(0, -1), route];
}

export function popRoute(stack: RouteStack): RouteStack {
  return stack.length <= 1 ? HOME_STACK : stack.slice(0, -1);
}

export function currentRoute(stack: RouteStack): Route {
  return stack[stack.length - 1] ?? { screen: 'home' };
}
