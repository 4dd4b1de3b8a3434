/**
 * The core path through the real server: a kiosk issues a ticket, a counter calls it, the hall display
 * and the phone tracking page both receive the call, and a reconnecting display gets a correct snapshot.
 */
import type { HallSnapshot, IssuedTicket, TicketTrack } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, idemKey, login, ok, send, ticketChange, type ClientSocket } from '../../testkit/clients';

describe('resident flow over socket.io', () => {
  let th: TestHall;
  const sockets: ClientSocket[] = [];
  const open = async (auth: { token?: string; deviceKey?: string } = {}): Promise<ClientSocket> => {
    const s = await connect(th.url, auth);
    sockets.push(s);
    return s;
  };

  beforeEach(async () => {
    th = await startTestHall();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  it('kiosk issues, counter calls, display and phone receive the call', async () => {
    const kiosk = await open({ deviceKey: th.kioskKey });
    const display = await open({ deviceKey: th.displayKey });
    const displayLog = new EventLog(display);
    const snap = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    expect(snap.centres.map((c) => c.name)).toEqual(expect.arrayContaining(['行政审批服务中心', '法律援助中心']));
    expect(snap.counters.length).toBeGreaterThanOrEqual(12);

    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(issued.ticket.number).toBe('E001');
    expect(issued.ticket.peopleAhead).toBe(0);
    expect(issued.trackUrl).toMatch(/\/t\/[A-Za-z0-9_-]{20,}$/);
    await displayLog.waitFor((e) => !!e.loads?.some((l) => l.serviceId === 'elderly-allowance' && l.waiting === 1));

    const phone = await open();
    const tracked = ok(await send(phone, 'ticket.track', { token: issued.ticket.token })) as TicketTrack;
    expect(tracked.status).toBe('waiting');

    const staff = await open({ token: await login(th.url, 'staff') });
    ok(await send(staff, 'counter.open', { counterId: 4 }));
    const phoneCall = ticketChange(phone, (t) => t.status === 'called');
    const desk = ok(await send(staff, 'counter.callNext', { counterId: 4 }));
    expect(desk.current?.number).toBe('E001');

    const call = await displayLog.waitFor((e) => e.call?.number === 'E001');
    // The call names its counter by id (clients name it from the snapshot) and stays plain ASCII, which
    // every display decodes fastest: a counter's name in it would fail both.
    expect(call.call).toEqual({ ticketId: issued.ticket.id, number: 'E001', counterId: 4, serviceId: issued.ticket.serviceId,
      recall: false, at: expect.any(Number) as number });
    expect(JSON.stringify(call.call)).toMatch(/^[\x20-\x7e]*$/);
    const changed = await phoneCall;
    expect(changed).toMatchObject({ number: 'E001', status: 'called', counterId: 4, counterName: '4号窗口' });

    const phoneRecall = displayLog.waitFor((e) => e.call?.number === 'E001' && e.call.recall);
    ok(await send(staff, 'counter.recall', { counterId: 4 }));
    await phoneRecall;

    ok(await send(staff, 'counter.start', { counterId: 4 }));
    const finished = ok(await send(staff, 'counter.finish', { counterId: 4 }));
    expect(finished.current).toBeNull();
    const after = ok(await send(phone, 'ticket.track', { token: issued.ticket.token })) as TicketTrack;
    expect(after.status).toBe('finished');

    // Sequence numbers on the hall stream grow by exactly one.
    const seqs = displayLog.events.map((e) => e.seq);
    seqs.forEach((s, i) => i > 0 && expect(s).toBe((seqs[i - 1] ?? 0) + 1));
    expect(displayLog.events.every((e) => e.epoch === snap.epoch)).toBe(true);
  });

  it('a reconnecting display gets a snapshot with the current state and recent calls', async () => {
    const kiosk = await open({ deviceKey: th.kioskKey });
    const staff = await open({ token: await login(th.url, 'staff') });
    for (let i = 0; i < 3; i += 1) {
      ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: idemKey() }));
    }
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    ok(await send(staff, 'counter.callNext', { counterId: 1 }));

    const display = await open({ deviceKey: th.displayKey });
    const first = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    display.close();
    ok(await send(staff, 'counter.finish', { counterId: 1 }));
    ok(await send(staff, 'counter.callNext', { counterId: 1 }));

    const again = await open({ deviceKey: th.displayKey });
    const snap = ok(await send(again, 'hall.snapshot', {})) as HallSnapshot;
    expect(snap.seq).toBeGreaterThan(first.seq);
    expect(snap.recentCalls.map((c) => c.number)).toEqual(['A002', 'A001']);
    expect(snap.loads.find((l) => l.serviceId === 'company-registration')).toMatchObject({ waiting: 1, issuedToday: 3 });
    expect(snap.counters.find((c) => c.id === 1)).toMatchObject({ status: 'open', currentNumber: 'A002', staffName: '王*兰' });
  });

  it('a phone follows its ticket through a transfer to another centre', async () => {
    const kiosk = await open({ deviceKey: th.kioskKey });
    const staff = await open({ token: await login(th.url, 'staff') });
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'employment-registration', idempotencyKey: idemKey() })) as IssuedTicket;
    const phone = await open();
    ok(await send(phone, 'ticket.track', { token: issued.ticket.token }));
    ok(await send(staff, 'counter.open', { counterId: 7 }));
    ok(await send(staff, 'counter.callNext', { counterId: 7 }));
    const moved = ticketChange(phone, (t) => t.status === 'waiting' && t.serviceId !== 'employment-registration');
    ok(await send(staff, 'counter.transfer', { counterId: 7, toServiceId: 'legal-aid-application' }));
    expect(await moved).toMatchObject({ status: 'waiting', serviceId: 'legal-aid-application', centreId: 'legal-aid', number: 'G001' });
  });
});
