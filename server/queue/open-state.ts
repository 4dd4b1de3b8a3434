/**
 * Whether a service takes tickets now, and if not, why: the one place the rule lives. Both ticket.issue
 * and the loads kiosks and displays show (closedReason) ask here. The hall is open on working days of
 * the calendar only, and a service only within its hours; a demo hall (demoMode) ignores both so that a
 * visitor can take a number at any hour, but never its limits.
 */
import type { ClosedReason } from '../../protocol/views';
import { businessDay, minutesOfDay } from './calendar';
import { hoursOnDay, isWithin, NOON_MINUTE } from './timetable';
import type { QueueSettings, ServiceRule } from './types';
import type { WorkingCalendar } from './working-days';

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
  /** Tickets issued in the half day `now` falls in (before or from 12:00). */
  issuedThisHalf: number;
}

/** Disabled, a non-working day, or outside the service's hours; null when the doors are open. */
export function availability(input: OpenStateInput): ClosedReason | null {
  const { service, settings, now, calendar } = input;
  if (!service.enabled) return 'SERVICE_DISABLED';
  if (settings.demoMode) return null;
  const today = businessDay(now, settings.timezone);
  const ranges = hoursOnDay(service.hours, today, calendar);
  if (ranges === 'closed') return 'HALL_CLOSED_TODAY';
  if (!isWithin(ranges, now, settings.timezone)) return 'SERVICE_CLOSED';
  return null;
}

/** Whether `now` is in the afternoon (下午) on the hall's clock. */
export function isAfternoon(now: number, timezone: string): boolean {
  return minutesOfDay(now, timezone) >= NOON_MINUTE;
}

/**
 * Whether the service has a limit at all: the only reason to count its tickets of the day before
 * issuing one. Without one the counts are never looked at, and counting costs more as the day fills.
 */
export function hasIssueLimit(service: ServiceRule): boolean {
  return service.dailyLimit !== null || service.morningLimit !== null || service.afternoonLimit !== null;
}

/** The daily limit, then the limit of the current half day, when the tickets counted reached it. */
export function limitReached(service: ServiceRule, counts: IssuedCounts, now: number, timezone: string): ClosedReason | null {
  if (service.dailyLimit !== null && counts.issuedToday >= service.dailyLimit) return 'DAILY_LIMIT_REACHED';
  const halfLimit = isAfternoon(now, timezone) ? service.afternoonLimit : service.morningLimit;
  if (halfLimit !== null && counts.issuedThisHalf >= halfLimit) return 'HALF_DAY_LIMIT_REACHED';
  return null;
}

/** Why the service takes no ticket now, or null: what kiosks and displays show. */
export function closedReason(input: OpenStateInput, counts: IssuedCounts): ClosedReason | null {
  return availability(input) ?? limitReached(input.service, counts, input.now, input.settings.timezone);
}
