/**
 * The printed 告知单 carries every material note the kiosk shows (e.g. "共同生活的家庭成员各1份",
 * "监护人代办时提交"): every demo service's notice is printed through the real server to a fake ESC/POS
 * printer on 127.0.0.1, the bytes are decoded back to text, and each note must be there.
 */
import type { PrintResultView } from '../../protocol/events';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, ok, send, type ClientSocket } from '../../testkit/clients';
import { FakePrinter } from '../../testkit/fake-printer';
import { printedLines } from '../printers/bytes';
import { PATIENT } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { DEMO_GUIDES } from '../../server/demo/guides';

const squeeze = (text: string): string => text.replace(/\s+/g, '');

let printer: FakePrinter;
let th: TestHall;
let printing: PrintingModule;
let kiosk: ClientSocket;

beforeAll(async () => {
  printer = await FakePrinter.start();
  th = await startTestHall({
    beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 58 }),
    modules: (config, db, clock) => {
      // What this proves is the slip's text, not how fast a printer confirms it.
      printing = createPrintingModule(db, config, clock, PATIENT);
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

function noticePrinted(): Promise<PrintResultView> {
  return new Promise((resolve) => {
    const listener = (r: PrintResultView): void => {
      if (r.kind !== 'notice') return;
      kiosk.off('print.result', listener);
      resolve(r);
    };
    kiosk.on('print.result', listener);
  });
}

test('every material note of every service is on the printed 告知单', async () => {
  const withNotes = DEMO_GUIDES.filter((g) => g.materials.some((m) => (m.note ?? '').trim() !== ''));
  let checked = 0;
  for (const guide of withNotes) {
    const before = printer.jobs().length;
    const answered = noticePrinted();
    ok(await send(kiosk, 'notice.print', { serviceId: guide.serviceId }));
    expect((await answered).outcome).toBe('printed');
    const text = squeeze(printedLines(printer.jobs()[before] ?? Buffer.alloc(0)).join(''));
    for (const material of guide.materials) {
      if (!material.note) continue;
      expect([guide.serviceId, material.name, text.includes(squeeze(material.note))]).toEqual([guide.serviceId, material.name, true]);
      checked += 1;
    }
  }
  // The demo hall's guides carry dozens of notes; all of them were looked for.
  expect(checked).toBe(DEMO_GUIDES.flatMap((g) => g.materials).filter((m) => (m.note ?? '').trim() !== '').length);
  expect(checked).toBeGreaterThan(0);
});
