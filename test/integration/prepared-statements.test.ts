/**
 * Queries are compiled once per database: after one round of the hall's everyday commands (issue,
 * open, call, start, finish, track, snapshot, desk), the same round again prepares no statement.
 */
import type { IssuedTicket } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

describe('prepared statements', () => {
  let th: TestHall;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    th = await startTestHall();
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  it('are prepared once and reused on every later command and broadcast', async () => {
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const display = await connect(th.url, { deviceKey: th.displayKey });
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    sockets.push(kiosk, display, staff);
    const round = async (): Promise<void> => {
      const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
      ok(await send(staff, 'counter.open', { counterId: 4 }));
      ok(await send(staff, 'counter.callNext', { counterId: 4 }));
      ok(await send(staff, 'counter.start', { counterId: 4 }));
      ok(await send(staff, 'counter.finish', { counterId: 4 }));
      ok(await send(staff, 'counter.desk', { counterId: 4 }));
      ok(await send(display, 'hall.snapshot', {}));
      ok(await send(kiosk, 'ticket.track', { token: issued.ticket.token }));
    };
    await round();
    const prepare = jest.spyOn(th.hall.db, 'prepare');
    try {
      await round();
      await round();
      expect(prepare.mock.calls.map(([sql]) => sql)).toEqual([]);
    } finally {
      prepare.mockRestore();
    }
  });
});
