/**
 * The rules of taking a number, through the real server over HTTP: idempotent retries, the per-device
 * rate limit, priority, daily limits, service hours, and numbering across the business-day boundary.
 * A ManualClock stands in for time, so nothing waits.
 */
import type { CounterView, IssuedTicket, ServiceLoad } from '../../protocol/views';
import type { HallEvent } from '../../protocol/events';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { beijing, ManualClock } from '../support/clock';
import { connect, EventLog, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { HttpApi, type Caller } from '../support/http-api';
import { ticketCount, ticketStatus } from '../support/state';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let kiosk: Caller;
let kiosk2: Caller;
const sockets: ClientSocket[] = [];

/** `real` runs the demo hall without demo mode (SEED_DEMO=0), so its hours and calendar apply. */
async function startAt(local: string, real = false): Promise<void> {
  clock = new ManualClock(beijing(local));
  th = await startTestHall({ clock, ...(real ? { env: { SEED_DEMO: '0' } } : {}) });
  api = new HttpApi(th.url);
  const kioskKeys = th.seed.devices.filter((d) => d.kind === 'kiosk').map((d) => d.key);
  kiosk = { deviceKey: kioskKeys[0] ?? '' };
  kiosk2 = { deviceKey: kioskKeys[1] ?? '' };
}

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await th.close();
});

async function loadOf(serviceId: string): Promise<ServiceLoad | undefined> {
  const data = await api.ok<{ loads: ServiceLoad[] }>('GET', '/api/services');
  return data.loads.find((l) => l.serviceId === serviceId);
}

describe('idempotent issuing', () => {
  it('the same key twice gives the same ticket; the same key from another device is another ticket', async () => {
    await startAt('2026-03-10T09:00:00');
    const key = 'retry-after-timeout-01';
    const first = await api.issue(kiosk, 'company-registration', { idempotencyKey: key });
    const again = await api.issue(kiosk, 'company-registration', { idempotencyKey: key });
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(again.ticket.number).toBe('A001');
    expect(again.ticket.token).toBe(first.ticket.token);
    expect(again.print).toEqual(first.print);
    expect(ticketCount(th.hall.db)).toBe(1);
    expect(th.hall.db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get()).toEqual({ n: 1 });

    const other = await api.issue(kiosk2, 'company-registration', { idempotencyKey: key });
    expect(other.ticket.id).not.toBe(first.ticket.id);
    expect(other.ticket.number).toBe('A002');
    const staff = await api.issue({ token: await login(th.url, 'staff') }, 'company-registration', { idempotencyKey: key });
    expect(staff.ticket.number).toBe('A003');
    expect(ticketCount(th.hall.db)).toBe(3);
  });
});

describe('rate limit', () => {
  it('the 21st ticket of one device within a minute is RATE_LIMITED; other devices and retries still work', async () => {
    await startAt('2026-03-10T09:00:00');
    const issued: IssuedTicket[] = [];
    for (let i = 0; i < 20; i += 1) {
      issued.push(await api.issue(kiosk, 'venue-booking'));
      clock.advance(1000);
    }
    await api.refused('POST', '/api/tickets', 'RATE_LIMITED', { ...kiosk, body: { serviceId: 'venue-booking', idempotencyKey: 'one-too-many-1' } });
    expect(ticketCount(th.hall.db)).toBe(20);

    // A retry of a ticket already issued is an answer, not a new ticket: it is not limited.
    const firstKey = th.hall.db.prepare('SELECT idempotency_key AS k FROM tickets WHERE id = ?').get(issued[0]?.ticket.id) as { k: string };
    // Stored as "<business day>/<key>": keys answer within their own day only.
    const sentKey = firstKey.k.slice(firstKey.k.indexOf('/') + 1);
    expect((await api.issue(kiosk, 'venue-booking', { idempotencyKey: sentKey })).ticket.number).toBe('P001');

    expect((await api.issue(kiosk2, 'venue-booking')).ticket.number).toBe('P021');
    // A minute after the first ticket of the window, the device may issue again.
    clock.advance(60_000);
    expect((await api.issue(kiosk, 'venue-booking')).ticket.number).toBe('P022');
  });
});

