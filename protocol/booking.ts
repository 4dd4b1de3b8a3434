import type { IssuedTicket } from './views';

/**
 * Appointments (预约) and kiosk check-in: every rule of them stated once, zod-free, so the server, the
 * kiosk, the console and the portal read the same numbers. docs/BOOKINGS.md explains them in words.
 */

/** A booking code: long, random, from letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 31^12 ≈ 7.9 × 10^17 codes: with failed lookups limited per address, guessing one is infeasible. */
export const BOOKING_CODE_LENGTH = 12;
/** Shown in groups of four (ABCD-EFGH-JKMN), typed or scanned with or without the dashes. */
export const BOOKING_CODE_GROUP = 4;

/** Chinese mobile numbers: 11 digits starting 1[3-9]; spaces, dashes and a leading +86 are taken off first. */
export const MOBILE_PATTERN = /^1[3-9][0-9]{9}$/;

/** Check-in window: from this many minutes before the slot starts … */
export const CHECK_IN_EARLY_MINUTES = 30;
/** … until this many minutes after it ends. Later is a late arrival: a walk-in ticket, and the booking counts as missed. */
export const CHECK_IN_LATE_MINUTES = 10;

/** Open bookings (not yet due) one mobile number may hold at once, across services and days. */
export const MAX_OPEN_BOOKINGS_PER_PHONE = 3;
/** Missed bookings (no-shows and late arrivals) within the last NO_SHOW_WINDOW_DAYS that block new bookings. */
export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_WINDOW_DAYS = 30;

/** Per-service settings an admin keeps in the console, and their bounds. */
export interface BookingSettings {
  serviceId: string;
  /** Whether residents may book this service at all. */
  bookable: boolean;
  /** Length of one slot. */
  slotMinutes: number;
  /** Residents one slot serves (booked and walk-in places together). */
  capacity: number;
  /** Percent of each slot, and so of each day, kept for walk-ins; the rest may be booked. */
  walkInPercent: number;
  /** How many days ahead a slot may be booked (0: today only). */
  daysAhead: number;
  /** A booking may be cancelled until this many minutes before its slot starts. */
  cancelMinutesBefore: number;
}

export const BOOKING_SETTING_BOUNDS = {
  slotMinutes: { min: 10, max: 120 },
  capacity: { min: 1, max: 50 },
  walkInPercent: { min: 0, max: 90 },
  daysAhead: { min: 0, max: 30 },
  cancelMinutesBefore: { min: 0, max: 2880 },
} as const;

/** A service nobody configured: not bookable, with settings an admin only needs to switch on. */
export function defaultBookingSettings(serviceId: string): BookingSettings {
  return { serviceId, bookable: false, slotMinutes: 30, capacity: 4, walkInPercent: 50, daysAhead: 7, cancelMinutesBefore: 120 };
}

/** Places of one slot that may be booked: its capacity less the walk-in share, rounded down. */
export function bookablePlaces(settings: Pick<BookingSettings, 'capacity' | 'walkInPercent'>): number {
  return Math.floor((settings.capacity * (100 - settings.walkInPercent)) / 100);
}

/** The code as stored: upper case, without the spaces and dashes it is shown and typed with. */
export function normalBookingCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isBookingCode(code: string): boolean {
  return code.length === BOOKING_CODE_LENGTH && [...code].every((ch) => BOOKING_CODE_ALPHABET.includes(ch));
}

/**
 * What a kiosk's scanner typed (the QR holds the code, or an address ending in it) as a code, or null.
 * A keyboard-wedge scanner types the QR's text and Enter; the code is its last 12 code characters.
 */
export function bookingCodeFromScan(text: string): string | null {
  const last = text.trim().split(/[/#?=]/).pop() ?? '';
  const code = normalBookingCode(last);
  return isBookingCode(code) ? code : null;
}

/** ABCD-EFGH-JKMN: how a code is shown and printed. */
export function groupedBookingCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += BOOKING_CODE_GROUP) groups.push(code.slice(i, i + BOOKING_CODE_GROUP));
  return groups.join('-');
}

/** A typed mobile number as stored for limits (digits only), or null when it is no Chinese mobile number. */
export function mobileOf(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return MOBILE_PATTERN.test(digits) ? digits : null;
}

/**
 * booked: waiting for its day; checked_in: a ticket was issued in the check-in window; cancelled: by the
 * resident or staff; no_show: its check-in window ended without a check-in; late: checked in after the
 * window (a walk-in ticket). no_show and late count against the number's limits.
 */
export const BOOKING_STATUSES = ['booked', 'checked_in', 'cancelled', 'no_show', 'late'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const MISSED_STATUSES: readonly BookingStatus[] = ['no_show', 'late'];

/** Why a date offers no slots (beyond the refusal codes): null when it offers some. */
export type NoSlotsReason = 'SERVICE_NOT_BOOKABLE' | 'SERVICE_DISABLED' | 'BOOKING_DATE_CLOSED' | 'BOOKING_DATE_OUT_OF_RANGE' | 'BOOKING_OUTSIDE_HOURS';

export interface SlotView {
  /** "09:00", the slot's start on the hall's clock: how booking.create names it. */
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
  /** Places that may be booked (capacity less the walk-in share) and how many are still free. */
  places: number;
  left: number;
  /** Still bookable: not started yet and places left. */
  open: boolean;
}

export interface SlotsAnswer {
  serviceId: string;
  date: string;
  /** The last date that may be booked now. */
  lastDate: string;
  cancelMinutesBefore: number;
  reason: NoSlotsReason | null;
  slots: SlotView[];
}

/** A booking as the resident (by code) and staff see it: never a full name or number. */
export interface BookingView {
  id: number;
  /** The code, grouped for reading (ABCD-EFGH-JKMN). */
  code: string;
  serviceId: string;
  date: string;
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
  status: BookingStatus;
  nameMasked: string;
  phoneMasked: string;
  /** Check-in opens and closes (on time) at these moments. */
  checkInFrom: number;
  checkInUntil: number;
  /** The resident may still cancel: booked and before the service's deadline. */
  cancellable: boolean;
  cancelUntil: number;
  /** The ticket number issued at check-in, if any. */
  ticketNumber: string | null;
  /** Booked by staff on the resident's behalf (代约). */
  byStaff: boolean;
}

/** What a kiosk check-in answers: a ticket (on time, ahead of walk-ins in the slot window; late, as a walk-in), or come back. */
export type CheckInAnswer<Issued> =
  | { outcome: 'on-time'; booking: BookingView; issued: Issued }
  | { outcome: 'late'; booking: BookingView; issued: Issued }
  | { outcome: 'early'; booking: BookingView; comeBackAt: number };

export interface BookingDayAnswer {
  date: string;
  bookings: BookingView[];
}

/** What each booking command answers (joined into ./commands.ts CommandOutputs). */
export interface BookingCommandOutputs {
  'booking.slots': SlotsAnswer;
  /** The new booking, with its code: the only answer that ever shows a code to its holder unasked. */
  'booking.create': BookingView;
  'booking.get': BookingView;
  'booking.cancel': BookingView;
  /** On time or late: a ticket (printed as any ticket); early: when to come back. */
  'booking.checkIn': CheckInAnswer<IssuedTicket>;
  /** Every service's settings, configured or not, in the hall's service order. */
  'booking.settings': BookingSettings[];
  'booking.configure': BookingSettings;
  'booking.day': BookingDayAnswer;
  'booking.revoke': BookingView;
}
