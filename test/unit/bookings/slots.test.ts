/**
 * The slot rule alone: holidays and plain weekends give no slots, a make-up Saturday (调休) gives
 * Monday's, the walk-in share is kept back from every slot, slots that have started are closed, and a
 * booking's slot is refused with the code that says why.
 */
import { defaultBookingSettings, type BookingSettings } from '../../../protocol/booking';
import { readOpeningHours } from '../../../server/queue/timetable';
import { bookableSlot, slotsOn, type SlotDayInput } from '../../../server/bookings/slots';
import { DEMO_HOURS } from '../../../server/demo/hall-data';
import { at } from '../queue/builders';

const HOURS = readOpeningHours(DEMO_HOURS); // winter from 1 October: 08:30-12:00, 14:30-17:30 on weekdays
const SETTINGS: BookingSettings = { ...defaultBookingSettings('pension'), bookable: true, slotMinutes: 30, capacity: 4, walkInPercent: 50, daysAhead: 14 };

function input(over: Partial<SlotDayInput> = {}): SlotDayInput {
  return {
    settings: SETTINGS, service: { enabled: true, hours: HOURS }, date: '2026-10-13', today: '2026-10-12',
    now: at('2026-10-12T16:00'), timezone: 'Asia/Shanghai', calendar: new Map(), taken: new Map(), ...over,
  };
}

describe('slotsOn', () => {
  it('divides a working day\'s hours into whole slots, each with the booked share of its capacity', () => {
    const day = slotsOn(input());
    expect(day.reason).toBeNull();
    expect(day.slots.map((s) => s.start)).toEqual(['08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30',
      '14:30', '15:00', '15:30', '16:00', '16:30', '17:00']);
    expect(day.slots[0]).toMatchObject({ start: '08:30', end: '09:00', startsAt: at('2026-10-13T08:30'), endsAt: at('2026-10-13T09:00'),
      places: 2, left: 2, open: true });
    // A range's remainder shorter than a slot offers none: 45-minute slots end at 11:15 and 17:15.
    const longer = slotsOn(input({ settings: { ...SETTINGS, slotMinutes: 45 } }));
    expect(longer.slots.map((s) => s.start)).toEqual(['08:30', '09:15', '10:00', '10:45', '14:30', '15:15', '16:00', '16:45']);
  });

  it('gives no slots on a public holiday or a plain weekend, and Monday\'s on a make-up Saturday (调休)', () => {
    expect(slotsOn(input({ date: '2026-10-05', calendar: new Map([['2026-10-05', 'holiday']]), today: '2026-10-01' })))
      .toMatchObject({ reason: 'BOOKING_DATE_CLOSED', slots: [] });
    expect(slotsOn(input({ date: '2026-10-18' }))).toMatchObject({ reason: 'BOOKING_DATE_CLOSED', slots: [] }); // a Sunday
    expect(slotsOn(input({ date: '2026-10-17' }))).toMatchObject({ reason: 'BOOKING_DATE_CLOSED', slots: [] }); // a Saturday
    const makeUp = slotsOn(input({ date: '2026-10-10', today: '2026-10-09', calendar: new Map([['2026-10-10', 'workday']]) }));
    expect(makeUp.reason).toBeNull();
    expect(makeUp.slots.map((s) => s.start)).toEqual(slotsOn(input()).slots.map((s) => s.start));
  });

  it('keeps the walk-in share of every slot back, and counts the places taken', () => {
    const taken = new Map([[at('2026-10-13T09:00'), 1], [at('2026-10-13T09:30'), 2]]);
    const day = slotsOn(input({ taken }));
    expect(day.slots.slice(0, 3).map((s) => [s.start, s.places, s.left, s.open]))
      .toEqual([['08:30', 2, 2, true], ['09:00', 2, 1, true], ['09:30', 2, 0, false]]);
    expect(slotsOn(input({ settings: { ...SETTINGS, capacity: 5, walkInPercent: 30 } })).slots[0]?.places).toBe(3);
    expect(slotsOn(input({ settings: { ...SETTINGS, capacity: 1, walkInPercent: 50 } })).slots.every((s) => s.places === 0 && !s.open)).toBe(true);
    expect(slotsOn(input({ settings: { ...SETTINGS, walkInPercent: 0 } })).slots[0]?.places).toBe(4);
  });

  it('closes the slots that have started on the day itself', () => {
    const day = slotsOn(input({ date: '2026-10-13', today: '2026-10-13', now: at('2026-10-13T10:00') }));
    expect(day.slots.filter((s) => s.open).map((s) => s.start)[0]).toBe('10:30');
    expect(day.slots.find((s) => s.start === '10:00')?.open).toBe(false);
    expect(day.slots.find((s) => s.start === '09:30')?.open).toBe(false);
  });

  it('offers nothing for a service not bookable, disabled, without hours, or for a date out of range', () => {
    expect(slotsOn(input({ settings: { ...SETTINGS, bookable: false } })).reason).toBe('SERVICE_NOT_BOOKABLE');
    expect(slotsOn(input({ service: { enabled: false, hours: HOURS } })).reason).toBe('SERVICE_DISABLED');
    expect(slotsOn(input({ service: { enabled: true, hours: null } })).reason).toBe('BOOKING_OUTSIDE_HOURS');
    expect(slotsOn(input({ date: '2026-10-11', today: '2026-10-12' })).reason).toBe('BOOKING_DATE_OUT_OF_RANGE');
    expect(slotsOn(input({ date: '2026-10-27' })).reason).toBe('BOOKING_DATE_OUT_OF_RANGE');
    expect(slotsOn(input({ date: '2026-10-26' })).reason).toBeNull();
    expect(slotsOn(input()).lastDate).toBe('2026-10-26');
  });
});

describe('bookableSlot', () => {
  it('gives the slot asked for, or the code that says why not', () => {
    const now = at('2026-10-13T10:00');
    const day = slotsOn(input({ date: '2026-10-13', today: '2026-10-13', now, taken: new Map([[at('2026-10-13T11:00'), 2]]) }));
    expect(bookableSlot(day, '10:30', now)).toMatchObject({ ok: true, value: { start: '10:30' } });
    expect(bookableSlot(day, '09:30', now)).toEqual({ ok: false, code: 'BOOKING_SLOT_PAST' });
    expect(bookableSlot(day, '10:00', now)).toEqual({ ok: false, code: 'BOOKING_SLOT_PAST' });
    expect(bookableSlot(day, '11:00', now)).toEqual({ ok: false, code: 'BOOKING_SLOT_FULL' });
    expect(bookableSlot(day, '12:30', now)).toEqual({ ok: false, code: 'BOOKING_OUTSIDE_HOURS' });
    expect(bookableSlot(day, '10:45', now)).toEqual({ ok: false, code: 'BOOKING_OUTSIDE_HOURS' });
    const holiday = slotsOn(input({ date: '2026-10-05', calendar: new Map([['2026-10-05', 'holiday']]), today: '2026-10-01' }));
    expect(bookableSlot(holiday, '09:00', now)).toEqual({ ok: false, code: 'BOOKING_DATE_CLOSED' });
  });
});
