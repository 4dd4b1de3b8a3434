/**
 * 电子监察 through the real server: the live board's figures and lights for a scripted morning, each
 * alert kind raised once, cleared when its condition ends and acknowledged with who and when, pushed
 * live to supervisors only; staff, devices and phones refused; and the board computed once per change
 * however many displays are connected. The clock is the test's (ManualClock): time-based conditions are
 * looked at with `hall.supervision.check()` after moving it, never by waiting.
 */
import type { SupervisionAlert, SupervisionBoard } from '../../protocol/supervision';
import type { IssuedTicket } from '../../protocol/views';
import type { ServiceAdminView } from '../../protocol/structure';
import type { AuditLine } from '../../protocol/admin';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { expectRefusal } from '../support/refusal';
import { FakePrinter } from '../../testkit/fake-printer';
import { PATIENT } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';

const MIN = 60_000;
const SERVICE = 'legal-consultation';
const COUNTER = 11;

/** Everything pushed to one socket on the supervisors' channel, with a way to wait for a match. */
class Pushes {
  readonly boards: SupervisionBoard[] = [];
  readonly alerts: SupervisionAlert[] = [];
  private waiters: (() => void)[] = [];

  constructor(socket: ClientSocket) {
    socket.on('supervision.board', (b) => this.add(() => this.boards.push(b)));
    socket.on('supervision.alert', (a) => this.add(() => this.alerts.push(a)));
  }

  private add(push: () => void): void {
    push();
    for (const w of this.waiters.splice(0)) w();
  }

  until<T>(find: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`never pushed: ${what}`)), timeoutMs);
      const look = (): void => {
        const found = find();
        if (found === undefined) {
          this.waiters.push(look);
          return;
        }
        clearTimeout(timer);
        resolve(found);
      };
      look();
    });
  }

  board(match: (b: SupervisionBoard) => boolean, what: string): Promise<SupervisionBoard> {
    return this.until(() => [...this.boards].reverse().find(match), what);
  }

  alert(match: (a: SupervisionAlert) => boolean, what: string): Promise<SupervisionAlert> {
    return this.until(() => [...this.alerts].reverse().find(match), what);
  }
}

let th: TestHall;
let clock: ManualClock;
let api: HttpApi;
let admin: Caller;
let lead: ClientSocket;
let leadPushes: Pushes;
let kiosk: ClientSocket;
let desk: ClientSocket;
let printer: FakePrinter;
let printing: PrintingModule;
const opened: ClientSocket[] = [];

async function open(auth: { token?: string; deviceKey?: string } = {}): Promise<ClientSocket> {
  const socket = await connect(th.url, auth);
  opened.push(socket);
  return socket;
}

beforeEach(async () => {
  // A Tuesday morning in December.
  clock = new ManualClock(beijing('2026-12-01T09:00:00'));
  printer = await FakePrinter.start();
  th = await startTestHall({
    clock,
    env: { SUPERVISION_INTERVAL_MS: '0' },
    beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 80 }),
    modules: (config, db, hallClock) => {
      printing = createPrintingModule(db, config, hallClock, PATIENT);
      return [printing];
    },
  });
  await printing.manager.refresh(DEMO_PRINTER_ID);
  api = new HttpApi(th.url);
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  lead = await open({ token: await login(th.url, 'supervisor') });
  leadPushes = new Pushes(lead);
  kiosk = await open({ deviceKey: th.kioskKey });
  desk = await open({ token: await login(th.url, 'legal') });
  // Tight limits for the service the script uses, so minutes of the test clock move its lights.
  await api.ok('PUT', `/api/admin/services/${SERVICE}`, { ...admin,
    body: { waitYellowMinutes: 10, waitRedMinutes: 20, serviceYellowMinutes: 5, serviceRedMinutes: 10, idleAlertMinutes: 5 } });
});

afterEach(async () => {
  for (const s of opened.splice(0)) s.close();
  await th.close();
  await printer.close();
});

const issue = async (serviceId = SERVICE): Promise<IssuedTicket> =>
  ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() }));

const board = async (): Promise<SupervisionBoard> => ok(await send(lead, 'supervision.get', {}));
const serviceOf = (b: SupervisionBoard, id = SERVICE) => b.services.find((s) => s.serviceId === id);
const counterOf = (b: SupervisionBoard, id = COUNTER) => b.counters.find((c) => c.id === id);
const centreOf = (b: SupervisionBoard, id: string) => b.centres.find((c) => c.centreId === id);
const alertsOf = async (kind: SupervisionAlert['kind']): Promise<SupervisionAlert[]> =>
  ok(await send(lead, 'alert.list', {})).filter((a) => a.kind === kind);

