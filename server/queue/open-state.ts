/**
 * Whether a service takes tickets now, and if not, why: the one place the rule lives. Both ticket.issue
 * and the loads kiosks and displays show (closedReason) ask here. The hall is open on working days of
 * the calendar only, and a service only within its hours; a demo hall (demoMode) ignores both so that a
 * visitor can take a number at any hour, but never its limits.
 */
import type { ClosedReason } from '../../protocol/views';
import { businessDay } from './calendar';
import { isOpenAt } from './hours';
import type { QueueSettings, ServiceRule } from './types';
import { isWorkingDay, type WorkingCalendar } from './working-days';

export interface OpenStateInput {
  service: ServiceRule;
  settings: Pick<QueueSettings, 'timezone' | 'demoMode'>;
  now: number;
  /** The calendar's entries; today's is the one that matters. */
  calendar: WorkingCalendar;
}

/** Counts of today's tickets of the service that its limits are checked against. */
export interface IssuedCounts {
  issuedToday: number;
}

/** Disabled, a non-working day, or outside the service's hours; null when the doors are open. */
export function availability(input: OpenStateInput): ClosedReason | null {
  const { service, settings, now, calendar } = input;
  if (!service.enabled) return 'SERVICE_DISABLED';
  if (settings.demoMode) return null;
  if (!isWorkingDay(businessDay(now, settings.timezone), calendar)) return 'HALL_CLOSED_TODAY';
  if (!isOpenAt(service.hours, now, settings.timezone)) return 'SERVICE_CLOSED';
  return null;
}

/** The daily limit, when today's tickets reached it. */
export function limitReached(service: ServiceRule, counts: IssuedCounts): ClosedReason | null {
  if (service.dailyLimit !== null && counts.issuedToday >= service.dailyLimit) return 'DAILY_LIMIT_REACHED';
  return null;
}

/** Why the service takes no ticket now, or null: what kiosks and displays show. */
export function closedReason(input: OpenStateInput, counts: IssuedCounts): ClosedReason | null {
  return availability(input) ?? limitReached(input.service, counts);
}
