/**
 * Display kinds through the real server: the kind an admin sets (and the links each kind takes), the
 * configuration file carrying it, and the server sending each display only its scope. A centre display
 * never receives another centre's counters, services, loads or calls, in its snapshot or in any event,
 * yet sees every step of the event sequence; a window display receives its counter and the numbers its
 * counter calls next; a display moved to another scope takes the new scope's events at once.
 */
import type { HallEvent } from '../../protocol/events';
import type { HallSnapshot } from '../../protocol/views';
import { ADMIN_PASSWORD, addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { listedDeviceWhen } from '../support/device-list';

let th: TestHall;
let admin: ClientSocket;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  th = await startTestHall();
  admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  admin.close();
  await th.close();
});

async function open(key: string): Promise<{ socket: ClientSocket; log: EventLog; snapshot: HallSnapshot }> {
  const socket = await connect(th.url, { deviceKey: key });
  sockets.push(socket);
  const log = new EventLog(socket);
  return { socket, log, snapshot: ok(await send(socket, 'hall.snapshot', {})) };
}

/** A staff member at the counter, opened. */
async function staffAt(counterId: number, username: string): Promise<ClientSocket> {
  const socket = await connect(th.url, { token: await login(th.url, username) });
  sockets.push(socket);
  ok(await send(socket, 'counter.open', { counterId }));
  return socket;
}

async function issue(kiosk: ClientSocket, serviceId: string): Promise<string> {
  return ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() })).ticket.number;
}

const LEGAL_COUNTERS = [10, 11];
const LEGAL_SERVICES = ['legal-aid-application', 'legal-consultation', 'people-mediation'];

/** Everything an event names: counters (changed or calling) and services (loads). */
function named(e: HallEvent): { counters: number[]; services: string[] } {
  return {
    counters: [...(e.counters ?? []).map((c) => c.id), ...(e.call ? [e.call.counterId] : [])],
    services: [...(e.loads ?? []).map((l) => l.serviceId), ...(e.call ? [e.call.serviceId] : [])],
  };
}

