/** The 号票: hall (Mongolian above Chinese), service, the number, the wait, the QR, the rules. */
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
  b.paragraph(slip.centreName, { align: 'center' });
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
  if (slip.peopleAhead > 0) {
    b.paragraph(b.zh('print.ticket.peopleAhead', { n: slip.peopleAhead }), { bold: true });
    if (slip.estimateMinutes !== null && slip.estimateMinutes > 0) {
      b.paragraph(b.zh('print.ticket.estimate', { n: Math.ceil(slip.estimateMinutes) }));
    }
  } else {
    b.paragraph(b.zh('print.ticket.nobodyAhead'), { bold: true });
  }
  if (slip.counterNames.length > 0) {
    // Each window name stays on one line ("5号窗口", never "5号窗 / 口").
    const counters = slip.counterNames.map(keepTogether).join(b.zh('print.ticket.counterSeparator'));
    b.paragraph(b.zh('print.ticket.counters', { counters }), { indent: 2 });
  }

  b.qr(slip.trackUrl);
  b.paragraph(b.zh('print.ticket.scanToTrack'), { align: 'center' });
  if (slip.ratingCode !== null) {
    // The second factor of a kiosk rating: only the holder of this slip can read it.
    b.paragraph(b.zh('print.ticket.ratingCode', { code: slip.ratingCode }), { align: 'center', bold: true });
    b.paragraph(b.zh('print.ticket.ratingCodeHint'), { align: 'center' });
  }
  b.rule();

  const reminder = slip.reminder.trim() === '' ? b.zh('print.ticket.reminderDefault') : slip.reminder;
  b.paragraph(reminder);
  if (slip.complaintPhone.trim() !== '') {
    b.paragraph(b.zh('print.ticket.complaintPhone', { phone: slip.complaintPhone }));
  }
  b.paragraph(b.zh('print.ticket.keep'), { align: 'center' });
  b.cut();
  return b.blocks;
}
