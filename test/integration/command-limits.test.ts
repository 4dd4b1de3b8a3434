/**
 * Limits on every command, through the real server: one socket flooding `hall.snapshot` is answered
 * RATE_LIMITED beyond its budget while everyone else is served, and the snapshot is built once per
 * state, not once per request; one address over its budget is limited, other addresses are not; and
 * phones are limited per address, never in one bucket for all phones.
 */
import { startTestHall, type TestHall } from '../../testkit/hall';
import type { Actor } from '../../server/auth/actor';
import { connect, idemKey, ok, send, type ClientSocket } from '../../testkit/clients';
import { rawRequest } from '../support/raw-http';
import { expectHttpRefusal, expectRefusal } from '../support/refusal';

let th: TestHall;
const sockets: ClientSocket[] = [];
beforeEach(async () => {
  th = await startTestHall({ env: { COMMAND_LIMIT_PER_ADDRESS: '20' } });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  jest.restoreAllMocks();
  await th.close();
});

async function socketOf(auth: { deviceKey?: string; token?: string }): Promise<ClientSocket> {
  const socket = await connect(th.url, auth);
  sockets.push(socket);
  return socket;
}

it('a display flooding hall.snapshot is limited per socket; the snapshot is built once per state; others are served', async () => {
  const display = await socketOf({ deviceKey: th.displayKey });
  const kiosk = await socketOf({ deviceKey: th.kioskKey });

  const flood = Array.from({ length: 300 }, () => send(display, 'hall.snapshot', {}));
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }));
  const answers = await Promise.all(flood);

  const served = answers.filter((a) => a.ok);
  const limited = answers.filter((a) => !a.ok);
  expect(served).toHaveLength(th.config.commandLimits.perSocket);
  for (const a of limited) expectRefusal(a, 'RATE_LIMITED');
  expect(issued.ticket.number).toBe('P001');
  // The kiosk, on its own socket, still gets its snapshot at once, showing the new ticket.
  const snap = ok(await send(kiosk, 'hall.snapshot', {}));
  expect(snap.loads.find((l) => l.serviceId === 'venue-booking')?.waiting).toBe(1);

  // The snapshot is built once per state and then shared: a name changed in memory behind the bus's back
  // (no command, no event) does not show until the hall's state moves on. The two reads run back to back
  // in the server's own thread, so no background write (a printer's state, a supervision alert, a last-seen
  // time: each rightly moves the state) can fall between them.
  const kioskDevice = th.seed.devices.find((d) => d.kind === 'kiosk');
  if (!kioskDevice) throw new Error('the demo hall has a kiosk');
  const asKiosk: Actor = { kind: 'device', deviceId: kioskDevice.id, deviceKind: 'kiosk', printerId: null, counterId: null, centreIds: [],
    displayScope: null };
  const before = ok(th.hall.bus.execute('hall.snapshot', {}, asKiosk));
  th.hall.settings.name = '不经命令改的名字';
  expect(ok(th.hall.bus.execute('hall.snapshot', {}, asKiosk)).hall.name).toBe(before.hall.name);
  expect(before.hall.name).not.toBe('不经命令改的名字');
  ok(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }));
  expect(ok(await send(kiosk, 'hall.snapshot', {})).hall.name).toBe('不经命令改的名字');
});

it('one address over its budget is limited; other addresses and the machine itself are not', async () => {
  const from = (address: string) => rawRequest(th.url, { method: 'GET', path: '/api/services', headers: { 'x-forwarded-for': address } });
  for (let i = 0; i < 20; i += 1) expect((await from('10.1.1.1')).status).toBe(200);
  expectHttpRefusal(await from('10.1.1.1'), 'RATE_LIMITED');
  expect((await from('10.1.1.2')).status).toBe(200);
  expect((await rawRequest(th.url, { method: 'GET', path: '/api/services' })).status).toBe(200);
});

it('sockets from one address share its budget with its HTTP requests; another address is not held back', async () => {
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const first = await connect(th.url, { deviceKey: th.displayKey }, from('10.3.3.3'));
  const second = await connect(th.url, { deviceKey: th.kioskKey }, from('10.3.3.3'));
  const elsewhere = await connect(th.url, { deviceKey: th.displayKey }, from('10.3.3.4'));
  sockets.push(first, second, elsewhere);
  const answers = [];
  // Sent one after another: each socket stays far below its own per-socket budget.
  for (let i = 0; i < 8; i += 1) answers.push(await send(first, 'service.list', {}), await send(second, 'service.list', {}));
  for (let i = 0; i < 6; i += 1) answers.push((await rawRequest(th.url, { method: 'GET', path: '/api/services', headers: from('10.3.3.3') })).json);
  expect(answers.filter((a) => (a as { ok: boolean }).ok)).toHaveLength(20);
  for (const a of answers.filter((r) => !(r as { ok: boolean }).ok)) expectRefusal(a, 'RATE_LIMITED');
  expectRefusal(await send(second, 'service.list', {}), 'RATE_LIMITED');
  ok(await send(elsewhere, 'service.list', {}));
});

it('phones are limited per address for ratings and complaints, never in one bucket for all phones', async () => {
  const complain = (address: string) => rawRequest(th.url, { method: 'POST', path: '/api/complaints',
    body: JSON.stringify({ category: 'suggestion', text: '希望多放几把椅子' }), headers: { 'x-forwarded-for': address } });
  const answers = [];
  for (let i = 0; i < 19; i += 1) answers.push(await complain('10.2.2.2'));
  expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
  for (const a of answers.filter((r) => r.status !== 200)) expectHttpRefusal(a, 'RATE_LIMITED');
  // A second phone is not held back by the first one's complaints.
  expect((await complain('10.2.2.3')).status).toBe(200);
  expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM complaints').get()).toEqual({ n: 11 });
});
