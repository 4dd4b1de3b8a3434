/**
 * Text width in font-A cells, and wrapping to the paper. In Chinese mode a printer lays out text by
 * bytes: a GBK double-byte character takes two cells, an ASCII byte one. Characters outside GBK are
 * rastered by the encoder at about the same two-cell width, so the count holds for them too.
 */
/** Joins characters that should not be split across lines (e.g. "5号窗口"); never printed. */
export const KEEP_TOGETHER = '\u2060';

export function keepTogether(text: string): string {
  return [...text].join(KEEP_TOGETHER);
}

export function charCells(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === KEEP_TOGETHER) return 0;
  if (code < 0x80) return 1;
  // In code page 936 only the euro sign (0x80) is a single non-ASCII byte.
  return char === '€' ? 1 : 2;
}

export function textCells(text: string): number {
  let cells = 0;
  for (const char of text) cells += charCells(char);
  return cells;
}

/**
 * Line-breaking rules (禁则): closing punctuation never starts a line — it stays with the character
 * before it — and an opening bracket or quote never ends a line — it goes down with what it opens.
 */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉…—’”,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（《「『【〔〈‘“([{']);

/**
 * Units that wrap as a whole: characters joined by KEEP_TOGETHER, runs of printable ASCII (phone
 * numbers, URLs, ticket numbers), single spaces, single other characters.
 */
function tokens(text: string): string[] {
  return text.match(/[^\s\u2060](?:\u2060[^\s\u2060])+|[\x21-\x7e]+|\s|[^\x00-\x7f]/gu) ?? [];
}

export interface WrapOptions {
  /** Cells of spaces before the first line. */
  firstIndent?: number;
  /** Cells of spaces before every following line (a hanging indent). */
  indent?: number;
}

/** Lines of at most `width` cells, KEEP_TOGETHER marks removed. */
export function wrapCells(text: string, width: number, options: WrapOptions = {}): string[] {
  const indent = Math.min(options.indent ?? 0, Math.floor(width / 2));
  const lines: string[] = [];
  let line = ' '.repeat(Math.min(options.firstIndent ?? 0, Math.floor(width / 2)));

  const hasText = (): boolean => line.trim() !== '';
  /** Ends the line; `carry` (characters taken off its end) begins the next. */
  const flush = (carry = ''): void => {
    lines.push(line.trimEnd());
    line = ' '.repeat(indent) + carry;
  };
  /**
   * Ends the line so that the next may begin with `next`: closing punctuation takes the character it
   * follows down with it, and opening brackets at the end go down to what they open. When that would
   * leave nothing on the line, it breaks where it is.
   */
  const breakBefore = (next: string): void => {
    const chars = [...line.trimEnd()];
    let cut = chars.length;
    if (NO_LINE_START.has([...next][0] ?? '')) {
      while (cut > 0 && NO_LINE_START.has(chars[cut - 1] ?? '')) cut -= 1;
      cut -= 1;
    }
    while (cut > 0 && NO_LINE_END.has(chars[cut - 1] ?? '')) cut -= 1;
    const kept = chars.slice(0, Math.max(0, cut)).join('');
    if (cut <= 0 || kept.trim() === '') {
      flush();
      return;
    }
    line = kept;
    flush(chars.slice(cut).join(''));
  };

  for (const raw of tokens(text.replace(/\s+/g, ' ').trim())) {
    const token = raw.split(KEEP_TOGETHER).join('');
    const cells = textCells(token);
    if (textCells(line) + cells <= width) {
      if (token !== ' ' || hasText()) line += token;
      continue;
    }
    if (token === ' ') {
      breakBefore('');
      continue;
    }
    if (cells > width - indent) {
      // Longer than any line: break it where it reaches the edge.
      for (const char of token) {
        if (textCells(line) + charCells(char) > width && hasText()) flush();
        line += char;
      }
      continue;
    }
    if (hasText()) breakBefore(token);
    line += token;
  }
  if (hasText()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}
