/**
 * A booked resident who checked in early waits by arrival until their slot window opens, then ranks
 * ahead of walk-ins, and falls back when it closes — moments when no command runs. The hall tells the
 * phones following that line (queue.moved) and the screens (a hall event with the service's load) at
 * each moment, so a walk-in's phone shows one more person ahead at 09:00 and one fewer when the window closes.
 * 2026-12-01 is a Tuesday; no demo mode.
 */
import type { BookingView, CheckInAnswer } from '../../protocol/booking';
import type { HallEvent } from '../../protocol/events';
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, login, nextEvent, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';

const SERVICE = 'company-registration';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  clock = new ManualClock(beijing('2026-11-30T15:00:00'));
  th = await startTestHall({ clock, env: { SEED_DEMO: '0', HALL_EVENT_COALESCE_MS: '20' } });
  api = new HttpApi(th.url);
  const admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  await api.ok('PUT', `/api/admin/booking-settings/${SERVICE}`, { ...admin, body: { bookable: true, slotMinutes: 30, capacity: 4, walkInPercent: 50 } });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await th.close();
});

/** The next hall event that carries this service's load. */
function loadEvent(display: ClientSocket): Promise<HallEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no hall event with the load')), 3000);
    const listener = (event: HallEvent): void => {
      if (!event.loads?.some((l) => l.serviceId === SERVICE)) return;
      clearTimeout(timer);
      display.off('hall.event', listener);
      resolve(event);
    };
    display.on('hall.event', listener);
  });
}

it('tells the line when a booked slot window opens and when it closes', async () => {
  const kiosk: Caller = { deviceKey: th.kioskKey };
  const booking = await api.ok<BookingView>('POST', '/api/bookings',
    { body: { serviceId: SERVICE, name: '张三', phone: '13812345678', date: '2026-12-01', start: '09:00' } });

  clock.set(beijing('2026-12-01T08:32:00'));
  const walkIn = await api.issue(kiosk, SERVICE);
  clock.set(beijing('2026-12-01T08:35:00'));
  const checkIn = await api.ok<CheckInAnswer<IssuedTicket>>('POST', `/api/bookings/${booking.code}/check-in`, { ...kiosk, body: {} });
  expect(checkIn.outcome).toBe('on-time');

  const phone = await connect(th.url);
  const display = await connect(th.url, { deviceKey: th.displayKey });
  sockets.push(phone, display);
  expect(ok(await send(phone, 'ticket.track', { token: walkIn.ticket.token })).peopleAhead).toBe(0);

  // 08:59: nothing has moved yet.
  clock.set(beijing('2026-12-01T08:59:00'));
  th.hall.slotWindows.check();
  await expect(nextEvent(phone, 'queue.moved', 300)).rejects.toThrow('did not arrive');

  // 09:00: the window opens; the booked resident is now ahead of the walk-in.
  clock.set(beijing('2026-12-01T09:00:00'));
  const opened = nextEvent(phone, 'queue.moved');
  const screens = loadEvent(display);
  th.hall.slotWindows.check();
  expect(await opened).toEqual({ serviceId: SERVICE });
  await screens;
  expect(ok(await send(phone, 'ticket.track', { token: walkIn.ticket.token })).peopleAhead).toBe(1);

  // The window closes (its end, grace included, as the ticket stores it) with the booked resident still
  // waiting: arrival order again.
  if (checkIn.outcome !== 'on-time') throw new Error('expected a ticket');
  const { slot_to: windowEnd } = th.hall.db.prepare('SELECT slot_to FROM tickets WHERE id = ?').get(checkIn.issued.ticket.id) as { slot_to: number };
  expect(windowEnd).toBeGreaterThan(beijing('2026-12-01T09:00:00'));
  clock.set(windowEnd - 1);
  th.hall.slotWindows.check();
  await expect(nextEvent(phone, 'queue.moved', 300)).rejects.toThrow('did not arrive');
  clock.set(windowEnd);
  const closed = nextEvent(phone, 'queue.moved');
  th.hall.slotWindows.check();
  expect(await closed).toEqual({ serviceId: SERVICE });
  expect(ok(await send(phone, 'ticket.track', { token: walkIn.ticket.token })).peopleAhead).toBe(0);

  // Nothing more to wake for: a later look tells nobody.
  clock.set(windowEnd + 30 * 60_000);
  th.hall.slotWindows.check();
  await expect(nextEvent(phone, 'queue.moved', 300)).rejects.toThrow('did not arrive');
});
