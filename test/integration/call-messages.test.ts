/**
 * What a call costs each display: one small hall.event that carries the call and only the fields that
 * changed. Changes without a call (a ticket issued, a resident finished) travel with the next call when
 * it comes soon enough, or on their own after the coalescing window; either way a display that applies
 * every event ends with exactly the state a fresh snapshot shows. A counter command hands the broadcast
 * the counter's view it built for its answer; a later change to that counter that comes without one (a
 * staff photo replaced) makes the broadcast read the counter again.
 */
import type { HallEvent } from '../../protocol/events';
import type { HallSnapshot } from '../../protocol/views';
import { applyHallEvent } from '../../protocol/client/hall-state';
import { PNG } from 'pngjs';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

const COUNTER = 10;
const SERVICE = 'people-mediation';

describe('hall events per call', () => {
  let th: TestHall;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    th = await startTestHall({ env: { HALL_EVENT_COALESCE_MS: '1500' } });
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  it('a busy counter sends each display one event per call, with only what changed', async () => {
    const display = await connect(th.url, { deviceKey: th.displayKey });
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    sockets.push(display, kiosk, staff);
    const log = new EventLog(display);
    const start = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    const issue = async (): Promise<string> =>
      ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() })).ticket.number;

    ok(await send(staff, 'counter.open', { counterId: COUNTER }));
    const first = await issue();
    ok(await send(staff, 'counter.callNext', { counterId: COUNTER }));
    const firstCall = await log.waitFor((e) => e.call?.number === first);
    // Opening the counter, the ticket and the call: one event.
    expect(log.events).toEqual([firstCall]);

    const second = await issue();
    ok(await send(staff, 'counter.finish', { counterId: COUNTER }));
    ok(await send(staff, 'counter.callNext', { counterId: COUNTER }));
    const secondCall = await log.waitFor((e) => e.call?.number === second);
    expect(log.events).toEqual([firstCall, secondCall]);
    // The counter's name, centre, services, status and staff did not change: only its current number,
    // and the ticket it finished last (what the rating pad asks about).
    expect(secondCall.counters).toEqual([{ id: COUNTER, currentNumber: second, lastFinishedNumber: first }]);
    // The line is still empty after the call; one more ticket was issued today.
    expect(secondCall.loads).toEqual([{ serviceId: SERVICE, issuedToday: 2, closedReason: null }]);
    expect(JSON.stringify(secondCall).length).toBeLessThan(350); // was 980 in three events (the finish's lastFinishedNumber rides along)

    // A change with no call after it goes out on its own once the window has passed.
    const third = await issue();
    const alone = await log.waitFor((e) => e.seq > secondCall.seq);
    expect(alone.call).toBeUndefined();
    expect(alone.loads).toEqual([expect.objectContaining({ serviceId: SERVICE, waiting: 1, issuedToday: 3 })]);
    expect(third).toBe('N003');

    // Applying every event to the first snapshot gives what a fresh snapshot shows.
    const folded = log.events.reduce<HallSnapshot | null>((state, e: HallEvent) => (state ? applyHallEvent(state, e) : null), start);
    const fresh = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    expect(folded?.loads).toEqual(fresh.loads);
    expect(folded?.counters).toEqual(fresh.counters);
    expect(folded?.seq).toBe(fresh.seq);
  });

  it('a change that comes without the counter\'s view is read again, not covered by an earlier view', async () => {
    const display = await connect(th.url, { deviceKey: th.displayKey });
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    const admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    sockets.push(display, staff, admin);
    const log = new EventLog(display);
    const start = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    const person = ok(await send(admin, 'staff.list', {})).find((s) => s.username === th.seed.staffUsername);
    if (!person) throw new Error('no demo staff account');
    const png = PNG.sync.write(Object.assign(new PNG({ width: 8, height: 8 }), { data: Buffer.alloc(8 * 8 * 4, 90) }));

    // Within one coalescing window: the desk's answer (the counter's view with no photo yet: it finishes
    // the resident the test above called), then the photo, whose command builds no view of the counter.
    ok(await send(staff, 'counter.finish', { counterId: COUNTER }));
    const withPhoto = ok(await send(admin, 'staff.setPhoto', { id: person.id, content: `data:image/png;base64,${png.toString('base64')}` }));
    expect(withPhoto.photo).not.toBeNull();
    const event = await log.waitFor((e) => e.counters?.some((c) => c.id === COUNTER) === true);
    expect(event.counters).toEqual([expect.objectContaining({ id: COUNTER, currentNumber: null, staffPhoto: withPhoto.photo })]);

    const folded = log.events.reduce<HallSnapshot | null>((state, e: HallEvent) => (state ? applyHallEvent(state, e) : null), start);
    const fresh = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    expect(folded?.counters).toEqual(fresh.counters);
  });
});