/** Moves the hall's clock, then lets the server look at the hall at that moment. */
function at(local: string): void {
  clock.set(beijing(`2026-12-01T${local}:00`));
  th.hall.supervision.check();
}

/** Runs a desk command and lets the server look at the hall at once (as it does after every commit). */
async function atDesk(name: 'counter.open' | 'counter.callNext' | 'counter.start' | 'counter.finish'): Promise<void> {
  ok(await send(desk, name, { counterId: COUNTER }));
  th.hall.supervision.check();
}

describe('the live board', () => {
  it('shows today\'s figures, with lights by the service\'s own limits, for the service, its centre and the hall', async () => {
    const empty = await board();
    expect(empty.hall).toMatchObject({ waiting: 0, longestWaitMs: null, servedToday: 0, waitLight: 'green', serviceLight: 'green' });
    expect(empty.centres.map((c) => c.centreId)).toHaveLength(6);
    expect(serviceOf(empty)?.thresholds).toEqual({ waitYellowMinutes: 10, waitRedMinutes: 20, serviceYellowMinutes: 5,
      serviceRedMinutes: 10, idleAlertMinutes: 5 });
    // Services nobody set keep the defaults.
    expect(serviceOf(empty, 'elderly-allowance')?.thresholds).toEqual({ waitYellowMinutes: 15, waitRedMinutes: 30,
      serviceYellowMinutes: 20, serviceRedMinutes: 40, idleAlertMinutes: 5 });
    expect(empty.hall.devices).toEqual({ kiosk: { online: 1, total: 2 }, display: { online: 0, total: 1 }, 'rating-pad': { online: 0, total: 1 } });
    expect(empty.hall.printers).toEqual({ online: 1, total: 1 });

    await issue();
    await issue();
    at('09:04');
    await issue();
    await atDesk('counter.open');
    at('09:06');
    await atDesk('counter.callNext');
    let b = await board();
    expect(counterOf(b)).toMatchObject({ status: 'open', staffName: '陈静', currentStatus: 'called', currentSince: clock.now(),
      idleSince: null, waitingForIt: 2 });
    await atDesk('counter.start');
    at('09:12');
    b = await board();
    // Six minutes in service: past yellow (5), not red (10).
    expect(counterOf(b)).toMatchObject({ currentStatus: 'serving', serviceLight: 'yellow' });
    await atDesk('counter.finish');

    b = await board();
    expect(serviceOf(b)).toMatchObject({ waiting: 2, longestWaitMs: 12 * MIN, servedToday: 1, averageWaitMs: 6 * MIN,
      averageServiceMs: 6 * MIN, waitLight: 'yellow', serviceLight: 'yellow' });
    expect(counterOf(b)).toMatchObject({ servedToday: 1, averageServiceMs: 6 * MIN, currentNumber: null, serviceLight: 'green',
      idleSince: clock.now(), waitingForIt: 2 });
    expect(centreOf(b, 'legal-aid')).toMatchObject({ waiting: 2, servedToday: 1, waitLight: 'yellow',
      counters: { open: 1, paused: 0, closed: 1, idleWhileWaiting: 1 } });
    expect(centreOf(b, 'culture-sports')).toMatchObject({ waiting: 0, waitLight: 'green', serviceLight: 'green' });
    expect(b.hall).toMatchObject({ waiting: 2, servedToday: 1, waitLight: 'yellow', counters: { open: 1, idleWhileWaiting: 1 } });

    // The oldest resident has now waited 21 minutes: red, for the service, its centre and the hall.
    at('09:21');
    b = await board();
    expect(serviceOf(b)).toMatchObject({ longestWaitMs: 21 * MIN, waitLight: 'red' });
    expect(centreOf(b, 'legal-aid')?.waitLight).toBe('red');
    expect(b.hall.waitLight).toBe('red');
    // The same board over HTTP.
    expect(await api.ok<SupervisionBoard>('GET', '/api/supervision', admin)).toEqual(b);
  });

  it('reaches supervisors as it changes, and nobody else', async () => {
    ok(await send(lead, 'supervision.get', {}));
    const staff = await open({ token: await login(th.url, 'staff') });
    const display = await open({ deviceKey: th.displayKey });
    const others = [new Pushes(staff), new Pushes(display)];
    await issue();
    const pushed = await leadPushes.board((b) => serviceOf(b)?.waiting === 1, 'a board with the new ticket');
    expect(pushed.hall.waiting).toBe(1);
    // Everything the others would have been sent was sent by now (one event loop, in order).
    ok(await send(staff, 'hall.snapshot', {}));
    for (const p of others) expect([p.boards.length, p.alerts.length]).toEqual([0, 0]);

    // Staff, devices and phones may not read it, over either transport.
    expectRefusal(await send(staff, 'supervision.get', {}), 'FORBIDDEN');
    expectRefusal(await send(staff, 'alert.list', {}), 'FORBIDDEN');
    expectRefusal(await send(display, 'supervision.get', {}), 'FORBIDDEN');
    expectRefusal(await send(kiosk, 'alert.ack', { id: 1 }), 'FORBIDDEN');
    expectRefusal(await send(await open(), 'supervision.get', {}), 'UNAUTHENTICATED');
    await api.refused('GET', '/api/supervision', 'FORBIDDEN', { token: await login(th.url, 'staff') });
    await api.refused('GET', '/api/alerts', 'UNAUTHENTICATED', {});

    // A supervisor made staff stops hearing the board at once, on the socket already open.
    const adminSocket = await open({ token: admin.token });
    const adminPushes = new Pushes(adminSocket);
    const supervisorId = (await api.ok<{ id: number; username: string }[]>('GET', '/api/admin/staff', admin))
      .find((s) => s.username === 'supervisor')?.id ?? 0;
    await api.ok('PUT', `/api/admin/staff/${supervisorId}`, { ...admin, body: { role: 'staff' } });
    const heard = leadPushes.boards.length;
    await issue();
    await adminPushes.board((b) => serviceOf(b)?.waiting === 2, 'the admin hears the next board');
    // Anything sent to the former supervisor before this answer would have arrived before it.
    ok(await send(lead, 'hall.snapshot', {}));
    expect(leadPushes.boards.length).toBe(heard);
  });

  it('is computed once per change, however many displays are connected', async () => {
    const watching = [lead, await open({ token: await login(th.url, 'supervisor') }), await open({ token: await login(th.url, 'admin', ADMIN_PASSWORD) })];
    for (const s of watching) ok(await send(s, 'supervision.get', {}));

    /** Computations and boards pushed for one ticket issued while `displays` are connected and ask for snapshots. */
    const oneChange = async (displays: ClientSocket[], waiting: number) => {
      th.hall.supervision.check();
      // Its answer comes after anything that check pushed to this socket.
      ok(await send(lead, 'alert.list', {}));
      const computedBefore = th.hall.supervision.computations;
      const pushedBefore = leadPushes.boards.length;
      await issue();
      await leadPushes.board((b) => serviceOf(b)?.waiting === waiting, `waiting ${waiting}`);
      await Promise.all(displays.map(async (d) => ok(await send(d, 'hall.snapshot', {}))));
      for (const s of watching) ok(await send(s, 'supervision.get', {}));
      await api.ok('GET', '/api/supervision', admin);
      return { computed: th.hall.supervision.computations - computedBefore, pushed: leadPushes.boards.length - pushedBefore };
    };

    const none = await oneChange([], 1);
    const displays = await Promise.all(Array.from({ length: 50 }, () => open({ deviceKey: th.displayKey })));
    const fifty = await oneChange(displays, 2);
    expect(none).toEqual({ computed: 1, pushed: 1 });
    expect(fifty).toEqual(none);
  });
});

