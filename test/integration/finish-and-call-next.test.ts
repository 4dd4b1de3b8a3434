/**
 * 办结并叫号 through the real server: the resident in hand is finished and the next one called in one
 * transaction, which displays hear as one call; the phone of the finished ticket can rate it and the
 * counter's rating pad asks about it; with nobody waiting the resident is still finished; without a
 * resident in hand it is refused and changes nothing. Over HTTP as over socket.io.
 */
import type { CounterState, IssuedTicket, TicketTrack } from '../../protocol/views';
import type { RatingView } from '../../protocol/rating';
import { addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, idemKey, login, ok, send, ticketChange, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';
import { HttpApi } from '../support/http-api';
import { beijing, ManualClock } from '../support/clock';

const COUNTER = 3;
const SERVICE = 'food-business-permit';

interface TicketRow { status: string; counter_id: number | null; finished_at: number | null; called_at: number | null }

describe('counter.finishAndCallNext (办结并叫号)', () => {
  let th: TestHall;
  let clock: ManualClock;
  let kiosk: ClientSocket;
  let staff: ClientSocket;
  const extra: ClientSocket[] = [];

  beforeEach(async () => {
    clock = new ManualClock(beijing('2026-03-10T09:00:00'));
    th = await startTestHall({ clock });
    kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    staff = await connect(th.url, { token: await login(th.url, 'staff') });
    ok(await send(staff, 'counter.open', { counterId: COUNTER }));
  });
  afterEach(async () => {
    for (const s of [kiosk, staff, ...extra.splice(0)]) s.close();
    await th.close();
  });

  const issue = async (): Promise<IssuedTicket> =>
    ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() })) as IssuedTicket;
  const row = (id: number): TicketRow => th.hall.db
    .prepare('SELECT status, counter_id, finished_at, called_at FROM tickets WHERE id = ?').get(id) as TicketRow;

  /** Issues a ticket, calls it to the counter and starts serving it. */
  async function serving(): Promise<IssuedTicket> {
    const issued = await issue();
    expect(ok(await send(staff, 'counter.callNext', { counterId: COUNTER })).current?.id).toBe(issued.ticket.id);
    ok(await send(staff, 'counter.start', { counterId: COUNTER }));
    return issued;
  }

  it('finishes the resident in hand and calls the next in one commit, which displays hear as one call', async () => {
    const first = await serving();
    const second = await issue();
    const display = await connect(th.url, { deviceKey: th.displayKey });
    const phone = await connect(th.url);
    extra.push(display, phone);
    const log = new EventLog(display);
    ok(await send(phone, 'ticket.track', { token: first.ticket.token }));
    const finishedOnPhone = ticketChange(phone, (t: TicketTrack) => t.status === 'finished');
    clock.advance(4 * 60_000);
    const commits = th.hall.bus?.commits ?? 0;

    const state = ok(await send(staff, 'counter.finishAndCallNext', { counterId: COUNTER })) as CounterState;
    expect(state.current).toMatchObject({ id: second.ticket.id, number: second.ticket.number, status: 'called', counterId: COUNTER });
    expect(th.hall.bus?.commits).toBe(commits + 1);
    const now = clock.now();
    expect(row(first.ticket.id)).toMatchObject({ status: 'finished', counter_id: COUNTER, finished_at: now });
    expect(row(second.ticket.id)).toMatchObject({ status: 'called', counter_id: COUNTER, called_at: now });
    const events = th.hall.db.prepare('SELECT ticket_id, type FROM ticket_events WHERE at = ? ORDER BY id').all(now);
    expect(events).toEqual([{ ticket_id: first.ticket.id, type: 'finished' }, { ticket_id: second.ticket.id, type: 'called' }]);

    // The display hears the call with the counter's new state in the same event.
    const call = await log.waitFor((e) => e.call?.number === second.ticket.number);
    expect(call.counters?.find((c) => c.id === COUNTER)).toMatchObject({ currentNumber: second.ticket.number });
    expect(log.events.filter((e) => e.call !== undefined)).toHaveLength(1);
    // The finished resident's phone follows, and only that resident may rate the service.
    expect((await finishedOnPhone).status).toBe('finished');
    const rated = ok(await send(phone, 'ticket.rate', { token: first.ticket.token, level: 5 })) as RatingView;
    expect(rated).toMatchObject({ ticketId: first.ticket.id, counterId: COUNTER, source: 'phone' });
  });

  it('lets the counter\'s rating pad rate the resident it finished while the next one is called', async () => {
    const first = await serving();
    await issue();
    ok(await send(staff, 'counter.finishAndCallNext', { counterId: COUNTER }));
    // The demo hall's rating pad stands at window 3.
    const pad = await connect(th.url, { deviceKey: th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '' });
    extra.push(pad);
    const rating = ok(await send(pad, 'ticket.rate', { level: 4 })) as RatingView;
    expect(rating).toMatchObject({ ticketId: first.ticket.id, source: 'rating-pad' });
  });

  it('with nobody waiting still finishes the resident and leaves the counter free, with no call', async () => {
    const first = await serving();
    const display = await connect(th.url, { deviceKey: th.displayKey });
    extra.push(display);
    const log = new EventLog(display);
    const state = ok(await send(staff, 'counter.finishAndCallNext', { counterId: COUNTER })) as CounterState;
    expect(state.current).toBeNull();
    expect(row(first.ticket.id).status).toBe('finished');
    // The counter's change reaches the display (after the coalescing window), without any call.
    await log.waitFor((e) => e.counters?.some((c) => c.id === COUNTER) ?? false);
    expect(log.events.filter((e) => e.call !== undefined)).toEqual([]);
    expectRefusal(await send(staff, 'counter.finishAndCallNext', { counterId: COUNTER }), 'COUNTER_IDLE');
  });

  it('is refused without a resident in hand, or at another\'s counter, and changes nothing', async () => {
    await issue();
    const before = fingerprint(th.hall.db);
    expectRefusal(await send(staff, 'counter.finishAndCallNext', { counterId: COUNTER }), 'COUNTER_IDLE');
    expect(fingerprint(th.hall.db)).toEqual(before);

    // The waiting resident is served now; another staff member cannot finish nor call at this counter.
    ok(await send(staff, 'counter.callNext', { counterId: COUNTER }));
    ok(await send(staff, 'counter.start', { counterId: COUNTER }));
    await issue();
    const [otherName = ''] = addStaff(th.hall, 1);
    const other = await connect(th.url, { token: await login(th.url, otherName) });
    extra.push(other);
    const serve = fingerprint(th.hall.db);
    expectRefusal(await send(other, 'counter.finishAndCallNext', { counterId: COUNTER }), 'COUNTER_TAKEN');
    expect(fingerprint(th.hall.db)).toEqual(serve);
  });

  it('works over HTTP with the staff member\'s token', async () => {
    const api = new HttpApi(th.url);
    const token = await login(th.url, 'staff');
    const first = await serving();
    const second = await issue();
    const state = await api.ok<CounterState>('POST', `/api/counters/${COUNTER}/finish-and-call-next`, { token });
    expect(state.current?.id).toBe(second.ticket.id);
    expect(row(first.ticket.id).status).toBe('finished');
  });
});