describe('display kinds', () => {
  it('each kind takes its own links; left out, the kind follows the links; a compact display may name a centre', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: 'display', name: '屏', displayKind: 'window' }, ['counterId']],
      [{ kind: 'display', name: '屏', displayKind: 'centre' }, ['centreId']],
      [{ kind: 'display', name: '屏', displayKind: 'hall', centreId: 'legal-aid' }, ['centreId']],
      [{ kind: 'display', name: '屏', displayKind: 'compact', counterId: 3 }, ['counterId']],
      [{ kind: 'kiosk', name: '取号机', displayKind: 'hall' }, ['displayKind']],
    ];
    for (const [input, fields] of cases) {
      expect(expectRefusal(await send(admin, 'device.issue', input), 'BAD_REQUEST').fields).toEqual(fields);
    }
    const implied = ok(await send(admin, 'device.issue', { kind: 'display', name: '3号窗口屏', counterId: 3 }));
    expect(implied.device).toMatchObject({ displayKind: 'window', counterId: 3 });
    const compact = ok(await send(admin, 'device.issue', { kind: 'display', name: '法律小屏', displayKind: 'compact', centreId: 'legal-aid' }));
    // A compact display moved to another centre stays compact; a window display moved to a centre becomes its centre's.
    expect(ok(await send(admin, 'device.update', { deviceId: compact.device.id, centreId: 'culture-sports' })))
      .toMatchObject({ displayKind: 'compact', centreId: 'culture-sports' });
    expect(ok(await send(admin, 'device.update', { deviceId: implied.device.id, counterId: null, centreId: 'legal-aid' })))
      .toMatchObject({ displayKind: 'centre', centreId: 'legal-aid', counterId: null });

    // The change is audited, and the configuration file carries the kind.
    const audit = ok(await send(admin, 'audit.list', { subject: `device:${compact.device.id}` }));
    expect(audit.some((l) => JSON.stringify(l.after).includes('"displayKind":"compact"'))).toBe(true);
    const file = ok(await send(admin, 'config.export', {}));
    expect(file.devices).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: '法律小屏', displayKind: 'compact', centreId: 'culture-sports' }),
      expect.objectContaining({ name: '大厅综合屏', displayKind: 'hall' }),
    ]));
  });

  it('a centre display never receives another centre’s counters, services or calls, and misses no step', async () => {
    const centre = ok(await send(admin, 'device.issue', { kind: 'display', name: '法律中心屏', displayKind: 'centre', centreId: 'legal-aid' }));
    const scoped = await open(centre.key);
    const whole = await open(th.displayKey);
    expect(scoped.snapshot.counters.map((c) => c.id).sort((a, b) => a - b)).toEqual(LEGAL_COUNTERS);
    expect(scoped.snapshot.services.map((s) => s.id).sort()).toEqual(LEGAL_SERVICES);
    expect(scoped.snapshot.loads.map((l) => l.serviceId).sort()).toEqual(LEGAL_SERVICES);
    expect(scoped.snapshot.centres.map((c) => c.id)).toEqual(['legal-aid']);
    expect(whole.snapshot.counters).toHaveLength(14);

    const [approvalStaff = '', legalStaff = ''] = addStaff(th.hall, 2);
    const approvalDesk = await staffAt(1, approvalStaff);
    const legalDesk = await staffAt(11, legalStaff);
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    const approvalNumber = await issue(kiosk, 'company-registration');
    const legalNumber = await issue(kiosk, 'legal-consultation');
    ok(await send(legalDesk, 'counter.callNext', { counterId: 11 }));
    ok(await send(approvalDesk, 'counter.callNext', { counterId: 1 }));

    // The last event is the other centre's call: the centre display still takes its step, empty.
    const last = (await whole.log.waitFor((e) => e.call?.counterId === 1)).seq;
    await scoped.log.waitFor((e) => e.seq === last);
    // The same numbered sequence, every step of it, cut to the centre.
    expect(scoped.log.events.map((e) => e.seq)).toEqual(whole.log.events.map((e) => e.seq));
    for (const e of scoped.log.events) {
      const { counters, services } = named(e);
      expect(counters.filter((id) => !LEGAL_COUNTERS.includes(id))).toEqual([]);
      expect(services.filter((id) => !LEGAL_SERVICES.includes(id))).toEqual([]);
      expect(e.printers).toBeUndefined();
      expect(e.alert).toBeUndefined();
    }
    expect(scoped.log.events.filter((e) => e.call).map((e) => e.call?.number)).toEqual([legalNumber]);
    expect(whole.log.events.filter((e) => e.call).map((e) => e.call?.number)).toContain(approvalNumber);
    // A snapshot taken now is cut the same way.
    const again = ok(await send(scoped.socket, 'hall.snapshot', {}));
    expect(again.recentCalls.map((c) => c.number)).toEqual([legalNumber]);
    expect(again.printers).toEqual([]);
  });

  it('a window display receives its counter and its next numbers, which follow the queue', async () => {
    const window = ok(await send(admin, 'device.issue', { kind: 'display', name: '11号窗口屏', displayKind: 'window', counterId: 11 }));
    const screen = await open(window.key);
    expect(screen.snapshot.counters.map((c) => c.id)).toEqual([11]);
    expect(screen.snapshot.nextNumbers).toEqual([]);
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    const first = await issue(kiosk, 'legal-consultation');
    const second = await issue(kiosk, 'legal-aid-application');
    await issue(kiosk, 'company-registration');
    await screen.log.waitFor((e) => e.nextNumbers?.join() === [first, second].join());

    // The demo hall's legal-aid worker 陈静, 工号 QS-005.
    const desk = await staffAt(11, 'legal');
    ok(await send(desk, 'counter.callNext', { counterId: 11 }));
    const called = await screen.log.waitFor((e) => e.call !== undefined);
    expect(called.call?.number).toBe(first);
    await screen.log.waitFor((e) => e.nextNumbers?.join() === second);
    const snapshot = ok(await send(screen.socket, 'hall.snapshot', {}));
    expect(snapshot.nextNumbers).toEqual([second]);
    expect(snapshot.counters[0]).toMatchObject({ id: 11, currentNumber: first, staffName: '陈*', staffNumber: 'QS-005' });
  });

  it('a window whose last display left takes its events again when a display comes back', async () => {
    const window = ok(await send(admin, 'device.issue', { kind: 'display', name: '11号窗口屏', displayKind: 'window', counterId: 11 }));
    const first = await open(window.key);
    first.socket.close();
    // Gone from the server too: its window's room is empty and socket.io has dropped it.
    await listedDeviceWhen(admin, window.device.id, (d) => d?.online === 0);
    const again = await open(window.key);
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    const number = await issue(kiosk, 'legal-consultation');
    await again.log.waitFor((e) => e.nextNumbers?.join() === number);
    ok(await send(await staffAt(11, 'legal'), 'counter.callNext', { counterId: 11 }));
    expect((await again.log.waitFor((e) => e.call !== undefined)).call?.number).toBe(number);
  });

  it('a display moved to another scope takes that scope’s events at once', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'display', name: '流动屏', displayKind: 'centre', centreId: 'admin-approval' }));
    const screen = await open(issued.key);
    ok(await send(admin, 'device.update', { deviceId: issued.device.id, displayKind: 'centre', centreId: 'legal-aid' }));
    await screen.log.waitFor((e) => e.config === true);
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    await issue(kiosk, 'company-registration');
    await issue(kiosk, 'legal-consultation');
    await screen.log.waitFor((e) => (e.loads ?? []).some((l) => l.serviceId === 'legal-consultation'));
    const after = screen.log.events.filter((e) => !e.config);
    expect(after.flatMap((e) => named(e).services).filter((id) => !LEGAL_SERVICES.includes(id))).toEqual([]);
    expect(ok(await send(screen.socket, 'hall.snapshot', {})).centres.map((c) => c.id)).toEqual(['legal-aid']);
  });
});
