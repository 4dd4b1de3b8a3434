/**
 * What a kiosk check-in (预约签到) does with a booking at a moment, pure. On time is from
 * CHECK_IN_EARLY_MINUTES before the slot until CHECK_IN_LATE_MINUTES after it ends: a ticket that is
 * called ahead of walk-ins in that same window (server/queue/order.ts). Earlier: come back at the
 * window's start. Later on the booking's own day: the hall's rule makes it a walk-in ticket and records
 * the booking as late (a missed booking). A booking already checked in answers its ticket again.
 */
import { CHECK_IN_EARLY_MINUTES, CHECK_IN_LATE_MINUTES, type BookingStatus } from '../../protocol/booking';
import type { ErrorCode } from '../../protocol/errors';

const MINUTE_MS = 60_000;

export interface CheckInSubject {
  status: BookingStatus;
  businessDay: string;
  slotStart: number;
  slotEnd: number;
  ticketId: number | null;
}

export type CheckInVerdict =
  | { kind: 'again'; ticketId: number }
  | { kind: 'early'; comeBackAt: number }
  | { kind: 'on-time'; window: { from: number; to: number } }
  | { kind: 'late' }
  | { kind: 'refused'; code: ErrorCode };

/** The check-in window of a slot: [opens, closes). */
export function checkInWindow(slot: { slotStart: number; slotEnd: number }): { opens: number; closes: number } {
  return { opens: slot.slotStart - CHECK_IN_EARLY_MINUTES * MINUTE_MS, closes: slot.slotEnd + CHECK_IN_LATE_MINUTES * MINUTE_MS };
}

/**
 * The window in which the checked-in ticket is called ahead of walk-ins: from the slot's start until
 * the check-in window closes. Checked in early, the resident waits by arrival until the slot starts.
 */
export function precedenceWindow(slot: { slotStart: number; slotEnd: number }): { from: number; to: number } {
  return { from: slot.slotStart, to: checkInWindow(slot).closes };
}

export function judgeCheckIn(b: CheckInSubject, now: number, today: string): CheckInVerdict {
  if (b.ticketId !== null) return { kind: 'again', ticketId: b.ticketId };
  if (b.status === 'cancelled') return { kind: 'refused', code: 'BOOKING_CANCELLED' };
  if (b.status !== 'booked' && b.status !== 'no_show') return { kind: 'refused', code: 'BOOKING_NOT_ACTIVE' };
  const { opens, closes } = checkInWindow(b);
  if (now < opens) return { kind: 'early', comeBackAt: opens };
  // A booking of an earlier day is over: the resident takes an ordinary ticket like anyone else.
  if (b.businessDay < today) return { kind: 'refused', code: 'BOOKING_EXPIRED' };
  if (now < closes && b.status === 'booked') return { kind: 'on-time', window: precedenceWindow(b) };
  return { kind: 'late' };
}
