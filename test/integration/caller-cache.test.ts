/**
 * The caller behind a socket is checked on every command without a database read: it is remembered,
 * and forgotten at once when the session ends (logout), expires, or the device key is revoked
 * (admin-commands.test.ts).
 */
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { ManualClock, beijing } from '../support/clock';

const SESSION_MS = 12 * 60 * 60 * 1000;

let th: TestHall;
const clock = new ManualClock(beijing('2026-11-30T09:00:00'));

beforeEach(async () => {
  clock.set(beijing('2026-11-30T09:00:00'));
  th = await startTestHall({ clock });
});
afterEach(async () => th.close());

function disconnected(socket: ClientSocket): Promise<void> {
  return new Promise((resolve) => socket.once('disconnect', () => resolve()));
}

it('a known caller’s commands do not look the session up again', async () => {
  const token = await login(th.url, 'staff');
  const staff = await connect(th.url, { token });
  ok(await send(staff, 'hall.snapshot', {}));
  // Take the database out from under the cache: the sessions table is no longer read per command.
  th.hall.db.prepare('DELETE FROM sessions').run();
  ok(await send(staff, 'hall.snapshot', {}));
  staff.close();
});

it('logout forgets the caller: the socket is let go and the token is refused everywhere', async () => {
  const token = await login(th.url, 'staff');
  const staff = await connect(th.url, { token });
  ok(await send(staff, 'hall.snapshot', {}));
  const gone = disconnected(staff);
  expect((await http(th.url, 'POST', '/api/auth/logout', { token, body: {} })).status).toBe(200);
  await gone;
  expect((await http(th.url, 'GET', '/api/snapshot', { token })).status).toBe(401);
  await expect(connect(th.url, { token })).rejects.toThrow('UNAUTHENTICATED');
});

it('an expired session is refused on its open socket at the next command, which ends the socket', async () => {
  const token = await login(th.url, 'staff');
  const staff = await connect(th.url, { token });
  ok(await send(staff, 'hall.snapshot', {}));
  clock.advance(SESSION_MS - 1000);
  ok(await send(staff, 'hall.snapshot', {}));
  clock.advance(1000);
  const gone = disconnected(staff);
  expectRefusal(await send(staff, 'hall.snapshot', {}), 'UNAUTHENTICATED');
  await gone;
  expect((await http(th.url, 'GET', '/api/snapshot', { token })).status).toBe(401);
});
