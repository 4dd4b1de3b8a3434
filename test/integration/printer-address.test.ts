/**
 * Printer addresses through the real server: an admin cannot save an address that is not a printer,
 * and a stored address that cannot be read (an older row, a hand edit) disables that printer with a
 * state staff can see instead of stopping the hall from starting.
 */
import type { HallSnapshot, IssuedTicket } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send } from '../../testkit/clients';
import { FAST } from '../printers/harness';
import { createPrintingModule } from '../../server/printing/module';
import { listPrinters, savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';

let th: TestHall | null = null;

afterEach(async () => {
  await th?.close();
  th = null;
});

test('an admin cannot save a printer address that is not a network printer or a printer device', async () => {
  th = await startTestHall({ modules: (config, db, clock) => [createPrintingModule(db, config, clock, { ...FAST })] });
  const admin = await login(th.url, 'admin', 'admin-test-password');
  for (const url of ['not-a-printer', '/etc/passwd', '/var/lib/hall/hall.db', 'tcp://printer:0', 'http://192.168.1.50']) {
    const res = await http(th.url, 'PUT', '/api/printers/lobby-right', { token: admin, body: { name: '右侧打印机', url, paperWidth: 80 } });
    expect([url, res.status, res.body.ok ? null : res.body.error]).toEqual([url, 400, expect.objectContaining({ code: 'BAD_REQUEST', fields: ['url'] })]);
  }
  expect(listPrinters(th.hall.db).map((p) => p.id)).not.toContain('lobby-right');
  const good = await http(th.url, 'PUT', '/api/printers/lobby-right', { token: admin, body: { name: '右侧打印机', url: '/dev/usb/lp0', paperWidth: 80 } });
  expect(good.status).toBe(200);
});

test('a stored address that cannot be read disables that printer, visibly, and the hall still starts and issues', async () => {
  th = await startTestHall({
    beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: 'lp0 at the left kiosk', paperWidth: 80 }),
    modules: (config, db, clock) => [createPrintingModule(db, config, clock, { ...FAST })],
  });
  const staff = await connect(th.url, { token: await login(th.url, 'staff') });
  const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  try {
    const until = Date.now() + 5000;
    let snap = ok(await send(staff, 'hall.snapshot', {})) as HallSnapshot;
    while (snap.printers.find((p) => p.printerId === DEMO_PRINTER_ID)?.state !== 'bad_address' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      snap = ok(await send(staff, 'hall.snapshot', {})) as HallSnapshot;
    }
    expect(snap.printers.find((p) => p.printerId === DEMO_PRINTER_ID)).toMatchObject({ name: '大厅打印机', state: 'bad_address' });
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(issued.print.status).toBe('unavailable');
    expect(issued.ticket.number).toMatch(/^[A-Z]\d{3}$/);
  } finally {
    staff.close();
    kiosk.close();
  }
});
