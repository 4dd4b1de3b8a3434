/**
 * Printing through the real server: a kiosk's ticket reaches its ESC/POS printer (a fake one on
 * 127.0.0.1) exactly once; a printer that cannot print is reported before the resident takes a ticket,
 * the ticket is still issued, staff get an alert, and the printer coming back clears the state.
 */
import type { HallSnapshot, IssuedTicket } from '../../protocol/views';
import type { PrintResultView } from '../../protocol/events';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { FakePrinter } from '../../testkit/fake-printer';
import { contains, gbk, qrStoredData, rasterImages } from '../printers/bytes';
import { FAST } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { storeGuide } from '../../server/db/queries/guides';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { ticketCount } from '../support/state';
import type { ServiceGuide } from '../../protocol/guide';

const GUIDE: ServiceGuide = {
  serviceId: 'elderly-allowance', summary: '高龄津贴申领', basis: ['依据'], conditions: ['年满80周岁'],
  materials: [
    { name: '居民身份证', form: 'original_and_copy', copies: 1, issuer: '公安机关' },
    { name: '户口簿', form: 'original', copies: 1, issuer: '公安机关' },
    { name: '银行卡复印件', form: 'copy', copies: 2, issuer: '开户银行' },
  ],
  process: ['受理'], legalTimeLimit: '20个工作日', promisedTimeLimit: '10个工作日', fees: '', place: '一楼4号窗口',
  hours: '工作日', phone: '0472-5000000', supervision: '12345', commitments: ['一次告知'], discipline: ['不刁难'],
  faq: [], samples: [], sampleContent: true,
  authority: '青山区民政局', itemCode: '', itemType: 'benefit', visits: 1, result: '高龄津贴', resultSample: null, noticeNotes: [],
};

