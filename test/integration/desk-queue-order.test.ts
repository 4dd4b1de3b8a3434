/**
 * The counter desk's queue list is the server's call order: for a mix of priority, transferred (to a
 * service, and to this very counter) and held tickets, the numbers `counter.lists` shows are exactly the
 * numbers successive `counter.callNext` calls, at a counter of each call policy. Each row also carries
 * the arrival the desk counts waiting time from, and the lists carry the server's clock.
 */
import type { CounterLists, IssuedTicket, PriorityReason } from '../../protocol/views';
import { addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

describe('the desk queue is the call order', () => {
  let th: TestHall;
  const sockets: ClientSocket[] = [];
  const open = async (auth: { token?: string; deviceKey?: string }): Promise<ClientSocket> => {
    const s = await connect(th.url, auth);
    sockets.push(s);
    return s;
  };

  beforeEach(async () => {
    th = await startTestHall();
    addStaff(th.hall, 2);
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  /**
   * Counter 4 (oldest-first: 最低生活保障, 高龄津贴) and counter 5 (service-order: 高龄津贴, 残疾证) share
   * 高龄津贴. Counter 4 transfers two tickets into counter 5's reach (one to a service, one to counter 5
   * itself) and holds one; counter 5 holds one of its own.
   */
  async function mixedHall(): Promise<{ four: ClientSocket; five: ClientSocket }> {
    const kiosk = await open({ deviceKey: th.kioskKey });
    const issue = async (serviceId: string, priority: PriorityReason | null = null): Promise<string> =>
      (ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey(), priority })) as IssuedTicket).ticket.number;
    const four = await open({ token: await login(th.url, 'staff01') });
    const five = await open({ token: await login(th.url, 'staff02') });
    ok(await send(four, 'counter.open', { counterId: 4 }));
    ok(await send(five, 'counter.open', { counterId: 5 }));

    // Numbers: 最低生活保障 D, 高龄津贴 E, 残疾证 F.
    await issue('minimum-living-allowance'); // D001: transferred to 残疾证 below, keeping its early arrival
    await issue('minimum-living-allowance'); // D002: transferred to counter 5 itself (its 高龄津贴, reserved)
    await issue('minimum-living-allowance'); // D003: held at counter 4
    await issue('elderly-allowance'); // E001: held at counter 5
    await issue('disability-certificate');
    await issue('elderly-allowance');
    await issue('disability-certificate');
    await issue('elderly-allowance', 'elderly70');
    await issue('minimum-living-allowance');
    await issue('elderly-allowance');
    await issue('disability-certificate', 'disability');

    // Priority first: counter 4 would call the 高龄津贴 priority ticket; take the ordinary ones by number.
    const lists = ok(await send(four, 'counter.lists', { counterId: 4 })) as CounterLists;
    const byNumber = (n: string): number => lists.queue.find((q) => q.number === n)?.id ?? -1;
    for (const [number, then] of [['D001', { toServiceId: 'disability-certificate' }], ['D002', { toCounterId: 5 }]] as const) {
      ok(await send(four, 'counter.callTicket', { counterId: 4, ticketId: byNumber(number) }));
      ok(await send(four, 'counter.transfer', { counterId: 4, ...then }));
    }
    ok(await send(four, 'counter.callTicket', { counterId: 4, ticketId: byNumber('D003') }));
    ok(await send(four, 'counter.start', { counterId: 4 }));
    ok(await send(four, 'counter.hold', { counterId: 4 }));
    const fives = ok(await send(five, 'counter.lists', { counterId: 5 })) as CounterLists;
    ok(await send(five, 'counter.callTicket', { counterId: 5, ticketId: fives.queue.find((q) => q.number === 'E001')?.id ?? -1 }));
    ok(await send(five, 'counter.start', { counterId: 5 }));
    ok(await send(five, 'counter.hold', { counterId: 5 }));
    return { four, five };
  }

  /** Calls next until the queue is empty (each call marked no-show to free the hands); the numbers called. */
  async function callAll(desk: ClientSocket, counterId: number): Promise<string[]> {
    const called: string[] = [];
    for (;;) {
      const answer = await send(desk, 'counter.callNext', { counterId });
      if (!answer.ok) {
        expect(answer.error.code).toBe('QUEUE_EMPTY');
        return called;
      }
      called.push(answer.data.current?.number ?? '');
      ok(await send(desk, 'counter.noShow', { counterId }));
    }
  }

  it.each([
    [5, 'service-order', ['E003', 'F003', 'D002', 'E002', 'E004', 'D001', 'F001', 'F002']],
    [4, 'oldest-first', ['E003', 'E002', 'D004', 'E004']],
  ])('at counter %i (%s)', async (counterId, _policy, expected) => {
    const { four, five } = await mixedHall();
    const desk = counterId === 4 ? four : five;
    const before = Date.now();
    const lists = ok(await send(desk, 'counter.lists', { counterId })) as CounterLists;
    expect(lists.serverTime).toBeGreaterThanOrEqual(before);
    const shown = lists.queue.map((q) => q.number);
    expect(shown).toEqual(expected);
    // Held tickets stand in no queue; the transferred one keeps its arrival (the earliest of all).
    expect(shown).not.toContain('D003');
    expect(shown).not.toContain('E001');
    const arrivals = new Map(lists.queue.map((q) => [q.number, q.arrivedAt]));
    if (counterId === 5) expect(Math.min(...arrivals.values())).toBe(arrivals.get('D001'));
    expect(await callAll(desk, counterId)).toEqual(shown);
  });
});
