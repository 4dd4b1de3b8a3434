/**
 * Per-state times come from the append-only event log: tickets driven through the real server with a
 * hand-moved clock leave events saying who did what, when and at which counter, and stateTimes()
 * derives the same times as the clock steps.
 */
import type { IssuedTicket } from '../../protocol/views';
import { ticketEvents, type TicketEventRow } from '../../server/db/queries/tickets';
import { userByName } from '../../server/db/queries/users';
import { stateTimes } from '../../server/reports/state-times';
import { addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';

const SEC = 1000;
const MIN = 60 * SEC;

type Step = Pick<TicketEventRow, 'type' | 'at' | 'counter_id' | 'user_id' | 'device_id'>;

function steps(events: TicketEventRow[]): Step[] {
  return events.map(({ type, at, counter_id, user_id, device_id }) => ({ type, at, counter_id, user_id, device_id }));
}

describe('ticket event log and per-state times', () => {
  let th: TestHall;
  let clock: ManualClock;
  const sockets: ClientSocket[] = [];
  const open = async (auth: { token?: string; deviceKey?: string }): Promise<ClientSocket> => {
    const s = await connect(th.url, auth);
    sockets.push(s);
    return s;
  };
  const userId = (name: string): number => userByName(th.hall.db, name)?.id ?? -1;
  const kioskId = (): number => th.seed.devices.find((d) => d.kind === 'kiosk')?.id ?? -1;
  /** Moves the clock and returns the new time. */
  const after = (ms: number): number => {
    clock.advance(ms);
    return clock.now();
  };

  beforeEach(async () => {
    clock = new ManualClock(beijing('2026-03-02T09:00:00'));
    th = await startTestHall({ clock });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  it('records issue → call → recall → start → finish with who, when and where', async () => {
    const kiosk = await open({ deviceKey: th.kioskKey });
    const staff = await open({ token: await login(th.url, 'staff') });
    const staffId = userId('staff');
    ok(await send(staff, 'counter.open', { counterId: 4 }));

    const t0 = clock.now();
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    const t1 = after(5 * MIN);
    expect(ok(await send(staff, 'counter.callNext', { counterId: 4 })).current?.id).toBe(issued.ticket.id);
    const t2 = after(30 * SEC);
    ok(await send(staff, 'counter.recall', { counterId: 4 }));
    const t3 = after(1 * MIN);
    ok(await send(staff, 'counter.start', { counterId: 4 }));
    const t4 = after(7 * MIN);
    ok(await send(staff, 'counter.finish', { counterId: 4 }));

    const events = ticketEvents(th.hall.db, issued.ticket.id);
    const atCounter = { counter_id: 4, user_id: staffId, device_id: null };
    expect(steps(events)).toEqual([
      { type: 'issued', at: t0, counter_id: null, user_id: null, device_id: kioskId() },
      { type: 'called', at: t1, ...atCounter },
      { type: 'recalled', at: t2, ...atCounter },
      { type: 'started', at: t3, ...atCounter },
      { type: 'finished', at: t4, ...atCounter },
    ]);
    expect(stateTimes(events)).toEqual({
      arrivedAt: t0, calledAt: t1, startedAt: t3, finishedAt: t4, waitMs: 5 * MIN, serviceMs: 7 * MIN,
    });

    // The ticket row the phone page reads agrees with the log.
    const tracked = ok(await send(kiosk, 'ticket.track', { token: issued.ticket.token }));
    expect(tracked).toMatchObject({ status: 'finished', arrivedAt: t0, calledAt: t1, finishedAt: t4 });
  });

  it('records hold, resume and a transfer to another counter, and leaves held time out of service', async () => {
    const [other] = addStaff(th.hall, 1);
    const kiosk = await open({ deviceKey: th.kioskKey });
    const staff = await open({ token: await login(th.url, 'staff') });
    const legal = await open({ token: await login(th.url, other ?? '') });
    const staffId = userId('staff');
    const legalId = userId(other ?? '');
    ok(await send(staff, 'counter.open', { counterId: 7 }));
    ok(await send(legal, 'counter.open', { counterId: 10 }));

    const t0 = clock.now();
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'employment-registration', idempotencyKey: idemKey() })) as IssuedTicket;
    const t1 = after(3 * MIN);
    expect(ok(await send(staff, 'counter.callNext', { counterId: 7 })).current?.number).toBe(issued.ticket.number);
    const t2 = after(1 * MIN);
    ok(await send(staff, 'counter.start', { counterId: 7 }));
    const t3 = after(4 * MIN);
    ok(await send(staff, 'counter.hold', { counterId: 7 }));

    // While the resident fetches a document, the counter serves someone else.
    after(1 * MIN);
    const meanwhile = ok(await send(kiosk, 'ticket.issue', { serviceId: 'employment-registration', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(ok(await send(staff, 'counter.callNext', { counterId: 7 })).current?.id).toBe(meanwhile.ticket.id);
    after(3 * MIN);
    ok(await send(staff, 'counter.finish', { counterId: 7 }));

    const t4 = after(6 * MIN);
    ok(await send(staff, 'counter.resume', { counterId: 7, ticketId: issued.ticket.id }));
    const t5 = after(2 * MIN);
    ok(await send(staff, 'counter.transfer', { counterId: 7, toServiceId: 'legal-aid-application' }));
    const t6 = after(6 * MIN);
    expect(ok(await send(legal, 'counter.callNext', { counterId: 10 })).current?.id).toBe(issued.ticket.id);
    const t7 = after(1 * MIN);
    ok(await send(legal, 'counter.start', { counterId: 10 }));
    const t8 = after(9 * MIN);
    ok(await send(legal, 'counter.finish', { counterId: 10 }));

    const events = ticketEvents(th.hall.db, issued.ticket.id);
    const at7 = { counter_id: 7, user_id: staffId, device_id: null };
    const at10 = { counter_id: 10, user_id: legalId, device_id: null };
    expect(steps(events)).toEqual([
      { type: 'issued', at: t0, counter_id: null, user_id: null, device_id: kioskId() },
      { type: 'called', at: t1, ...at7 },
      { type: 'started', at: t2, ...at7 },
      { type: 'held', at: t3, ...at7 },
      { type: 'resumed', at: t4, ...at7 },
      { type: 'transferred', at: t5, ...at7 },
      { type: 'called', at: t6, ...at10 },
      { type: 'started', at: t7, ...at10 },
      { type: 'finished', at: t8, ...at10 },
    ]);
    const transfer = events.find((e) => e.type === 'transferred');
    expect(JSON.parse(transfer?.data ?? '{}')).toEqual({
      fromService: 'employment-registration', toService: 'legal-aid-application', toCounter: null,
    });
    expect(stateTimes(events)).toEqual({
      arrivedAt: t0, calledAt: t1, startedAt: t2, finishedAt: t8,
      waitMs: (t1 - t0) + (t6 - t5),
      serviceMs: (t3 - t2) + (t5 - t4) + (t8 - t7),
    });

    // The other ticket's log is its own: nothing of the first ticket leaked into it.
    expect(ticketEvents(th.hall.db, meanwhile.ticket.id).map((e) => e.type)).toEqual(['issued', 'called', 'finished']);
  });
});
