/**
 * The slot rule, pure: which slots a service offers on a date, and how many places each has left. From
 * the service's opening hours on that date (its timetable, its weekday, Monday's hours on a make-up
 * working day 调休), the working-day calendar (a holiday or a plain weekend offers nothing), the
 * service's booking settings (slot length, capacity, the walk-in share kept back) and the places already
 * taken. A slot that has started is closed. Slots fill whole ranges only: a range's remainder shorter than
 * a slot offers none.
 */
import { bookablePlaces, type BookingSettings, type NoSlotsReason, type SlotView } from '../../protocol/booking';
import type { ErrorCode } from '../../protocol/errors';
import { epochOfLocal } from '../../protocol/local-time';
import { hoursOnDay } from '../queue/timetable';
import type { EngineResult, ServiceRule } from '../queue/types';
import { shiftDays, type WorkingCalendar } from '../queue/working-days';

export interface SlotDayInput {
  settings: BookingSettings;
  service: Pick<ServiceRule, 'enabled' | 'hours'>;
  /** The date asked for, YYYY-MM-DD. */
  date: string;
  /** The hall's business day now, and the moment. */
  today: string;
  now: number;
  timezone: string;
  calendar: WorkingCalendar;
  /** Places taken per slot, by the slot's start (epoch ms). */
  taken: ReadonlyMap<number, number>;
}

export interface SlotDay {
  reason: NoSlotsReason | null;
  /** The last date that may be booked today. */
  lastDate: string;
  slots: SlotView[];
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Why the date offers no slots at all, before any hours are read. */
function closedFor(input: SlotDayInput, lastDate: string): NoSlotsReason | null {
  if (!input.settings.bookable) return 'SERVICE_NOT_BOOKABLE';
  if (!input.service.enabled) return 'SERVICE_DISABLED';
  if (input.date < input.today || input.date > lastDate) return 'BOOKING_DATE_OUT_OF_RANGE';
  return null;
}

export function slotsOn(input: SlotDayInput): SlotDay {
  const { settings, date, now, timezone } = input;
  const lastDate = shiftDays(input.today, settings.daysAhead);
  const closed = closedFor(input, lastDate);
  if (closed) return { reason: closed, lastDate, slots: [] };
  // The day's hours as the engine states them once (a holiday or plain weekend is closed, a 调休 day keeps
  // Monday's); a service that keeps no hours (open all day) has nothing to divide into slots.
  const hours = hoursOnDay(input.service.hours, date, input.calendar);
  if (hours === 'closed') return { reason: 'BOOKING_DATE_CLOSED', lastDate, slots: [] };
  const ranges = hours ?? [];
  const places = bookablePlaces(settings);
  const slots: SlotView[] = [];
  for (const range of ranges) {
    for (let from = range.from; from + settings.slotMinutes <= range.to; from += settings.slotMinutes) {
      const startsAt = epochOfLocal(`${date}T${clock(from)}`, timezone);
      const endsAt = epochOfLocal(`${date}T${clock(from + settings.slotMinutes)}`, timezone);
      const left = Math.max(0, places - (input.taken.get(startsAt) ?? 0));
      slots.push({ start: clock(from), end: clock(from + settings.slotMinutes), startsAt, endsAt, places, left,
        open: startsAt > now && left > 0 });
    }
  }
  return { reason: slots.length === 0 ? 'BOOKING_OUTSIDE_HOURS' : null, lastDate, slots };
}

/** The slot a booking asks for, or why it cannot have it: no slot that day, no such slot, started, or full. */
export function bookableSlot(day: SlotDay, start: string, now: number): EngineResult<SlotView> {
  if (day.reason) return { ok: false, code: day.reason satisfies ErrorCode };
  const slot = day.slots.find((s) => s.start === start);
  if (!slot) return { ok: false, code: 'BOOKING_OUTSIDE_HOURS' };
  if (slot.startsAt <= now) return { ok: false, code: 'BOOKING_SLOT_PAST' };
  if (slot.left <= 0) return { ok: false, code: 'BOOKING_SLOT_FULL' };
  return { ok: true, value: slot };
}
