/**
 * What the public portal (/portal/) reads in one answer, `portal.services`: the hall's centres and
 * services with today's waiting, each service's opening hours over the coming days, the working-day
 * calendar of those days, the 政务公开 boards and the workbench's Mongolian. Public information only:
 * no ticket, no name, no phone number, no staff member. The guides themselves are read one at a time
 * with `service.guide`, as the kiosk reads them.
 */
import type { BoardView } from './public-info';
import type { CalendarDayKind } from './calendar';
import type { CentreView, ClosedReason } from './views';

/** How many days, today first, the portal's calendar and hours cover. */
export const PORTAL_DAYS = 14;

/** One day of the coming two weeks as the working-day calendar makes it. */
export interface PortalDay {
  /** YYYY-MM-DD in the hall's time zone. */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Whether the hall works that day (Monday to Friday, or a make-up working day 调休, and not a holiday). */
  working: boolean;
  /**
   * The calendar's entry for the day, if it names one: a holiday or a make-up working day, with its name and
   * the name's Mongolian from the translation workbench ('' where there is none yet).
   */
  calendar: { kind: CalendarDayKind; name: string; nameMn: string } | null;
}

/** A service as residents see it from home. */
export interface PortalService {
  id: string;
  centreId: string;
  name: string;
  nameMn: string;
  /** Today's waiting line and the estimate for someone who takes a number now. */
  waiting: number;
  estimateMinutes: number;
  /** Why no number can be taken now (closed, a holiday, the daily limit), or null. */
  closedReason: ClosedReason | null;
  /**
   * Opening hours on each day of `days`, in the same order: "08:30-12:00,14:30-17:30"; '' open all day;
   * null closed that day (not a working day).
   */
  hours: (string | null)[];
  /** Whether residents may book it (预约, protocol/booking.ts): the portal offers its booking page then. */
  bookable: boolean;
}

export interface PortalServices {
  /** `timezone`: the hall's IANA zone, in which dates (a board's last change) are read. */
  hall: { name: string; nameMn: string; complaintPhone: string; timezone: string; businessDay: string; demoMode: boolean };
  /** Enabled centres in kiosk order. */
  centres: CentreView[];
  /** Enabled services of enabled centres, in kiosk order. */
  services: PortalService[];
  /** Today and the following days (PORTAL_DAYS in all). */
  days: PortalDay[];
  /** The 政务公开 boards that have something to read, in kiosk order. */
  boards: BoardView[];
  /** The translation workbench's Mongolian, key → text, which the page shows in place of the release's. */
  mnTexts: Record<string, string>;
}