function waitPrintResult(socket: ClientSocket, ticketId: number): Promise<PrintResultView> {
  return new Promise((resolve) => {
    const listener = (r: PrintResultView): void => {
      if (r.ticketId !== ticketId || r.kind !== 'ticket') return;
      socket.off('print.result', listener);
      resolve(r);
    };
    socket.on('print.result', listener);
  });
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('printing through the hall server', () => {
  let printer: FakePrinter;
  let th: TestHall;
  let printing: PrintingModule;
  let kiosk: ClientSocket;
  let staff: ClientSocket;
  let log: EventLog;

  beforeEach(async () => {
    printer = await FakePrinter.start();
    th = await startTestHall({
      beforeStart: (db) => {
        savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 80 });
        storeGuide(db, GUIDE);
      },
      modules: (config, db, clock) => {
        printing = createPrintingModule(db, config, clock, { ...FAST, statusIntervalMs: 60_000 });
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

  it('a kiosk ticket reaches its printer once, in Chinese mode, with QR, Mongolian raster and cut', async () => {
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(issued.print).toEqual({ status: 'queued', printerId: DEMO_PRINTER_ID });
    const result = await waitPrintResult(kiosk, issued.ticket.id);
    expect(result.outcome).toBe('printed');

    const jobs = printer.jobs();
    expect(jobs).toHaveLength(1);
    const bytes = jobs[0] ?? Buffer.alloc(0);
    expect(contains(bytes, [0x1c, 0x26])).toBe(true);
    expect(contains(bytes, gbk('高龄津贴申领'))).toBe(true);
    expect(contains(bytes, Buffer.from('E001', 'ascii'))).toBe(true);
    expect(qrStoredData(bytes)?.toString('ascii')).toBe(issued.trackUrl);
    // The rating code a kiosk asks for is printed right after the QR code, before the rules.
    expect(issued.ratingCode).toMatch(/^[0-9]{6}$/);
    const codeAt = bytes.indexOf(gbk(`评价码：${issued.ratingCode ?? ''}`));
    expect(codeAt).toBeGreaterThan(bytes.indexOf(Buffer.from(issued.trackUrl, 'ascii')));
    expect(codeAt).toBeLessThan(bytes.indexOf(gbk('请妥善保管本票')));
    const images = rasterImages(bytes);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.rowBytes * 8).toBeLessThanOrEqual(576);
      expect(image.rows).toBeGreaterThan(0);
      expect(image.data.some((b) => b !== 0)).toBe(true);
    }
    expect(contains(bytes, [0x1d, 0x56])).toBe(true);

    // A retry of the same tap prints nothing more.
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: 'same-key-twice' }));
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: 'same-key-twice' }));
    await printing.manager.idle();
    expect(printer.jobs()).toHaveLength(2);
  });

  it("a slip's job is written in its ticket's transaction: kept exactly when the ticket is, and printed once", async () => {
    const jobsOf = (ticketId: number): { status: string }[] =>
      th.hall.db.prepare('SELECT status FROM print_jobs WHERE ticket_id = ?').all(ticketId) as { status: string }[];
    // A listener later in the same transaction already finds the job of the ticket just issued.
    const seen: { status: string }[][] = [];
    let failNext = false;
    th.hall.bus.beforeCommit((outbox) => {
      for (const ticketId of outbox.tickets.keys()) seen.push(jobsOf(ticketId));
      if (failNext) throw new Error('the command fails after its slip was recorded');
    });
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(seen).toEqual([[{ status: 'queued' }]]);
    expect((await waitPrintResult(kiosk, issued.ticket.id)).outcome).toBe('printed');
    expect(jobsOf(issued.ticket.id)).toEqual([{ status: 'printed' }]);

    // A command rolled back after its slip was recorded leaves neither ticket nor job, and prints nothing.
    const tickets = ticketCount(th.hall.db);
    const jobs = th.hall.db.prepare('SELECT COUNT(*) AS n FROM print_jobs').get() as { n: number };
    failNext = true;
    const refused = await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(ticketCount(th.hall.db)).toBe(tickets);
    expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM print_jobs').get()).toEqual(jobs);
    await printing.manager.idle();
    expect(printer.jobs()).toHaveLength(1);
  });

  it('the 告知单 printed with a ticket lists every material of the service', async () => {
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey(), withNotice: true })) as IssuedTicket;
    expect(issued.print.status).toBe('queued');
    await until(() => printer.jobs().length === 2, 'two jobs');
    const notice = printer.jobs()[1] ?? Buffer.alloc(0);
    for (const m of GUIDE.materials) expect(contains(notice, gbk(m.name))).toBe(true);
    expect(contains(notice, gbk('不收费'))).toBe(true);
    // And on its own, without a ticket.
    ok(await send(kiosk, 'notice.print', { serviceId: 'elderly-allowance' }));
    await until(() => printer.jobs().length === 3, 'the notice alone');
  });

  it('paper out: the kiosk knows before issuing, the ticket still exists, staff are alerted, recovery clears it', async () => {
    printer.paper = 'paper_out';
    await printing.manager.refresh(DEMO_PRINTER_ID);
    const alert = await log.waitFor((e) => e.alert?.kind === 'printer_state' && e.alert.state === 'paper_out');
    expect(alert.printers?.[0]).toMatchObject({ printerId: DEMO_PRINTER_ID, state: 'paper_out' });

    const snap = ok(await send(kiosk, 'hall.snapshot', {})) as HallSnapshot;
    expect(snap.printers.find((p) => p.printerId === DEMO_PRINTER_ID)?.state).toBe('paper_out');
    expect(snap.printers[0]?.kioskIds.length).toBe(2);

    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(issued.print.status).toBe('unavailable');
    expect(issued.ticket.number).toBe('E001');
    expect(ticketCount(th.hall.db)).toBe(1);
    await printing.manager.idle();
    expect(printer.jobs()).toHaveLength(0);

    printer.paper = 'ok';
    await printing.manager.refresh(DEMO_PRINTER_ID);
    await log.waitFor((e) => !!e.printers?.some((p) => p.state === 'ok'));
    const next = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(next.print.status).toBe('queued');
    expect((await waitPrintResult(kiosk, next.ticket.id)).outcome).toBe('printed');
  });

  it('a refused printer is offline; a hanging one leaves the job uncertain once, raises an alert, and the server keeps serving', async () => {
    await printer.refuse();
    await printing.manager.refresh(DEMO_PRINTER_ID);
    const refused = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(refused.print.status).toBe('unavailable');
    await printer.accept();
    await printing.manager.refresh(DEMO_PRINTER_ID);

    printer.behaviour = { kind: 'hang' };
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(issued.print.status).toBe('queued');
    const health = await http(th.url, 'GET', '/healthz');
    expect(health.status).toBe(200);
    const result = await waitPrintResult(kiosk, issued.ticket.id);
    // Every byte was handed to the printer, which never confirmed: it may have printed.
    expect(result.outcome).toBe('uncertain');
    const alert = await log.waitFor((e) => e.alert?.kind === 'print_failed');
    expect(alert.alert?.ticketNumber).toBe(issued.ticket.number);
    const jobConnections = printer.connections.filter((c) => c.bytes.length > 0 && c.bytes.length > 30);
    expect(jobConnections.length).toBeLessThanOrEqual(1);
    expect(ticketCount(th.hall.db)).toBe(2);
  });

  it('staff reprint a ticket of the day on the kiosk printer', async () => {
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    await waitPrintResult(kiosk, issued.ticket.id);
    const again = ok(await send(staff, 'ticket.reprint', { ticketId: issued.ticket.id }));
    expect(again.print.status).toBe('queued');
    await until(() => printer.jobs().length === 2, 'the reprint');
    expect(contains(printer.jobs()[1] ?? Buffer.alloc(0), Buffer.from('E001'))).toBe(true);
    // Staff read the number off a resident's slip: today's ticket is found by it.
    ok(await send(staff, 'ticket.reprint', { number: 'E001' }));
    await until(() => printer.jobs().length === 3, 'the reprint by number');
    const missing = await send(staff, 'ticket.reprint', { number: 'E999' });
    expect(missing.ok ? null : missing.error.code).toBe('TICKET_NOT_FOUND');
  });
});
