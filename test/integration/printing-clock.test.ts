/**
 * Printing runs on the hall's clock, not the machine's: printer states and print jobs carry the
 * hall's time, so a test clock (or a hall whose clock is corrected) sees one time everywhere. A slip
 * result reaches the kiosk through the broadcaster.
 */
import type { IssuedTicket } from '../../protocol/views';
import type { PrintResultView } from '../../protocol/events';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { PATIENT } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { ManualClock, beijing } from '../support/clock';

let th: TestHall;
let printing: PrintingModule;
const clock = new ManualClock(beijing('2026-03-02T09:00:00'));

beforeEach(async () => {
  th = await startTestHall({
    clock,
    modules: (config, db, hallClock) => {
      printing = createPrintingModule(db, config, hallClock, PATIENT);
      return [printing];
    },
  });
});
afterEach(async () => th.close());

it('printer states carry the hall clock’s time, and the slip result reaches the kiosk', async () => {
  clock.advance(90_000);
  await printing.manager.refresh(DEMO_PRINTER_ID);
  const staff = await connect(th.url, { token: await login(th.url, 'staff') });
  const snapshot = ok(await send(staff, 'hall.snapshot', {}));
  expect(snapshot.printers.find((p) => p.printerId === DEMO_PRINTER_ID)).toMatchObject({ state: 'ok', checkedAt: clock.now() });

  const kiosk: ClientSocket = await connect(th.url, { deviceKey: th.kioskKey });
  const result = new Promise<PrintResultView>((resolve) => kiosk.once('print.result', resolve));
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
  expect(await result).toMatchObject({ ticketId: issued.ticket.id, kind: 'ticket', outcome: 'printed' });
  expect(issued.ticket.arrivedAt).toBe(clock.now());
  kiosk.close();
  staff.close();
});
