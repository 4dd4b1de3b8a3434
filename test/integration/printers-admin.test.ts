/**
 * Printers administered through the real server, with fake ESC/POS printers on 127.0.0.1: a changed
 * address takes the next slip at once (no restart), a new printer is checked and its state reaches the
 * consoles' hall stream, a printer a kiosk uses cannot be removed, and a test page reaches the printer.
 */
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { FakePrinter } from '../../testkit/fake-printer';
import { contains, gbk } from '../printers/bytes';
import { PATIENT } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { expectRefusal } from '../support/refusal';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let first: FakePrinter;
let second: FakePrinter;
let th: TestHall;
let printing: PrintingModule;
let kiosk: ClientSocket;
let admin: ClientSocket;
let token: string;
let log: EventLog;

beforeEach(async () => {
  first = await FakePrinter.start();
  second = await FakePrinter.start();
  th = await startTestHall({
    beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: first.url, paperWidth: 80 }),
    modules: (config, db, clock) => {
      printing = createPrintingModule(db, config, clock, PATIENT);
      return [printing];
    },
  });
  await printing.manager.refresh(DEMO_PRINTER_ID);
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  token = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token });
  log = new EventLog(admin);
});

afterEach(async () => {
  kiosk.close();
  admin.close();
  await th.close();
  await first.close();
  await second.close();
});

async function issue(): Promise<IssuedTicket> {
  return ok(await send(kiosk, 'ticket.issue', { serviceId: 'legal-consultation', idempotencyKey: idemKey() })) as IssuedTicket;
}

it('a changed address takes the next slip at once, without a restart', async () => {
  expect((await issue()).print.status).toBe('queued');
  await until(() => first.jobs().length === 1, 'the first slip on the first printer');

  const res = await http(th.url, 'PUT', `/api/admin/printers/${DEMO_PRINTER_ID}`, { token, body: { url: second.url } });
  expect(res.status).toBe(200);
  expect(ok(res.body)).toMatchObject({ id: DEMO_PRINTER_ID, name: '大厅打印机', url: second.url, paperWidth: 80 });
  await printing.manager.idle();
  expect((await issue()).print.status).toBe('queued');
  await until(() => second.jobs().length === 1, 'the next slip on the new printer');
  expect(first.jobs()).toHaveLength(1);
  const [line] = ok(await send(admin, 'audit.list', {}));
  expect(line).toMatchObject({ command: 'printer.update', subject: `printer:${DEMO_PRINTER_ID}`, before: { url: first.url },
    after: { url: second.url } });
});

it('a new printer is checked at once, its state reaches the hall stream, and a kiosk moved to it prints there', async () => {
  const created = await http(th.url, 'POST', '/api/admin/printers', { token,
    body: { id: 'side-door', name: '侧门打印机', url: second.url, paperWidth: 58 } });
  expect(created.status).toBe(200);
  const stateEvent = await log.waitFor((e) => (e.printers ?? []).some((p) => p.printerId === 'side-door' && p.state === 'ok'));
  expect(stateEvent.printers).toEqual([expect.objectContaining({ printerId: 'side-door', name: '侧门打印机', state: 'ok' })]);
  expect(ok(await send(admin, 'printer.get', { id: 'side-door' }))).toMatchObject({ status: { state: 'ok' } });
  expect(ok(await send(kiosk, 'hall.snapshot', {})).printers.map((p) => p.printerId)).toContain('side-door');

  const kioskId = th.seed.devices.find((d) => d.kind === 'kiosk')?.id ?? 0;
  ok(await send(admin, 'device.update', { deviceId: kioskId, printerId: 'side-door' }));
  expect((await issue()).print).toEqual({ status: 'queued', printerId: 'side-door' });
  await until(() => second.jobs().length === 1, 'the slip on the new printer');
  expectRefusal(await send(admin, 'printer.create', { id: 'side-door', name: '重复', url: 'none', paperWidth: 80 }), 'ALREADY_EXISTS');
});

it('a printer a kiosk prints on cannot be removed until the kiosks are moved; then it is gone at once', async () => {
  const refused = await http(th.url, 'DELETE', `/api/admin/printers/${DEMO_PRINTER_ID}`, { token });
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'IN_USE', fields: ['id'] } });

  ok(await send(admin, 'printer.create', { id: 'side-door', name: '侧门打印机', url: second.url, paperWidth: 80 }));
  for (const d of th.seed.devices.filter((device) => device.kind === 'kiosk')) {
    ok(await send(admin, 'device.update', { deviceId: d.id, printerId: 'side-door' }));
  }
  const removed = await http(th.url, 'DELETE', `/api/admin/printers/${DEMO_PRINTER_ID}`, { token });
  expect(removed.status).toBe(200);
  expect(ok(await send(admin, 'printer.list', {})).map((p) => p.id)).toEqual(['side-door']);
  expect(printing.manager.state(DEMO_PRINTER_ID)).toBeNull();
  expect(ok(await send(kiosk, 'hall.snapshot', {})).printers.map((p) => p.printerId)).toEqual(['side-door']);
  expectRefusal(await send(admin, 'printer.get', { id: DEMO_PRINTER_ID }), 'NOT_FOUND');
  const [line] = ok(await send(admin, 'audit.list', {}));
  expect(line).toMatchObject({ command: 'printer.remove', before: { id: DEMO_PRINTER_ID }, after: null });
});

it('a test page reaches the printer; a printer that cannot print says so', async () => {
  const res = await http(th.url, 'POST', `/api/admin/printers/${DEMO_PRINTER_ID}/test`, { token, body: {} });
  expect(ok(res.body)).toEqual({ print: { status: 'queued', printerId: DEMO_PRINTER_ID } });
  await until(() => first.jobs().length === 1, 'the test page');
  const page = first.jobs()[0] ?? Buffer.alloc(0);
  expect(contains(page, Buffer.from('PRINT-TEST-80MM', 'ascii'))).toBe(true);
  expect(contains(page, gbk(first.url.replace('tcp://', '')))).toBe(true);

  first.paper = 'paper_out';
  await printing.manager.refresh(DEMO_PRINTER_ID);
  expect(ok(await send(admin, 'printer.test', { id: DEMO_PRINTER_ID }))).toEqual({ print: { status: 'unavailable', printerId: DEMO_PRINTER_ID } });
  expectRefusal(await send(admin, 'printer.test', { id: 'no-such-printer' }), 'NOT_FOUND');
});
