/**
 * The slip as plain text, one printed line per line, positioned on the paper's cell grid (a Chinese
 * character takes two columns, as in a terminal). For logs, tests and technicians without an image
 * viewer.
 */
import type { Align, Block, PrintDocument } from '../layout/blocks';
import { paperColumns } from '../layout/paper';
import { textCells } from '../layout/columns';

function place(text: string, align: Align, columns: number): string {
  const spare = Math.max(0, columns - textCells(text));
  if (align === 'center') return ' '.repeat(Math.floor(spare / 2)) + text;
  if (align === 'right') return ' '.repeat(spare) + text;
  return text;
}

function linesFor(block: Block, columns: number): string[] {
  switch (block.kind) {
    case 'text': return [place(block.text, block.align, columns)];
    case 'big': return ['', place(block.text, 'center', columns), ''];
    case 'rule': return ['-'.repeat(columns)];
    case 'qr': return [place(`[QR] ${block.data}`, 'center', columns)];
    case 'mongolian': return [place(block.text, block.align, columns)];
    case 'feed': return Array.from({ length: block.lines }, () => '');
    case 'cut': return ['', '='.repeat(columns)];
  }
}

export function renderPreviewText(doc: PrintDocument): string {
  const columns = paperColumns(doc.paperWidth);
  return `${doc.blocks.flatMap((block) => linesFor(block, columns)).join('\n')}\n`;
}