describe('alerts', () => {
  /** The morning of the figures test: the counter finished one resident at 09:12, two still wait since 09:00 and 09:04. */
  async function idleMorning(): Promise<void> {
    await issue();
    await issue();
    at('09:04');
    await issue();
    await atDesk('counter.open');
    at('09:06');
    await atDesk('counter.callNext');
    await atDesk('counter.start');
    at('09:12');
    await atDesk('counter.finish');
  }

  it('a wait past red and a counter idle while people wait: each raised once, cleared when it ends, acknowledged with who and when', async () => {
    ok(await send(lead, 'alert.list', {}));
    await idleMorning();
    at('09:16');
    expect(await alertsOf('counter_idle')).toEqual([]);
    at('09:17');
    const idle = await leadPushes.alert((a) => a.kind === 'counter_idle', 'counter_idle');
    expect(idle).toMatchObject({ subject: `counter:${COUNTER}`, raisedAt: clock.now(), clearedAt: null, acknowledgedAt: null,
      details: { counterId: COUNTER, counterName: '11号窗口', waiting: 2, idleSince: beijing('2026-12-01T09:12:00') } });
    at('09:19');
    expect(await alertsOf('wait_red')).toEqual([]);
    at('09:21');
    const red = await leadPushes.alert((a) => a.kind === 'wait_red', 'wait_red');
    expect(red).toMatchObject({ subject: `service:${SERVICE}`, raisedAt: clock.now(), clearedAt: null, acknowledgedAt: null,
      details: { serviceId: SERVICE, serviceName: '法律咨询', waiting: 2, longestWaitMs: 21 * MIN, redMinutes: 20 } });
    // The conditions last: still one alert each.
    at('09:30');
    at('09:40');
    expect(await alertsOf('wait_red')).toHaveLength(1);
    expect(await alertsOf('counter_idle')).toHaveLength(1);

    // A supervisor acknowledges the idle counter: who and when, pushed to every supervisor, audited.
    const second = await open({ token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    const secondPushes = new Pushes(second);
    ok(await send(second, 'alert.list', { unacknowledged: true }));
    const acked = ok(await send(lead, 'alert.ack', { id: idle.id }));
    expect(acked).toMatchObject({ id: idle.id, acknowledgedBy: '赵敏', acknowledgedAt: clock.now() });
    expect(await secondPushes.alert((a) => a.id === idle.id && a.acknowledgedAt !== null, 'the acknowledgement')).toEqual(acked);
    expectRefusal(await send(second, 'alert.ack', { id: idle.id }), 'ALREADY_ACKNOWLEDGED');
    expectRefusal(await send(second, 'alert.ack', { id: 9999 }), 'NOT_FOUND');
    const [line] = await api.ok<AuditLine[]>('GET', `/api/audit?subject=alert:${idle.id}`, admin);
    expect(line).toMatchObject({ command: 'alert.ack', actorName: '赵敏', at: clock.now() });
    expect((await api.ok<SupervisionAlert[]>('GET', '/api/alerts?unacknowledged=true', admin)).map((a) => a.id)).not.toContain(idle.id);

    // The counter calls: it is no longer idle; then the line drops below red.
    at('09:41');
    await atDesk('counter.callNext');
    expect(await leadPushes.alert((a) => a.id === idle.id && a.clearedAt !== null, 'idle cleared')).toMatchObject({
      clearedAt: clock.now(), acknowledgedBy: '赵敏' });
    await atDesk('counter.finish');
    await atDesk('counter.callNext');
    const cleared = await leadPushes.alert((a) => a.id === red.id && a.clearedAt !== null, 'red cleared');
    expect(cleared.clearedAt).toBe(clock.now());
    // A new red wait later is a new alert.
    await issue();
    at('10:10');
    const again = await alertsOf('wait_red');
    expect(again).toHaveLength(2);
    expect(again[0]?.id).not.toBe(red.id);
  });

  it('a printer that stops and a device that goes away raise one alert each, cleared when they come back', async () => {
    ok(await send(lead, 'alert.list', {}));
    // The hall is at work (a counter open); a display was connected and leaves.
    await atDesk('counter.open');
    const display = await connect(th.url, { deviceKey: th.displayKey });
    await leadPushes.board((b) => b.hall.devices.display.online === 1, 'the display online');
    display.close();
    await leadPushes.board((b) => b.hall.devices.display.online === 0, 'the display gone');
    at('09:01');
    expect(await alertsOf('device_offline')).toEqual([]);
    at('09:03');
    const offline = await leadPushes.alert((a) => a.kind === 'device_offline', 'device_offline');
    expect(offline).toMatchObject({ subject: expect.stringMatching(/^device:\d+$/), details: { deviceKind: 'display', deviceName: expect.any(String) } });
    at('09:10');
    expect(await alertsOf('device_offline')).toHaveLength(1);
    await open({ deviceKey: th.displayKey });
    expect(await leadPushes.alert((a) => a.id === offline.id && a.clearedAt !== null, 'back online')).toMatchObject({ clearedAt: clock.now() });

    const hallEvents = new EventLog(lead);
    printer.paper = 'paper_out';
    await printing.manager.refresh(DEMO_PRINTER_ID);
    await hallEvents.waitFor((e) => e.printers?.[0]?.state === 'paper_out');
    th.hall.supervision.check();
    const down = await leadPushes.alert((a) => a.kind === 'printer_down', 'printer_down');
    expect(down).toMatchObject({ subject: `printer:${DEMO_PRINTER_ID}`, details: { printerName: '大厅打印机', state: 'paper_out' } });
    expect((await board()).hall.printers).toEqual({ online: 0, total: 1 });
    th.hall.supervision.check();
    expect(await alertsOf('printer_down')).toHaveLength(1);
    printer.paper = 'ok';
    await printing.manager.refresh(DEMO_PRINTER_ID);
    await hallEvents.waitFor((e) => e.printers?.[0]?.state === 'ok');
    th.hall.supervision.check();
    expect(await leadPushes.alert((a) => a.id === down.id && a.clearedAt !== null, 'printer back')).toMatchObject({ clearedAt: clock.now() });
  });

  it('a 差评 reaches the supervisor at once with its case; a suggestion raises nothing', async () => {
    ok(await send(lead, 'alert.list', {}));
    const issued = await issue();
    await atDesk('counter.open');
    await atDesk('counter.callNext');
    await atDesk('counter.finish');
    await api.ok('POST', '/api/ratings', { body: { token: issued.ticket.token, level: 1, reasons: ['attitude'], comment: '态度差' } });
    const alert = await leadPushes.alert((a) => a.kind === 'case_opened', 'case_opened');
    const [opened] = await api.ok<{ id: number }[]>('GET', '/api/cases', admin);
    expect(alert).toMatchObject({ subject: `case:${opened?.id}`, raisedAt: clock.now(), clearedAt: null,
      details: { caseId: opened?.id, caseKind: 'bad_rating', level: 1, serviceName: '法律咨询', counterId: COUNTER,
        ticketNumber: issued.ticket.number } });
    await api.ok('POST', '/api/complaints', { body: { category: 'suggestion', text: '建议增加座椅' } });
    await api.ok('POST', '/api/complaints', { body: { category: 'complaint', text: '等候时间太长' } });
    const complaint = await leadPushes.alert((a) => a.kind === 'case_opened' && a.details.caseKind === 'complaint', 'the complaint');
    expect(complaint.details).toMatchObject({ level: null, serviceName: null });
    expect(await alertsOf('case_opened')).toHaveLength(2);
    // A case's alert does not clear by itself: it waits for a supervisor.
    th.hall.supervision.check();
    expect((await alertsOf('case_opened')).every((a) => a.clearedAt === null)).toBe(true);
  });
});

describe('limits per service', () => {
  it('are edited with the service, checked (red above yellow), and carried by the configuration file', async () => {
    const updated = await api.ok<ServiceAdminView>('PUT', '/api/admin/services/venue-booking', { ...admin, body: { waitRedMinutes: 45 } });
    expect(updated).toMatchObject({ waitYellowMinutes: 15, waitRedMinutes: 45, serviceYellowMinutes: 20, serviceRedMinutes: 40,
      idleAlertMinutes: 5 });
    const refused = await api.refused('PUT', '/api/admin/services/venue-booking', 'LIMITS_INVALID', { ...admin, body: { waitYellowMinutes: 45 } });
    expect(refused.fields).toEqual(['waitRedMinutes']);
    expect((await api.refused('PUT', '/api/admin/services/venue-booking', 'LIMITS_INVALID',
      { ...admin, body: { serviceYellowMinutes: 30, serviceRedMinutes: 30 } })).fields).toEqual(['serviceRedMinutes']);
    const created = await api.ok<ServiceAdminView>('POST', '/api/admin/services', { ...admin,
      body: { centreId: 'legal-aid', name: '公证咨询', prefix: 'W', idleAlertMinutes: 3 } });
    expect(created).toMatchObject({ waitYellowMinutes: 15, waitRedMinutes: 30, idleAlertMinutes: 3 });
    const file = await api.ok<{ services: Record<string, unknown>[] }>('GET', '/api/admin/config', admin);
    expect(file.services.find((s) => s.id === 'venue-booking')).toMatchObject({ waitRedMinutes: 45, idleAlertMinutes: 5 });
  });
});
