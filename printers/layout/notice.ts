/**
 * The 告知单 (一次性告知): every material with its form, copies and issuing body, then time limit,
 * fees (never blank), place and phone. The title, the service, the headings, each material's name and the
 * legal basis carry their Mongolian above the Chinese (local rule); the guide's own free texts (time limits,
 * place, notes) are written in Chinese by the hall and print in Chinese.
 */
import type { MaterialForm, NoticeSlip, PaperWidth } from '../types';
import type { Block } from './blocks';
import { SlipBuilder } from './slip-builder';
import { localDateTime } from './local-time';
import { catalogPrintMessages, type PrintMessageKey, type PrintMessageLookup } from './texts';

const FORM_KEYS: Record<MaterialForm, PrintMessageKey> = {
  original: 'print.notice.form.original',
  copy: 'print.notice.form.copy',
  original_and_copy: 'print.notice.form.original_and_copy',
};

export function layoutNotice(
  slip: NoticeSlip,
  paperWidth: PaperWidth,
  messages: PrintMessageLookup = catalogPrintMessages,
): Block[] {
  const b = new SlipBuilder(paperWidth, messages);

  b.mongolian(slip.hallNameMn, 'heading');
  b.heading(slip.hallName);
  b.bilingual('print.notice.title', undefined, { scale: 2, bold: true, align: 'center' });
  if (slip.serviceNameMn.trim() !== '') b.mongolian(b.mn('print.notice.service', { name: slip.serviceNameMn }), 'body', 'left');
  b.paragraph(b.zh('print.notice.service', { name: slip.serviceName }), { bold: true, indent: 2 });
  b.rule();

  if (slip.materials.length === 0) {
    b.bilingual('print.notice.noMaterials', undefined);
  } else {
    b.bilingual('print.notice.materials', { n: slip.materials.length }, { bold: true });
    slip.materials.forEach((material, i) => {
      if (material.nameMn.trim() !== '') {
        b.mongolian(b.mn('print.notice.materialItem', { index: i + 1, name: material.nameMn.trim() }), 'body', 'left');
      }
      b.paragraph(b.zh('print.notice.materialItem', { index: i + 1, name: material.name }), { bold: true, indent: 3 });
      const detail = b.zh('print.notice.materialDetail', {
        form: b.zh(FORM_KEYS[material.form]),
        copies: b.zh('print.notice.copies', { n: material.copies }),
      });
      b.paragraph(detail, { firstIndent: 3, indent: 3 });
      const issuer = material.issuer.trim() === ''
        ? b.zh('print.notice.issuerSelf')
        : b.zh('print.notice.issuer', { issuer: material.issuer });
      b.paragraph(issuer, { firstIndent: 3, indent: 3 });
      if (material.note.trim() !== '') b.paragraph(b.zh('print.notice.note', { note: material.note.trim() }), { firstIndent: 3, indent: 3 });
    });
  }
  if (slip.notes.length > 0) {
    b.bilingual('print.notice.notes', undefined, { bold: true });
    for (const note of slip.notes) b.paragraph(note, { firstIndent: 3, indent: 3 });
  }
  b.rule();

  const free = slip.fees.trim() === '';
  const fees = free ? b.zh('print.notice.free') : slip.fees;
  if (slip.result.trim() !== '') b.paragraph(b.zh('print.notice.result', { text: slip.result }), { indent: 2 });
  b.bilingual('print.notice.visits', { n: slip.visits }, { indent: 2 });
  b.paragraph(b.zh('print.notice.timeLimit', { text: slip.timeLimit }), { indent: 2 });
  if (free) b.mongolian(b.mn('print.notice.fees', { text: b.mn('print.notice.free') }), 'body', 'left');
  b.paragraph(b.zh('print.notice.fees', { text: fees }), { indent: 2 });
  b.paragraph(b.zh('print.notice.place', { text: slip.place }), { indent: 2 });
  b.paragraph(b.zh('print.notice.phone', { text: slip.phone }), { indent: 2 });
  b.rule();
  b.bilingual('print.notice.basis', undefined);
  b.paragraph(b.zh('print.notice.printedAt', { time: localDateTime(slip.printedAt, slip.timezone) }));
  b.cut();
  return b.blocks;
}