describe('what may be issued', () => {
  it('priority tickets (绿色通道) are called first, oldest priority first', async () => {
    await startAt('2026-03-10T09:00:00');
    const staff: Caller = { token: await login(th.url, 'staff') };
    await api.issue(kiosk, 'minimum-living-allowance');
    clock.advance(1000);
    await api.issue(kiosk, 'elderly-allowance');
    clock.advance(1000);
    const p1 = await api.issue(kiosk, 'elderly-allowance', { priority: 'elderly70' });
    clock.advance(1000);
    const p2 = await api.issue(kiosk, 'minimum-living-allowance', { priority: 'disability' });
    expect(p1.ticket).toMatchObject({ priority: 'elderly70', peopleAhead: 0 });
    expect(p2.ticket.peopleAhead).toBe(0);
    expect((await api.track(p1.ticket.token)).peopleAhead).toBe(0);

    await api.counter(staff, 4, 'open');
    const order: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const desk = await api.counter(staff, 4, 'call-next');
      order.push(desk.current?.number ?? '-');
      await api.counter(staff, 4, 'finish');
    }
    expect(order).toEqual(['E002', 'D002', 'D001', 'E001']);
    await api.refused('POST', '/api/tickets', 'BAD_REQUEST', { ...kiosk, body: { serviceId: 'elderly-allowance', idempotencyKey: 'vip-please-1', priority: 'vip' } });
  });

  it('a service with a daily limit of 30 refuses the 31st ticket with DAILY_LIMIT_REACHED', async () => {
    await startAt('2026-03-10T09:00:00');
    for (let i = 0; i < 30; i += 1) {
      // Alternate kiosks so the per-device rate limit is not what stops us.
      const issued = await api.issue(i % 2 === 0 ? kiosk : kiosk2, 'disability-certificate');
      expect(issued.ticket.number).toBe(`F${String(i + 1).padStart(3, '0')}`);
    }
    await api.refused('POST', '/api/tickets', 'DAILY_LIMIT_REACHED', { ...kiosk2, body: { serviceId: 'disability-certificate', idempotencyKey: 'thirty-first-1' } });
    expect(ticketCount(th.hall.db, 'service_id = ?', 'disability-certificate')).toBe(30);
    expect(await loadOf('disability-certificate')).toMatchObject({ issuedToday: 30, closedReason: 'DAILY_LIMIT_REACHED' });
    // Other services are not affected.
    expect((await api.issue(kiosk2, 'elderly-allowance')).ticket.number).toBe('E001');
  });

  it('a service outside its hours is SERVICE_CLOSED (法律咨询 in winter: 08:30-12:00, 14:30-17:30)', async () => {
    await startAt('2026-03-10T09:00:00', true);
    expect((await api.issue(kiosk, 'legal-consultation')).ticket.number).toBe('M001');
    clock.set(beijing('2026-03-10T12:30:00'));
    await api.refused('POST', '/api/tickets', 'SERVICE_CLOSED', { ...kiosk, body: { serviceId: 'legal-consultation', idempotencyKey: 'lunch-break-1' } });
    expect(await loadOf('legal-consultation')).toMatchObject({ closedReason: 'SERVICE_CLOSED' });
    clock.set(beijing('2026-03-10T14:30:00'));
    expect((await api.issue(kiosk, 'legal-consultation')).ticket.number).toBe('M002');
    clock.set(beijing('2026-03-10T17:30:00'));
    await api.refused('POST', '/api/tickets', 'SERVICE_CLOSED', { ...kiosk, body: { serviceId: 'legal-consultation', idempotencyKey: 'after-hours-1' } });
    expect(ticketCount(th.hall.db, 'service_id = ?', 'legal-consultation')).toBe(2);
  });
});

describe('the business-day boundary', () => {
  it('numbering restarts at local midnight, yesterday\'s open tickets expire and displays hear of it', async () => {
    await startAt('2026-03-10T23:58:00');
    const staff: Caller = { token: await login(th.url, 'staff') };
    const display = await connect(th.url, { deviceKey: th.displayKey });
    sockets.push(display);
    const log = new EventLog(display);

    clock.set(beijing('2026-03-10T23:59:00'));
    const yesterday = [];
    for (let i = 0; i < 3; i += 1) yesterday.push((await api.issue(kiosk, 'company-registration')).ticket);
    expect(yesterday.map((t) => t.number)).toEqual(['A001', 'A002', 'A003']);
    await api.counter(staff, 1, 'open');
    expect((await api.counter(staff, 1, 'call-next')).current?.number).toBe('A001');
    clock.set(beijing('2026-03-10T23:59:59'));
    const mark = (await log.waitFor((e) => !!e.loads?.some((l) => l.serviceId === 'company-registration' && l.waiting === 2))).seq;

    clock.set(beijing('2026-03-11T00:00:01'));
    const today = (await api.issue(kiosk, 'company-registration')).ticket;
    expect(today.number).toBe('A001');
    expect(today.id).not.toBe(yesterday[0]?.id);
    expect(today.peopleAhead).toBe(0);

    for (const t of yesterday) expect((await api.track(t.token)).status).toBe('expired');
    for (const t of yesterday) expect(ticketStatus(th.hall.db, t.id)).toBe('expired');
    // The display hears that yesterday's line is gone and today's first ticket is waiting (changes that
    // come close together may travel in one event), and that counter 1 has nobody in hand any more and
    // is closed: nobody works a window overnight.
    let load: Partial<ServiceLoad> = {};
    let counter: Partial<CounterView> = {};
    const fold = (e: HallEvent): boolean => {
      if (e.seq <= mark) return false;
      load = { ...load, ...e.loads?.find((l) => l.serviceId === 'company-registration') };
      counter = { ...counter, ...e.counters?.find((c) => c.id === 1) };
      return load.waiting === 1 && counter.currentNumber === null && counter.status === 'closed';
    };
    await log.waitFor(fold);
    expect(load).toMatchObject({ waiting: 1, issuedToday: 1 });
    expect(counter).toMatchObject({ currentNumber: null, status: 'closed', staffName: null });

    // Logged in again, the counter is free, and today's ticket is the one it calls.
    await api.refused('POST', '/api/counters/1/call-next', 'COUNTER_NOT_OPEN', { ...staff, body: {} });
    await api.counter(staff, 1, 'open');
    const desk = await api.counter(staff, 1, 'call-next');
    expect(desk.current).toMatchObject({ number: 'A001', businessDay: '2026-03-11', id: today.id });
    const days = th.hall.db.prepare("SELECT business_day AS day, last_seq AS seq FROM sequences WHERE sequence_key = 'A' ORDER BY business_day").all();
    expect(days).toEqual([{ day: '2026-03-10', seq: 3 }, { day: '2026-03-11', seq: 1 }]);
    const snapshot = ok(await send(display, 'hall.snapshot', {}));
    expect(snapshot.hall.businessDay).toBe('2026-03-11');
    expect(snapshot.loads.find((l) => l.serviceId === 'company-registration')).toMatchObject({ waiting: 0, issuedToday: 1 });
  });
});
