/**
 * The kiosk's links to a real hall: who the kiosk is (the `device` of its own snapshot), whether its
 * printer can print (the snapshot's printer states, kept current by hall events), and the printer's
 * answer for a ticket slip heard however early it comes. A fake ESC/POS printer stands in for the
 * hardware; everything else is the real server on 127.0.0.1.
 */
import { createHallStream, type HallStream } from '../../protocol/client/hall-stream';
import type { IssuedTicket } from '../../protocol/views';
import { kioskDeviceOf } from '../../kiosk-ui/src/device/kiosk-device';
import { slipReadiness } from '../../kiosk-ui/src/device/slip-readiness';
import { watchTicketPrints } from '../../kiosk-ui/src/print-results';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { FakePrinter } from '../../testkit/fake-printer';
import { PATIENT } from '../printers/harness';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { idemKey } from '../../testkit/clients';

/** Resolves once `check` holds, re-checking on every change the source reports. */
function until<S>(source: { state: S; subscribe(l: (s: S) => void): () => void }, check: (s: S) => boolean): Promise<S> {
  return new Promise((resolve) => {
    if (check(source.state)) return resolve(source.state);
    const stop = source.subscribe((s) => {
      if (!check(s)) return;
      stop();
      resolve(s);
    });
  });
}

describe('kiosk wiring against a real hall', () => {
  let th: TestHall;
  let printer: FakePrinter;
  let printing: PrintingModule | null = null;
  let stream: HallStream;

  beforeAll(async () => {
    printer = await FakePrinter.start();
    th = await startTestHall({
      beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 80 }),
      modules: (config, db, clock) => {
        printing = createPrintingModule(db, config, clock, PATIENT);
        return [printing];
      },
    });
    await printing?.manager.refresh(DEMO_PRINTER_ID);
    stream = createHallStream({ url: th.url, auth: { deviceKey: th.kioskKey } });
  });

  afterAll(async () => {
    stream.close();
    await th.close();
    await printer.close();
  });

  it('knows its printer and sees it stop and come back before a resident takes a ticket', async () => {
    const online = await until(stream, (s) => s.snapshot !== null);
    const me = online.snapshot ? kioskDeviceOf(online.snapshot) : null;
    expect(me).toEqual({ deviceId: expect.any(Number), printerId: DEMO_PRINTER_ID });
    const ready = await until(stream, (s) => s.snapshot !== null && slipReadiness(s.snapshot.printers, me) === 'ready');
    expect(ready.status).toBe('online');

    printer.paper = 'paper_out';
    await printing?.manager.refresh(DEMO_PRINTER_ID);
    await until(stream, (s) => s.snapshot !== null && slipReadiness(s.snapshot.printers, me) === 'cannot');

    printer.paper = 'ok';
    await printing?.manager.refresh(DEMO_PRINTER_ID);
    await until(stream, (s) => s.snapshot !== null && slipReadiness(s.snapshot.printers, me) === 'ready');
  });

  it('hears the printer answer for a ticket slip, even one that comes before any screen listens', async () => {
    const prints = watchTicketPrints(stream.socket);
    await until(stream, (s) => s.status === 'online');
    const result = await stream.send('ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() });
    if (!result.ok) throw new Error(result.error.code);
    const issued: IssuedTicket = result.data;
    expect(issued.print.status).toBe('queued');
    const outcomes = await until(prints, (s) => s.has(issued.ticket.id));
    expect(outcomes.get(issued.ticket.id)).toBe('printed');
    expect(printer.jobs().length).toBeGreaterThan(0);
  });
});
