/**
 * How a 政务公开 board's plain text reads on screen: paragraphs separated by a blank line, and lines
 * starting with "- " (or "• ") or "1. " (also "1、") as items of a list. Pure, so the kiosk and the
 * console's preview read a board the same way.
 */
export type BoardBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const BULLET = /^\s*[-•·]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}\s*[.、．)）]\s*(.*)$/;

function itemOf(line: string): { ordered: boolean; text: string } | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(line);
  return numbered ? { ordered: true, text: numbered[1] ?? '' } : null;
}

export function boardBlocks(body: string): BoardBlock[] {
  const blocks: BoardBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') {
      endParagraph();
      continue;
    }
    const item = itemOf(line);
    if (!item) {
      paragraph.push(line.trim());
      continue;
    }
    endParagraph();
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'list' && last.ordered === item.ordered) last.items.push(item.text);
    else blocks.push({ kind: 'list', ordered: item.ordered, items: [item.text] });
  }
  endParagraph();
  return blocks;
}
