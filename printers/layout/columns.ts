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

/** Closing punctuation must not start a line (禁则): it stays with the character before it. */
const NO_LINE_START = new Set([...',。、;:?!)》」』】〕…—,.;:?!)]%']);

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

  const flush = (): void => {
    lines.push(line.trimEnd());
    line = ' '.repeat(indent);
  };
  const hasText = (): boolean => line.trim() !== '';

  for (const raw of tokens(text.replace(/\s+/g, ' ').trim())) {
    const token = raw.split(KEEP_TOGETHER).join('');
    const cells = textCells(token);
    if (textCells(line) + cells <= width) {
      if (token !== ' ' || hasText()) line += token;
      continue;
    }
    if (token === ' ') {
      flush();
      continue;
    }
    if (NO_LINE_START.has(token) && [...line.trim()].length > 1) {
      // Carry the last character down with the punctuation rather than start a line with it.
      const chars = [...line.trimEnd()];
      const carried = chars.pop() ?? '';
      line = chars.join('');
      flush();
      line += carried + token;
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
    if (hasText()) flush();
    line += token;
  }
  if (hasText()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}
