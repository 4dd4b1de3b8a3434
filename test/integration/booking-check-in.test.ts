/**
 * Check-in at the kiosk (预约签到) through the real server and a real counter: too early is told when to
 * come back and changes nothing; on time gives a ticket that 叫下一位 calls ahead of walk-ins who came
 * earlier, as the counter desk's list shows; the same code again answers the same ticket; late becomes a
 * walk-in and the booking counts as missed; what cannot be checked in says why. No demo mode; 2026-12-01
 * is a Tuesday.
 */
import type { BookingView, CheckInAnswer } from '../../protocol/booking';
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { login } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { ticketCount } from '../support/state';

type CheckIn = CheckInAnswer<IssuedTicket>;
const SERVICE = 'company-registration';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let kiosk: Caller;
let staff: Caller;

beforeEach(async () => {
  clock = new ManualClock(beijing('2026-11-30T15:00:00'));
  th = await startTestHall({ clock, env: { SEED_DEMO: '0' } });
  api = new HttpApi(th.url);
  kiosk = { deviceKey: th.kioskKey };
  const admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  await api.ok('PUT', `/api/admin/booking-settings/${SERVICE}`, { ...admin, body: { bookable: true, slotMinutes: 30, capacity: 4, walkInPercent: 50 } });
});
afterEach(async () => {
  await th.close();
});

function book(phone: string, date: string, start: string): Promise<BookingView> {
  return api.ok<BookingView>('POST', '/api/bookings', { body: { serviceId: SERVICE, name: '张三', phone, date, start } });
}

function checkIn(code: string, by: Caller = kiosk): Promise<CheckIn> {
  return api.ok<CheckIn>('POST', `/api/bookings/${code}/check-in`, { ...by, body: {} });
}

function issued(answer: CheckIn): IssuedTicket {
  if (answer.outcome === 'early') throw new Error('expected a ticket');
  return answer.issued;
}

it('early is told when to come back; on time is called ahead of earlier walk-ins; the same code answers the same ticket', async () => {
  const booking = await book('13812345678', '2026-12-01', '09:00');

  clock.set(beijing('2026-12-01T08:00:00'));
  const early = await checkIn(booking.code);
  expect(early).toMatchObject({ outcome: 'early', comeBackAt: beijing('2026-12-01T08:30:00'), booking: { status: 'booked' } });
  expect(ticketCount(th.hall.db)).toBe(0);

  const walkIns: IssuedTicket[] = [];
  for (const time of ['08:35', '08:45', '08:55']) {
    clock.set(beijing(`2026-12-01T${time}:00`));
    walkIns.push(await api.issue(kiosk, SERVICE));
  }
  clock.set(beijing('2026-12-01T09:05:00'));
  const onTime = await checkIn(booking.code.toLowerCase().replace(/-/g, ' '));
  expect(onTime).toMatchObject({ outcome: 'on-time', booking: { status: 'checked_in' } });
  const ticket = issued(onTime).ticket;
  expect(ticket.peopleAhead).toBe(0);
  expect(onTime.booking.ticketNumber).toBe(ticket.number);
  expect((await api.track(walkIns[0]?.ticket.token ?? '')).peopleAhead).toBe(1);

  // Scanned again (the code as the QR holds it): the same ticket, no second one.
  const again = await checkIn(booking.code.replace(/-/g, ''));
  expect(again.outcome).toBe('on-time');
  expect(issued(again).ticket.number).toBe(ticket.number);
  expect(ticketCount(th.hall.db)).toBe(4);

  // The counter desk lists the booked resident first, and 叫下一位 calls them, then the walk-ins in order.
  staff = { token: await login(th.url, 'staff') };
  await api.counter(staff, 1, 'open');
  const lists = await api.lists(staff, 1);
  expect(lists.queue.map((q) => q.number)).toEqual([ticket.number, ...walkIns.map((w) => w.ticket.number)]);
  // The desk is told when the order changes by the clock alone: when the slot window closes at 09:40.
  expect(lists.reorderAt).toBe(beijing('2026-12-01T09:40:00'));
  const called = await api.counter(staff, 1, 'call-next');
  expect(called.current?.number).toBe(ticket.number);
  await api.counter(staff, 1, 'start');
  await api.counter(staff, 1, 'finish');
  expect((await api.counter(staff, 1, 'call-next')).current?.number).toBe(walkIns[0]?.ticket.number);
});

it('after the window, a checked-in resident not yet called waits by arrival; a late arrival becomes a walk-in and counts as missed', async () => {
  const booked = await book('13812345678', '2026-12-01', '09:00');
  const late = await book('13900000001', '2026-12-01', '09:00');
  clock.set(beijing('2026-12-01T08:40:00'));
  const walkIn = await api.issue(kiosk, SERVICE);
  expect(walkIn.ticket.peopleAhead).toBe(0);
  clock.set(beijing('2026-12-01T09:20:00'));
  const ticket = issued(await checkIn(booked.code)).ticket;
  expect(ticket.peopleAhead).toBe(0);
  // 09:40: the window has closed (10 minutes after the slot): the walk-in from 08:40 is ahead again.
  clock.set(beijing('2026-12-01T09:40:00'));
  expect((await api.track(ticket.token)).peopleAhead).toBe(1);

  const lateAnswer = await checkIn(late.code);
  expect(lateAnswer).toMatchObject({ outcome: 'late', booking: { status: 'late' } });
  const lateTicket = issued(lateAnswer).ticket;
  expect(lateTicket.peopleAhead).toBe(2);
  expect((await checkIn(late.code)).outcome).toBe('late');
  expect(ticketCount(th.hall.db)).toBe(3);
});

it('refuses what cannot be checked in, and only kiosks check in', async () => {
  const cancelled = await book('13812345678', '2026-12-01', '10:00');
  await api.ok('POST', `/api/bookings/${cancelled.code}/cancel`, { body: {} });
  const yesterday = await book('13900000001', '2026-12-01', '10:00');
  clock.set(beijing('2026-12-01T10:00:00'));
  staff = { token: await login(th.url, 'staff') };
  await api.refused('POST', `/api/bookings/${cancelled.code}/check-in`, 'BOOKING_CANCELLED', { ...kiosk, body: {} });
  await api.refused('POST', '/api/bookings/ABCD-EFGH-JKMN/check-in', 'BOOKING_NOT_FOUND', { ...kiosk, body: {} });
  await api.refused('POST', `/api/bookings/${yesterday.code}/check-in`, 'UNAUTHENTICATED', { body: {} });
  await api.refused('POST', `/api/bookings/${yesterday.code}/check-in`, 'FORBIDDEN', { ...staff, body: {} });
  clock.set(beijing('2026-12-02T09:00:00'));
  await api.refused('POST', `/api/bookings/${yesterday.code}/check-in`, 'BOOKING_EXPIRED', { ...kiosk, body: {} });
  expect((await api.ok<BookingView>('GET', `/api/bookings/${yesterday.code}`)).status).toBe('no_show');
  expect(ticketCount(th.hall.db)).toBe(0);
});
