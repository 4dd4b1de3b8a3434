/**
 * The 号票: hall, centre and service, the number, the wait (while the ticket waits) or the 受理编号 (on a
 * reprint after 登记办件), the QR, the rules. By the local rule each line
 * a resident reads first has its Mongolian above the Chinese (a raster line; see SlipBuilder.mongolian);
 * configured names without Mongolian print in Chinese alone.
 */
import type { PaperWidth, TicketSlip } from '../types';
import type { Block } from './blocks';
import { SlipBuilder } from './slip-builder';
import { localDateTime } from './local-time';
import { keepTogether } from './columns';
import { catalogPrintMessages, type PrintMessageLookup } from './texts';

export function layoutTicket(
  slip: TicketSlip,
  paperWidth: PaperWidth,
  messages: PrintMessageLookup = catalogPrintMessages,
): Block[] {
  const b = new SlipBuilder(paperWidth, messages);

  b.mongolian(slip.hallNameMn, 'heading');
  b.heading(slip.hallName);
  // A hall named like one of its centres (a one-centre hall, or the centre that hosts the others) gets
  // its name once: the centre line would only repeat the heading.
  if (!sameName(slip.centreName, slip.hallName)) {
    b.mongolian(slip.centreNameMn);
    b.paragraph(slip.centreName, { align: 'center' });
  }
  b.mongolian(slip.serviceNameMn);
  b.paragraph(slip.serviceName, { align: 'center', bold: true });
  b.rule();

  b.bilingual('print.ticket.numberLabel', undefined, { align: 'center' });
  b.bigNumber(slip.number);
  if (slip.reprintedAt !== null) {
    // Large and first under the number: a second slip of one ticket is never read as a second ticket.
    b.paragraph(b.zh('print.ticket.reprint'), { scale: 2, bold: true, align: 'center' });
    b.paragraph(b.zh('print.ticket.reprintedAt', { time: localDateTime(slip.reprintedAt, slip.timezone) }), { bold: true, align: 'center' });
  }
  if (slip.priorityLabel !== null) {
    const mark = slip.priorityLabel.trim() === ''
      ? b.zh('print.ticket.priorityPlain')
      : b.zh('print.ticket.priority', { reason: slip.priorityLabel });
    b.paragraph(mark, { align: 'center', bold: true });
  }
  b.rule();

  b.paragraph(b.zh('print.ticket.issuedAt', { time: localDateTime(slip.arrivedAt, slip.timezone) }));
  if (slip.waiting) waitLines(b, slip);
  if (slip.matterNumber !== null) {
    b.bilingual('print.ticket.matterNumber', undefined, { align: 'center' });
    b.paragraph(slip.matterNumber, { scale: 2, bold: true, align: 'center' });
  }

  b.qr(slip.trackUrl);
  b.bilingual(slip.matterNumber !== null ? 'print.ticket.scanForMatter' : slip.waiting ? 'print.ticket.scanToTrack' : 'print.ticket.scanToView',
    undefined, { align: 'center' });
  if (slip.ratingCode !== null) {
    // The second factor of a kiosk rating: only the holder of this slip can read it.
    b.paragraph(b.zh('print.ticket.ratingCode', { code: slip.ratingCode }), { align: 'center', bold: true });
    b.paragraph(b.zh('print.ticket.ratingCodeHint'), { align: 'center' });
  }
  b.rule();

  if (slip.waiting) b.paragraph(slip.reminder.trim() === '' ? b.zh('print.ticket.reminderDefault') : slip.reminder);
  if (slip.complaintPhone.trim() !== '') {
    b.paragraph(b.zh('print.ticket.complaintPhone', { phone: slip.complaintPhone }));
  }
  b.bilingual('print.ticket.keep', undefined, { align: 'center' });
  b.cut();
  return b.blocks;
}

/** How long the wait is and where the resident will be called. */
function waitLines(b: SlipBuilder, slip: TicketSlip): void {
  if (slip.peopleAhead > 0) {
    b.bilingual('print.ticket.peopleAhead', { n: slip.peopleAhead }, { bold: true });
    if (slip.estimateMinutes !== null && slip.estimateMinutes > 0) {
      b.paragraph(b.zh('print.ticket.estimate', { n: Math.ceil(slip.estimateMinutes) }));
    }
  } else {
    b.bilingual('print.ticket.nobodyAhead', undefined, { bold: true });
  }
  if (slip.counterNames.length > 0) {
    // Each window name stays on one line ("5号窗口", never "5号窗 / 口").
    const counters = slip.counterNames.map(keepTogether).join(b.zh('print.ticket.counterSeparator'));
    b.paragraph(b.zh('print.ticket.counters', { counters }), { indent: 2 });
  }
}

/** Whether the centre line would say nothing the heading does not (blank, or the same name). */
function sameName(centreName: string, hallName: string): boolean {
  const centre = centreName.replace(/\s+/g, '');
  return centre === '' || centre === hallName.replace(/\s+/g, '');
}
