/**
 * What a resident reads on the printed 号票, through the real server to a fake ESC/POS printer and back
 * through the ESC/POS decoder: the time reads "2026-11-30 16:48" (the hall's zone, by the hall's clock),
 * and a hall named like one of its centres prints that name once, not twice.
 */
import type { PrintResultView } from '../../protocol/events';
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { FakePrinter } from '../../testkit/fake-printer';
import { printedLines } from '../printers/bytes';
import { FAST } from '../printers/harness';
import { ManualClock, beijing } from '../support/clock';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';

let printer: FakePrinter;
let th: TestHall;
let printing: PrintingModule;
let kiosk: ClientSocket;
const clock = new ManualClock(beijing('2026-11-30T16:48:37'));

beforeAll(async () => {
  printer = await FakePrinter.start();
  th = await startTestHall({
    clock,
    beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 80 }),
    modules: (config, db, c) => {
      printing = createPrintingModule(db, config, c, { ...FAST });
      return [printing];
    },
  });
  await printing.manager.refresh(DEMO_PRINTER_ID);
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
});

afterAll(async () => {
  kiosk.close();
  await th.close();
  await printer.close();
});

/** Issues a ticket for `serviceId` and answers the lines the printer received for it. */
async function printedTicket(serviceId: string): Promise<{ number: string; lines: string[] }> {
  const before = printer.jobs().length;
  const printed = new Promise<PrintResultView>((resolve) => {
    const listener = (r: PrintResultView): void => {
      if (r.kind !== 'ticket') return;
      kiosk.off('print.result', listener);
      resolve(r);
    };
    kiosk.on('print.result', listener);
  });
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() })) as IssuedTicket;
  expect((await printed).outcome).toBe('printed');
  const lines = printedLines(printer.jobs()[before] ?? Buffer.alloc(0)).map((l) => l.trim()).filter((l) => l !== '');
  return { number: issued.ticket.number, lines };
}

test('the slip prints the time as "2026-11-30 16:48"', async () => {
  const { lines } = await printedTicket('company-registration');
  expect(lines).toContain('取号时间：2026-11-30 16:48');
  // No other spelling of the time (seconds, slashes, a 12-hour clock) anywhere on the slip.
  expect(lines.filter((l) => /16:48|4:48/.test(l))).toEqual(['取号时间：2026-11-30 16:48']);
});

test('a hall named like a centre prints the name once; a centre with its own name still prints it', async () => {
  const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
  const current = ok((await http<Record<string, unknown>>(th.url, 'GET', '/api/settings', { token: admin })).body);
  const sameName = '社会服务中心';
  const saved = await http(th.url, 'PUT', '/api/settings', { token: admin, body: { ...current, name: sameName } });
  expect(saved.status).toBe(200);

  // 社会服务中心 is also the name of the centre that 高龄津贴申领 belongs to.
  const shared = await printedTicket('elderly-allowance');
  expect(shared.lines.filter((l) => l.includes(sameName))).toEqual([sameName]);
  expect(shared.lines).toContain('高龄津贴申领');

  const other = await printedTicket('company-registration');
  expect(other.lines.filter((l) => l.includes(sameName))).toEqual([sameName]);
  expect(other.lines).toContain('行政审批服务中心');
});
