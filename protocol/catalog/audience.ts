/**
 * Who reads each catalog entry: the one rule that says which strings a resident meets (and so must carry
 * Mongolian, 蒙汉文并用) and on which screen, and which only staff read (the admin console, the counter
 * desk, the server's console lines, the printer tools: Chinese only). The coverage guard
 * (test/unit/catalog/mn-coverage.test.ts) and the coverage report use it; a key that matches no rule
 * fails the guard, so a new area of the catalog must be placed here before it lands.
 */
import type { ErrorCode } from '../errors';

/** The resident-facing screens, as the coverage report groups them. */
export const RESIDENT_SCREENS = [
  'kiosk', 'kiosk-guide', 'kiosk-feedback', 'public-info', 'portal', 'phone', 'pad', 'rating', 'display', 'print', 'common', 'errors',
] as const;
export type ResidentScreen = (typeof RESIDENT_SCREENS)[number];

export type Audience = { resident: true; screen: ResidentScreen } | { resident: false };

/**
 * Error codes a kiosk, phone page or rating pad can be answered with (taking a ticket, reading a guide,
 * rating, complaining); the rest only reach staff.
 */
const RESIDENT_ERRORS: readonly ErrorCode[] = [
  'BAD_REQUEST', 'TEXT_INVALID', 'NOT_FOUND', 'RATE_LIMITED', 'SERVICE_NOT_FOUND', 'SERVICE_NOT_OFFERED',
  'SERVICE_CLOSED', 'HALL_CLOSED_TODAY', 'HALF_DAY_LIMIT_REACHED', 'SERVICE_DISABLED', 'DAILY_LIMIT_REACHED',
  'SEQUENCE_EXHAUSTED', 'PRIORITY_REASON_INVALID', 'TICKET_NOT_FOUND', 'TICKET_NOT_TODAY', 'PRINTER_UNAVAILABLE',
  'RATING_NOT_ALLOWED', 'ALREADY_RATED', 'RATING_CODE_WRONG', 'STORAGE_FULL', 'STORAGE_UNAVAILABLE', 'INTERNAL',
  'ID_READING_GONE', 'PERSON_HAS_OPEN_TICKET',
  'MATTER_NOT_FOUND',
  // Booking (预约) on a phone and check-in at a kiosk.
  'SERVICE_NOT_BOOKABLE', 'BOOKING_DATE_CLOSED', 'BOOKING_DATE_OUT_OF_RANGE', 'BOOKING_OUTSIDE_HOURS', 'BOOKING_SLOT_PAST',
  'BOOKING_SLOT_FULL', 'BOOKING_DUPLICATE', 'BOOKING_LIMIT_REACHED', 'BOOKING_BLOCKED', 'PHONE_INVALID', 'BOOKING_NOT_FOUND',
  'BOOKING_CANCEL_TOO_LATE', 'BOOKING_CANCELLED', 'BOOKING_NOT_ACTIVE', 'BOOKING_EXPIRED',
];

/** Resident rules by key prefix, most specific first: the first match names the screen. */
const RESIDENT_PREFIXES: readonly (readonly [string, ResidentScreen])[] = [
  ['kiosk.home.boards', 'public-info'],
  ['kiosk.boards.', 'public-info'],
  ['board.', 'public-info'],
  ['notice.', 'public-info'],
  ['guide.itemType.', 'public-info'],
  ['kiosk.guides.', 'kiosk-guide'],
  ['kiosk.guide.', 'kiosk-guide'],
  ['kiosk.material.', 'kiosk-guide'],
  ['kiosk.sample.', 'kiosk-guide'],
  ['kiosk.notice.', 'kiosk-guide'],
  ['kiosk.rate.', 'kiosk-feedback'],
  ['kiosk.complaint.', 'kiosk-feedback'],
  ['kiosk.keypad.', 'kiosk-feedback'],
  ['kiosk.', 'kiosk'],
  ['phone.', 'phone'],
  ['portal.', 'portal'],
  ['pad.', 'pad'],
  ['rating.', 'rating'],
  ['complaint.category.', 'rating'],
  ['display.', 'display'],
  ['print.ticket.', 'print'],
  ['print.notice.', 'print'],
  ['print.kiosk.', 'print'],
  ['hall.', 'common'],
  ['nav.', 'common'],
  ['lang.', 'common'],
  ['status.', 'common'],
  ['priority.', 'common'],
  ['counter.', 'common'],
  ['queue.', 'common'],
  ['call.', 'common'],
  ['demo.', 'common'],
  ['conn.', 'common'],
  // The notice a kiosk, display or rating pad shows when its setup is wrong (resident-visible, in both scripts).
  ['setup.', 'common'],
];

/** Staff-only areas: the console, the counter desk, the server's own lines, the printer tools. */
const STAFF_PREFIXES: readonly string[] = [
  'admin.', 'account.', 'desk.', 'hcp.', 'report.', 'server.', 'user.',
  'print.test.', 'print.state.', 'print.failure.', 'print.cli.', 'error.',
];

/**
 * Keys that are not texts in a language of their own: `lang.zh` is the switch's label 中文 (the word stays
 * Chinese), `display.voice.digits` is the table the Chinese voice reads digits with.
 */
const NOT_TRANSLATED: readonly string[] = ['lang.zh', 'display.voice.digits'];

/** The audience of a catalog key, or null when no rule places it (the guard then fails and names it). */
export function audienceOf(key: string): Audience | null {
  if (NOT_TRANSLATED.includes(key)) return { resident: false };
  if (key.startsWith('error.')) {
    return (RESIDENT_ERRORS as readonly string[]).includes(key.slice('error.'.length))
      ? { resident: true, screen: 'errors' } : { resident: false };
  }
  const rule = RESIDENT_PREFIXES.find(([prefix]) => key.startsWith(prefix));
  if (rule) return { resident: true, screen: rule[1] };
  return STAFF_PREFIXES.some((prefix) => key.startsWith(prefix)) ? { resident: false } : null;
}
