/** The technician's test page: bilingual hall name, Chinese paragraph, character-set lines, a QR. */
import type { PaperWidth, TestSlip } from '../types';
import type { Block } from './blocks';
import { SlipBuilder } from './slip-builder';
import { localDateTime } from './local-time';
import { catalogPrintMessages, type PrintMessageLookup } from './texts';

/** Machine data for the test QR: ASCII, and it tells which paper width the page was laid out for. */
export function testQrData(paperWidth: PaperWidth): string {
  return `PRINT-TEST-${paperWidth}MM-0123456789`;
}

export function layoutTestPage(
  slip: TestSlip,
  paperWidth: PaperWidth,
  messages: PrintMessageLookup = catalogPrintMessages,
): Block[] {
  const b = new SlipBuilder(paperWidth, messages);
  b.mongolian(slip.hallNameMn, 'heading');
  b.heading(slip.hallName);
  b.bilingual('print.test.title', undefined, { scale: 2, bold: true, align: 'center' });
  b.rule();
  b.paragraph(b.zh('print.test.sample'));
  b.rule();
  b.paragraph(b.zh('print.test.charset'), { bold: true });
  b.paragraph(b.zh('print.test.ascii'));
  b.paragraph(b.zh('print.test.symbols'));
  b.rule();
  const data = testQrData(paperWidth);
  b.qr(data);
  b.paragraph(b.zh('print.test.qr', { data }), { align: 'center' });
  b.rule();
  b.paragraph(b.zh('print.test.printer', { printer: slip.printerLabel, width: paperWidth }));
  b.paragraph(b.zh('print.test.time', { time: localDateTime(slip.printedAt, slip.timezone) }));
  b.cut();
  return b.blocks;
}
