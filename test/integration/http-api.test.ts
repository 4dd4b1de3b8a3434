/**
 * The stable HTTP paths, end to end over HTTP alone: health, services, login, issuing by kiosk and by
 * staff (帮办代办), tracking, and every counter verb with the refusals that guard illegal transitions.
 */
import type { CounterDesk, CounterLists, HallSnapshot, UserView } from '../../protocol/views';
import { addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { beijing, ManualClock } from '../support/clock';
import { login } from '../../testkit/clients';
import { HttpApi, type Caller } from '../support/http-api';
import { ticketCount, ticketStatus } from '../support/state';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let staff: Caller;
let kiosk: Caller;

beforeEach(async () => {
  clock = new ManualClock(beijing('2026-03-10T09:00:00'));
  th = await startTestHall({ clock });
  api = new HttpApi(th.url);
  staff = { token: await login(th.url, 'staff') };
  kiosk = { deviceKey: th.kioskKey };
});
afterEach(async () => {
  await th.close();
});

const numbers = (lists: CounterLists): string[] => lists.queue.map((q) => q.number);

describe('public and login paths', () => {
  it('GET /healthz, GET /api/services, POST /api/auth/login and GET /api/auth/me answer', async () => {
    expect(await api.ok('GET', '/healthz')).toMatchObject({ status: 'ok' });

    const services = await api.ok<{ centres: { id: string }[]; services: { id: string; hours: string; dailyLimit: number | null }[];
      loads: { serviceId: string; waiting: number; closedReason: string | null }[] }>('GET', '/api/services');
    expect(services.centres).toHaveLength(6);
    // Today's ranges of the demo timetable on the real clock: winter or summer afternoons, none at weekends.
    expect(['08:30-12:00,14:30-17:30', '08:30-12:00,15:00-18:00', ''])
      .toContain(services.services.find((s) => s.id === 'legal-consultation')?.hours);
    expect(services.services.find((s) => s.id === 'disability-certificate')).toMatchObject({ dailyLimit: 30 });
    expect(services.loads.find((l) => l.serviceId === 'company-registration')).toMatchObject({ waiting: 0, closedReason: null });

    const session = await api.ok<{ token: string; user: UserView }>('POST', '/api/auth/login',
      { body: { username: 'staff', password: 'staff-test-password' } });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(session.user).toMatchObject({ username: 'staff', displayName: '王晓兰', role: 'staff' });
    expect(session.user).not.toHaveProperty('passwordHash');
    expect(await api.ok('GET', '/api/auth/me', { token: session.token })).toMatchObject({ kind: 'user', role: 'staff' });
    await api.refused('POST', '/api/auth/login', 'INVALID_CREDENTIALS', { body: { username: 'staff', password: 'wrong' } });
    await api.refused('POST', '/api/auth/login', 'INVALID_CREDENTIALS', { body: { username: 'nobody', password: 'x' } });
  });

  it('POST /api/tickets by a kiosk key and by a staff token (帮办代办); GET /api/tickets/:token tracks it', async () => {
    const byKiosk = await api.issue(kiosk, 'company-registration');
    expect(byKiosk.ticket).toMatchObject({ number: 'A001', status: 'waiting', peopleAhead: 0, serviceId: 'company-registration' });
    expect(byKiosk.trackUrl).toBe(`http://127.0.0.1:1/t/${byKiosk.ticket.token}`);
    // The demo kiosks print on the lobby printer; this hall has no printing module, so no slip comes out.
    expect(byKiosk.print).toEqual({ status: 'unavailable', printerId: 'lobby-printer' });

    const byStaff = await api.issue(staff, 'individual-business');
    expect(byStaff.ticket).toMatchObject({ number: 'A002', status: 'waiting', serviceId: 'individual-business' });
    expect(byStaff.print).toEqual({ status: 'none', printerId: null });
    const issuers = th.hall.db.prepare('SELECT issued_by AS by FROM tickets ORDER BY id').all() as { by: string }[];
    expect(issuers.map((r) => r.by)).toEqual([expect.stringMatching(/^device:\d+$/), expect.stringMatching(/^user:\d+$/)]);

    const tracked = await api.track(byStaff.ticket.token);
    expect(tracked).toMatchObject({ id: byStaff.ticket.id, number: 'A002', status: 'waiting', servingCounters: [1, 2, 3] });
    await api.refused('GET', `/api/tickets/${'Z'.repeat(24)}`, 'TICKET_NOT_FOUND');
    await api.refused('POST', '/api/tickets', 'SERVICE_NOT_FOUND',
      { ...kiosk, body: { serviceId: 'no-such-service', idempotencyKey: 'unknown-service-1' } });

    const snapshot = await api.ok<HallSnapshot>('GET', '/api/snapshot', staff);
    expect(snapshot.loads.find((l) => l.serviceId === 'company-registration')).toMatchObject({ waiting: 1, issuedToday: 1 });
  });
});

describe('counter verbs over HTTP', () => {
  it('open, desk, call-next, recall, start, hold, resume, finish, no-show, call, transfer, pause, unpause, close', async () => {
    const [a1, a2, a3, a4] = [
      await api.issue(kiosk, 'company-registration'), await api.issue(kiosk, 'company-registration'),
      await api.issue(kiosk, 'individual-business'), await api.issue(kiosk, 'company-registration'),
    ].map((i) => i.ticket);
    if (!a1 || !a2 || !a3 || !a4) throw new Error('four tickets expected');

    await api.refused('GET', '/api/counters/1/desk', 'COUNTER_NOT_OPEN', staff);
    const opened = await api.counter(staff, 1, 'open');
    expect(opened.counter).toMatchObject({ id: 1, status: 'open', staffName: '王*兰' });
    // Counter commands answer the counter and its tickets in hand (a few hundred bytes); the lists are asked for.
    expect(opened).not.toHaveProperty('queue');
    expect(JSON.stringify(opened).length).toBeLessThan(400);
    expect(numbers(await api.lists(staff, 1))).toEqual(['A001', 'A002', 'A003', 'A004']);
    expect(numbers(await api.ok<CounterDesk>('GET', '/api/counters/1/desk', staff))).toEqual(['A001', 'A002', 'A003', 'A004']);

    await api.counterRefused(staff, 1, 'finish', 'COUNTER_IDLE');
    await api.counterRefused(staff, 1, 'recall', 'COUNTER_IDLE');
    await api.counterRefused(staff, 1, 'transfer', 'COUNTER_IDLE', { toServiceId: 'food-business-permit' });

    let desk = await api.counter(staff, 1, 'call-next');
    expect(desk.current).toMatchObject({ number: 'A001', status: 'called', counterId: 1 });
    await api.counterRefused(staff, 1, 'call-next', 'COUNTER_BUSY');
    // Calling a chosen resident while one stands at the counter is refused, and leaves that resident waiting.
    await api.counterRefused(staff, 1, 'call', 'COUNTER_BUSY', { ticketId: a2.id });
    expect(numbers(await api.lists(staff, 1))).toEqual(['A002', 'A003', 'A004']);
    await api.counterRefused(staff, 1, 'pause', 'COUNTER_BUSY');
    await api.counterRefused(staff, 1, 'close', 'COUNTER_BUSY');
    desk = await api.counter(staff, 1, 'recall');
    expect(desk.current).toMatchObject({ number: 'A001', recallCount: 1 });
    desk = await api.counter(staff, 1, 'start');
    expect(desk.current).toMatchObject({ number: 'A001', status: 'serving' });
    await api.counterRefused(staff, 1, 'recall', 'TICKET_STATE_INVALID');
    await api.counterRefused(staff, 1, 'no-show', 'TICKET_STATE_INVALID');

    desk = await api.counter(staff, 1, 'hold');
    expect(desk.current).toBeNull();
    expect(desk.held.map((t) => t.number)).toEqual(['A001']);
    desk = await api.counter(staff, 1, 'call-next');
    expect(desk.current?.number).toBe('A002');
    await api.counterRefused(staff, 1, 'resume', 'COUNTER_BUSY', { ticketId: a1.id });
    desk = await api.counter(staff, 1, 'no-show');
    expect(desk.current).toBeNull();
    expect(ticketStatus(th.hall.db, a2.id)).toBe('no_show');

    desk = await api.counter(staff, 1, 'resume', { ticketId: a1.id });
    expect(desk.current).toMatchObject({ number: 'A001', status: 'serving' });
    expect(desk.held).toEqual([]);
    await api.counterRefused(staff, 1, 'resume', 'COUNTER_BUSY', { ticketId: a1.id });
    desk = await api.counter(staff, 1, 'finish');
    expect(desk.current).toBeNull();
    expect(await api.track(a1.token)).toMatchObject({ status: 'finished', counterId: 1, counterName: '1号窗口' });

    // Calling a specific ticket skips the line (A003 stays first among the waiting).
    desk = await api.counter(staff, 1, 'call', { ticketId: a4.id });
    expect(desk.current?.number).toBe('A004');
    expect(numbers(await api.lists(staff, 1))).toEqual(['A003']);
    await api.counterRefused(staff, 1, 'transfer', 'TRANSFER_TARGET_INVALID', { toServiceId: 'company-registration' });
    await api.counterRefused(staff, 1, 'transfer', 'TRANSFER_TARGET_INVALID', { toCounterId: 1 });
    await api.counterRefused(staff, 1, 'transfer', 'TRANSFER_TARGET_INVALID', { toServiceId: 'no-such-service' });
    desk = await api.counter(staff, 1, 'transfer', { toServiceId: 'food-business-permit' });
    expect(desk.current).toBeNull();
    expect(await api.track(a4.token)).toMatchObject({ number: 'A004', status: 'waiting', serviceId: 'food-business-permit',
      servingCounters: [3, 14] });

    desk = await api.counter(staff, 1, 'pause');
    expect(desk.counter.status).toBe('paused');
    await api.counterRefused(staff, 1, 'call-next', 'COUNTER_PAUSED');
    await api.counterRefused(staff, 1, 'call', 'COUNTER_PAUSED', { ticketId: a3.id });
    desk = await api.counter(staff, 1, 'unpause');
    expect(desk.counter.status).toBe('open');
    desk = await api.counter(staff, 1, 'call-next');
    expect(desk.current?.number).toBe('A003');
    await api.counter(staff, 1, 'finish');

    desk = await api.counter(staff, 1, 'close');
    expect(desk.counter).toMatchObject({ status: 'closed', staffName: null });
    await api.counterRefused(staff, 1, 'call-next', 'COUNTER_NOT_OPEN');
    await api.counterRefused(staff, 99, 'open', 'COUNTER_NOT_FOUND');

    // Every step is in the event log, in order.
    const events = th.hall.db.prepare('SELECT type FROM ticket_events WHERE ticket_id = ? ORDER BY id').all(a1.id) as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(['issued', 'called', 'recalled', 'started', 'held', 'resumed', 'finished']);
  });

  it('call-next on an empty queue is QUEUE_EMPTY; cancel takes a waiting ticket out', async () => {
    await api.counter(staff, 4, 'open');
    await api.counterRefused(staff, 4, 'call-next', 'QUEUE_EMPTY');
    const e1 = (await api.issue(kiosk, 'elderly-allowance')).ticket;
    const cancelled = await api.ticket(staff, e1.id, 'cancel');
    expect(cancelled).toMatchObject({ number: 'E001', status: 'cancelled' });
    await api.refused('POST', `/api/tickets/${e1.id}/cancel`, 'TICKET_STATE_INVALID', { ...staff, body: {} });
    await api.refused('POST', '/api/tickets/999999/cancel', 'TICKET_NOT_FOUND', { ...staff, body: {} });
    await api.counterRefused(staff, 4, 'call-next', 'QUEUE_EMPTY');
    await api.counterRefused(staff, 4, 'call', 'TICKET_STATE_INVALID', { ticketId: e1.id });
  });

  it('a counter worked by one staff member is COUNTER_TAKEN for another', async () => {
    const [other = ''] = addStaff(th.hall, 1);
    const second: Caller = { token: await login(th.url, other) };
    await api.issue(kiosk, 'company-registration');
    await api.counter(staff, 1, 'open');
    await api.counterRefused(second, 1, 'open', 'COUNTER_TAKEN');
    for (const verb of ['call-next', 'pause', 'close', 'finish']) await api.counterRefused(second, 1, verb, 'COUNTER_TAKEN');
    await api.refused('GET', '/api/counters/1/desk', 'COUNTER_TAKEN', second);
    // Opening one's own counter again (a reload) is fine and changes nothing.
    expect((await api.counter(staff, 1, 'open')).counter.status).toBe('open');
    expect((await api.counter(second, 2, 'open')).counter.status).toBe('open');
  });

  it('a ticket is never called by two counters', async () => {
    const [other = ''] = addStaff(th.hall, 1);
    const second: Caller = { token: await login(th.url, other) };
    await api.counter(staff, 1, 'open');
    await api.counter(second, 2, 'open');
    const a1 = (await api.issue(kiosk, 'company-registration')).ticket;

    expect((await api.counter(staff, 1, 'call', { ticketId: a1.id })).current?.number).toBe('A001');
    await api.counterRefused(second, 2, 'call', 'TICKET_STATE_INVALID', { ticketId: a1.id });
    await api.counterRefused(second, 2, 'call-next', 'QUEUE_EMPTY');
    expect(await api.track(a1.token)).toMatchObject({ status: 'called', counterId: 1 });

    // Both counters call next at the same moment: one gets the ticket, the other hears the queue is empty.
    await api.counter(staff, 1, 'finish');
    const a2 = (await api.issue(kiosk, 'company-registration')).ticket;
    const answers = await Promise.all([1, 2].map((id) => fetch(`${th.url}/api/counters/${id}/call-next`, {
      method: 'POST', headers: { authorization: `Bearer ${id === 1 ? staff.token : second.token}` },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { ok: boolean; error?: { code: string } } }))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404]);
    expect(answers.find((a) => !a.body.ok)?.body.error?.code).toBe('QUEUE_EMPTY');
    expect(ticketStatus(th.hall.db, a2.id)).toBe('called');
    const calls = th.hall.db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE ticket_id = ? AND type = 'called'").get(a2.id) as { n: number };
    expect(calls.n).toBe(1);
  });

  it('a late no-show resident is requeued once, then REQUEUE_NOT_ALLOWED', async () => {
    await api.counter(staff, 4, 'open');
    const e1 = (await api.issue(kiosk, 'elderly-allowance')).ticket;
    const e2 = (await api.issue(kiosk, 'elderly-allowance')).ticket;
    await api.refused('POST', `/api/tickets/${e1.id}/requeue`, 'TICKET_STATE_INVALID', { ...staff, body: {} });

    await api.counter(staff, 4, 'call-next');
    await api.counter(staff, 4, 'no-show');
    clock.advance(5 * 60_000);
    const back = await api.ticket(staff, e1.id, 'requeue');
    expect(back).toMatchObject({ number: 'E001', status: 'waiting', requeued: true });
    // Back of the line: E002 (still waiting) goes first.
    expect((await api.counter(staff, 4, 'call-next')).current?.number).toBe('E002');
    await api.counter(staff, 4, 'finish');
    expect((await api.counter(staff, 4, 'call-next')).current?.number).toBe('E001');
    await api.counter(staff, 4, 'no-show');
    await api.refused('POST', `/api/tickets/${e1.id}/requeue`, 'REQUEUE_NOT_ALLOWED', { ...staff, body: {} });
    expect(ticketStatus(th.hall.db, e1.id)).toBe('no_show');
    expect(ticketStatus(th.hall.db, e2.id)).toBe('finished');
    expect(ticketCount(th.hall.db)).toBe(2);
  });
});
