/** The check-in rule alone: early, on time, late, again, and what cannot be checked in. */
import { judgeCheckIn, precedenceWindow, type CheckInSubject } from '../../../server/bookings/check-in';
import { limitRefusal } from '../../../server/bookings/limits';
import { at } from '../queue/builders';

const SLOT: CheckInSubject = { status: 'booked', businessDay: '2026-10-13', slotStart: at('2026-10-13T09:00'),
  slotEnd: at('2026-10-13T09:30'), ticketId: null };

describe('judgeCheckIn', () => {
  it('is early before 30 minutes ahead of the slot, with the time to come back', () => {
    expect(judgeCheckIn(SLOT, at('2026-10-13T08:29'), '2026-10-13')).toEqual({ kind: 'early', comeBackAt: at('2026-10-13T08:30') });
    expect(judgeCheckIn(SLOT, at('2026-10-12T15:00'), '2026-10-12')).toEqual({ kind: 'early', comeBackAt: at('2026-10-13T08:30') });
  });

  it('is on time from 30 minutes before until 10 minutes after the slot, with the window it is called ahead in', () => {
    const window = { from: at('2026-10-13T09:00'), to: at('2026-10-13T09:40') };
    for (const time of ['08:30', '09:00', '09:29', '09:39']) {
      expect(judgeCheckIn(SLOT, at(`2026-10-13T${time}`), '2026-10-13')).toEqual({ kind: 'on-time', window });
    }
    expect(precedenceWindow(SLOT)).toEqual(window);
  });

  it('is late after the window on the same day (a walk-in), even once recorded as a no-show', () => {
    expect(judgeCheckIn(SLOT, at('2026-10-13T09:40'), '2026-10-13')).toEqual({ kind: 'late' });
    expect(judgeCheckIn({ ...SLOT, status: 'no_show' }, at('2026-10-13T15:00'), '2026-10-13')).toEqual({ kind: 'late' });
  });

  it('answers the same ticket again, and refuses cancelled, earlier days and settled bookings', () => {
    expect(judgeCheckIn({ ...SLOT, status: 'checked_in', ticketId: 7 }, at('2026-10-13T11:00'), '2026-10-13')).toEqual({ kind: 'again', ticketId: 7 });
    expect(judgeCheckIn({ ...SLOT, status: 'late', ticketId: 8 }, at('2026-10-13T11:00'), '2026-10-13')).toEqual({ kind: 'again', ticketId: 8 });
    expect(judgeCheckIn({ ...SLOT, status: 'cancelled' }, at('2026-10-13T09:00'), '2026-10-13')).toEqual({ kind: 'refused', code: 'BOOKING_CANCELLED' });
    expect(judgeCheckIn({ ...SLOT, status: 'no_show' }, at('2026-10-14T09:00'), '2026-10-14')).toEqual({ kind: 'refused', code: 'BOOKING_EXPIRED' });
  });
});

describe('limitRefusal', () => {
  it('blocks after 3 missed bookings, refuses a second one for a service and day, and caps open bookings at 3', () => {
    expect(limitRefusal({ sameServiceDay: 0, open: 0, missed: 0 })).toBeNull();
    expect(limitRefusal({ sameServiceDay: 0, open: 2, missed: 2 })).toBeNull();
    expect(limitRefusal({ sameServiceDay: 0, open: 0, missed: 3 })).toBe('BOOKING_BLOCKED');
    expect(limitRefusal({ sameServiceDay: 1, open: 1, missed: 0 })).toBe('BOOKING_DUPLICATE');
    expect(limitRefusal({ sameServiceDay: 0, open: 3, missed: 0 })).toBe('BOOKING_LIMIT_REACHED');
  });
});
