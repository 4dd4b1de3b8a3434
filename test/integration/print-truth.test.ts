/**
 * Printing that tells the truth, through the real server and a fake ESC/POS printer on 127.0.0.1:
 * a slip after which the printer reports paper end is failed (it may be cut short); a slip sent whole
 * but never confirmed is `uncertain`, and staff are told so; a reprint says 补打 with its time on the
 * paper, and after 登记办件 carries the 受理编号; tickets issued while their printer was down are listed for staff by number, with the
 * printer's name and its state now.
 */
import type { AlertView, PrintResultView } from '../../protocol/events';
import type { IssuedTicket, MissedSlipView } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { FakePrinter } from '../../testkit/fake-printer';
import { contains, gbk } from '../printers/bytes';
import { FAST } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { groupedMatterNumber } from '../../protocol/matters';

const PRINTER_NAME = '大厅左侧取号机打印机';

function printResult(socket: ClientSocket, ticketId: number): Promise<PrintResultView> {
  return new Promise((resolve) => {
    const listener = (r: PrintResultView): void => {
      if (r.ticketId !== ticketId || r.kind !== 'ticket') return;
      socket.off('print.result', listener);
      resolve(r);
    };
    socket.on('print.result', listener);
  });
}

describe('printing that tells the truth', () => {
  let printer: FakePrinter;
  let th: TestHall;
  let printing: PrintingModule;
  let kiosk: ClientSocket;
  let staff: ClientSocket;
  let log: EventLog;

  beforeEach(async () => {
    printer = await FakePrinter.start();
    th = await startTestHall({
      beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: PRINTER_NAME, url: printer.url, paperWidth: 80 }),
      modules: (config, db, clock) => {
        printing = createPrintingModule(db, config, clock, { ...FAST, writeTimeoutMs: 600 });
        return [printing];
      },
    });
    await printing.manager.refresh(DEMO_PRINTER_ID);
    kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    staff = await connect(th.url, { token: await login(th.url, 'staff') });
    log = new EventLog(staff);
  });

  afterEach(async () => {
    kiosk.close();
    staff.close();
    await th.close();
    await printer.close();
  });

  const issue = async (): Promise<IssuedTicket> =>
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
  const missed = async (): Promise<MissedSlipView[]> => ok(await send(staff, 'print.missedSlips', {})).slips;
  const failedAlert = async (number: string): Promise<AlertView | undefined> =>
    (await log.waitFor((e) => e.alert?.kind === 'print_failed' && e.alert.ticketNumber === number)).alert;

  it('paper end reported right after a slip: failed as possibly cut short, staff alerted by printer name, reprint offered', async () => {
    printer.behaviour = { kind: 'paper_ends_in_job' };
    const issued = await issue();
    expect(issued.print.status).toBe('queued');
    expect((await printResult(kiosk, issued.ticket.id)).outcome).toBe('failed');
    // The whole slip did reach the printer: the failure is about what came out, not about delivery.
    expect(printer.jobs()).toHaveLength(1);
    expect(await failedAlert(issued.ticket.number)).toMatchObject({
      printerId: DEMO_PRINTER_ID, printerName: PRINTER_NAME, failure: 'cut_short', ticketId: issued.ticket.id,
    });
    expect(await missed()).toEqual([expect.objectContaining({
      number: issued.ticket.number, reason: 'cut_short', uncertain: false, printerName: PRINTER_NAME, printerState: 'paper_out',
    })]);
  });

  it('a slip sent whole but never confirmed is uncertain, and the alert says so', async () => {
    printer.behaviour = { kind: 'status_only' };
    const issued = await issue();
    expect((await printResult(kiosk, issued.ticket.id)).outcome).toBe('uncertain');
    expect(await failedAlert(issued.ticket.number)).toMatchObject({ failure: 'unconfirmed', printerName: PRINTER_NAME });
    expect(await missed()).toEqual([expect.objectContaining({ number: issued.ticket.number, reason: 'unconfirmed', uncertain: true })]);
  });

  it('a printer that answers status but fails its slips stops being offered to the kiosk after two failures', async () => {
    printer.behaviour = { kind: 'status_only' };
    for (const outcome of ['uncertain', 'uncertain']) {
      const issued = await issue();
      expect(issued.print.status).toBe('queued');
      expect((await printResult(kiosk, issued.ticket.id)).outcome).toBe(outcome);
    }
    await log.waitFor((e) => e.alert?.kind === 'printer_state' && e.alert.state === 'error');
    // The kiosk is told before the resident takes a ticket, and shows it on screen instead.
    const third = await issue();
    expect(third.print.status).toBe('unavailable');
    expect(printer.jobs()).toHaveLength(2);
  });

  it('a reprint says 补打 with its time on the paper; the first slip does not', async () => {
    const issued = await issue();
    expect((await printResult(kiosk, issued.ticket.id)).outcome).toBe('printed');
    ok(await send(staff, 'ticket.reprint', { ticketId: issued.ticket.id }));
    await printing.manager.idle();
    const [first, again] = printer.jobs();
    expect(first && contains(first, gbk('补打'))).toBe(false);
    expect(again && contains(again, gbk('【补打】'))).toBe(true);
    expect(again && contains(again, gbk('补打时间：'))).toBe(true);
    expect(again && contains(again, Buffer.from(issued.ticket.number))).toBe(true);
  });

  it('a reprint after 登记办件 carries the 受理编号 and no longer tells the served resident to wait', async () => {
    const issued = await issue();
    expect((await printResult(kiosk, issued.ticket.id)).outcome).toBe('printed');
    ok(await send(staff, 'counter.open', { counterId: 4 }));
    ok(await send(staff, 'counter.callNext', { counterId: 4 }));
    ok(await send(staff, 'counter.start', { counterId: 4 }));
    ok(await send(staff, 'counter.finish', { counterId: 4 }));
    const matter = ok(await send(staff, 'matter.record', { ticketNumber: issued.ticket.number, phone: '13912345678', state: 'accepted' }));
    ok(await send(staff, 'ticket.reprint', { number: issued.ticket.number }));
    await printing.manager.idle();
    const [first, again] = printer.jobs();
    expect(first && contains(first, gbk('前面无人等候'))).toBe(true);
    expect(first && contains(first, gbk('受理编号'))).toBe(false);
    expect(again && contains(again, gbk('受理编号'))).toBe(true);
    // As the desk and the phone show it: BJ-4K7P-M2QX-9T.
    expect(again && contains(again, Buffer.from(groupedMatterNumber(matter.number)))).toBe(true);
    expect(again && contains(again, gbk('前面'))).toBe(false);
  });

  it('tickets issued while the printer is down are listed by number with the printer by name and its state now', async () => {
    printer.paper = 'paper_out';
    await printing.manager.refresh(DEMO_PRINTER_ID);
    const alert = await log.waitFor((e) => e.alert?.kind === 'printer_state' && e.alert.state === 'paper_out');
    expect(alert.alert).toMatchObject({ printerName: PRINTER_NAME });
    const a = await issue();
    const b = await issue();
    expect([a.print.status, b.print.status]).toEqual(['unavailable', 'unavailable']);
    const listed = await missed();
    expect(listed.map((s) => [s.number, s.reason, s.printerName, s.printerState])).toEqual([
      [a.ticket.number, 'unavailable', PRINTER_NAME, 'paper_out'],
      [b.ticket.number, 'unavailable', PRINTER_NAME, 'paper_out'],
    ]);

    // Paper back: the list shows the state now; a reprinted ticket leaves it.
    printer.paper = 'ok';
    await printing.manager.refresh(DEMO_PRINTER_ID);
    expect((await missed()).map((s) => s.printerState)).toEqual(['ok', 'ok']);
    ok(await send(staff, 'ticket.reprint', { ticketId: a.ticket.id }));
    await printing.manager.idle();
    expect((await missed()).map((s) => s.number)).toEqual([b.ticket.number]);
  });

  it('a staff member prints a 告知单 on a printer they choose, and must choose one', async () => {
    const none = await send(staff, 'notice.print', { serviceId: 'elderly-allowance' });
    expect(none.ok ? null : none.error).toMatchObject({ code: 'BAD_REQUEST', fields: ['printerId'] });
    const sent = ok(await send(staff, 'notice.print', { serviceId: 'elderly-allowance', printerId: DEMO_PRINTER_ID }));
    expect(sent.print).toEqual({ status: 'queued', printerId: DEMO_PRINTER_ID });
    await printing.manager.idle();
    expect(printer.jobs().some((bytes) => contains(bytes, gbk('一次性告知单')))).toBe(true);
  });
});
