/**
 * Draws a 业务办理样本 (a filled-in sample of a paper form) as an A4-proportioned SVG: title, a ruled
 * table of printed labels with blue "ink" entries, the applicant's declaration and signature, and a
 * large 样本 watermark so nobody mistakes it for a real application. Pure string building, no
 * dependency: scripts/generate-demo-samples.ts writes the files into ui-assets/samples.
 */

/** A handwritten entry, or a row of tick boxes with the chosen ones ticked. */
export type SampleValue = string | { options: string[]; chosen: number[] };

export interface SampleCell {
  label: string;
  value: SampleValue;
}

export type SampleRow =
  | { kind: 'section'; title: string }
  /** One or two label/value pairs side by side. */
  | { kind: 'fields'; cells: SampleCell[] }
  /** A tall free-text row (申请理由, 纠纷简要情况…). */
  | { kind: 'block'; label: string; value: string };

export interface SampleForm {
  /** File name without .svg: `<service-id>-<n>`. */
  id: string;
  serviceId: string;
  /** Printed title of the form, e.g. 企业设立登记申请书 */
  title: string;
  /** The body that issues the form, printed above the title. */
  issuer: string;
  rows: SampleRow[];
  /** The printed promise above the signature. */
  declaration: string;
  /** Signature lines at the bottom right: printed label, handwritten value. */
  signature: SampleCell[];
  /** Text of a red demo stamp over the signature, if the form carries one. */
  seal?: string;
  /** 填写说明, printed in red at the foot of the sample. */
  notes: string[];
}

export const SAMPLE_FONT_FAMILY = 'Noto Sans CJK SC, Noto Sans SC, sans-serif';

const PAGE_W = 840;
const PAGE_H = 1188;
const LEFT = 60;
const TABLE_W = 720;
const LABEL_W = 160;
const ROW_H = 46;
const LINE_H = 28;
const BOTTOM_LIMIT = 1150;
const SIZE = { label: 17, value: 20, smallValue: 17, section: 18, small: 15 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough advance of one character: CJK and full-width forms take a full em, Latin about half. */
function charWidth(ch: string, size: number): number {
  return (ch.codePointAt(0) ?? 0) > 0x2e7f ? size : size * 0.56;
}

export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, size);
  return w;
}

// Chinese typesetting keeps closing punctuation off the start of a line and opening brackets off its end.
const NO_LINE_START = '，。、；：！？）》」』”’%';
const NO_LINE_END = '（《「『“‘';

const LATIN_RUN = /[0-9A-Za-z*.,%-]+$/;

/** The tail of a full line that must move down with `next`: an opening bracket, or a number cut in two. */
function carriedToNextLine(line: string, next: string): string {
  const last = line.slice(-1);
  if (NO_LINE_END.includes(last) && line.length > 1) return last;
  if (/[0-9A-Za-z*]/.test(next)) {
    const run = LATIN_RUN.exec(line)?.[0] ?? '';
    if (run.length < line.length) return run;
  }
  return '';
}

/** Breaks text into lines no wider than `width` (Chinese wraps between any two characters). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch, size);
    if (w + cw > width && line !== '' && !NO_LINE_START.includes(ch)) {
      const carried = carriedToNextLine(line, ch);
      lines.push(line.slice(0, line.length - carried.length));
      line = carried;
      w = textWidth(carried, size);
    }
    line += ch;
    w += cw;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

function text(x: number, y: number, cls: string, content: string, anchor?: 'middle' | 'end'): string {
  const a = anchor ? ` text-anchor="${anchor}"` : '';
  return `<text x="${r(x)}" y="${r(y)}" class="${cls}"${a}>${escapeXml(content)}</text>`;
}

/** Lines of one class, vertically centred in a box starting at `top` of height `h`. */
function centredLines(lines: string[], x: number, top: number, h: number, size: number, cls: string, anchor?: 'middle'): string {
  const first = top + h / 2 - ((lines.length - 1) * LINE_H) / 2 + size * 0.36;
  return lines.map((line, i) => text(x, first + i * LINE_H, cls, line, anchor)).join('');
}

function tickBoxes(value: { options: string[]; chosen: number[] }, x: number, top: number, width: number): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  for (const [i, option] of value.options.entries()) {
    const w = 26 + textWidth(option, SIZE.label) + 18;
    if (cx + w > x + width && cx > x) {
      cx = x;
      row += 1;
    }
    const y = top + row * LINE_H;
    parts.push(`<rect x="${r(cx)}" y="${r(y - 14)}" width="16" height="16" class="b"/>`);
    if (value.chosen.includes(i)) parts.push(`<path d="M${r(cx + 2)} ${r(y - 7)}l5 6 10-14" class="k"/>`);
    parts.push(text(cx + 22, y, 'l', option));
    cx += w;
  }
  return { svg: parts.join(''), height: (row + 1) * LINE_H };
}

/** Draws a value inside a cell; returns the svg and the height it needs. */
function valueIn(value: SampleValue, x: number, width: number): { lines: number; draw: (top: number, h: number) => string } {
  if (typeof value === 'string') {
    // A number that just misses one line reads better a little smaller than broken in two.
    const fitsSmaller = textWidth(value, SIZE.value) > width - 24 && textWidth(value, SIZE.smallValue) <= width - 24;
    const size = fitsSmaller ? SIZE.smallValue : SIZE.value;
    const lines = wrapText(value, width - 24, size);
    const cls = fitsSmaller ? 'v u' : 'v';
    return { lines: lines.length, draw: (top, h) => centredLines(lines, x + 12, top, h, size, cls) };
  }
  const probe = tickBoxes(value, x + 12, 0, width - 24);
  const rows = Math.round(probe.height / LINE_H);
  return {
    lines: rows,
    draw: (top, h) => tickBoxes(value, x + 12, top + h / 2 - ((rows - 1) * LINE_H) / 2 + SIZE.label * 0.36, width - 24).svg,
  };
}

function rowHeight(lines: number): number {
  return Math.max(ROW_H, lines * LINE_H + 20);
}

function drawFields(cells: SampleCell[], top: number): { svg: string; height: number } {
  if (cells.length < 1 || cells.length > 2) throw new Error('a fields row holds one or two cells');
  const valueW = (TABLE_W - LABEL_W * cells.length) / cells.length;
  const laid = cells.map((cell, i) => {
    const x = LEFT + i * (LABEL_W + valueW);
    const label = wrapText(cell.label, LABEL_W - 16, SIZE.label);
    const value = valueIn(cell.value, x + LABEL_W, valueW);
    return { x, label, value };
  });
  const height = Math.max(...laid.map((c) => rowHeight(Math.max(c.label.length, c.value.lines))));
  const svg = laid.map((c) => [
    `<rect x="${r(c.x)}" y="${r(top)}" width="${LABEL_W}" height="${r(height)}" class="g"/>`,
    `<rect x="${r(c.x + LABEL_W)}" y="${r(top)}" width="${r(valueW)}" height="${r(height)}" class="c"/>`,
    centredLines(c.label, c.x + LABEL_W / 2, top, height, SIZE.label, 'l', 'middle'),
    c.value.draw(top, height),
  ].join('')).join('');
  return { svg, height };
}

function drawRow(row: SampleRow, top: number): { svg: string; height: number } {
  if (row.kind === 'section') {
    const h = 36;
    return {
      svg: `<rect x="${LEFT}" y="${r(top)}" width="${TABLE_W}" height="${h}" class="h"/>${text(LEFT + 14, top + h / 2 + 6.5, 's', row.title)}`,
      height: h,
    };
  }
  if (row.kind === 'fields') return drawFields(row.cells, top);
  const valueW = TABLE_W - LABEL_W;
  const lines = wrapText(row.value, valueW - 24, SIZE.value);
  const label = wrapText(row.label, LABEL_W - 16, SIZE.label);
  const height = Math.max(2 * LINE_H + 20, lines.length * LINE_H + 24, label.length * LINE_H + 20);
  const first = top + 12 + SIZE.value;
  return {
    svg: [
      `<rect x="${LEFT}" y="${r(top)}" width="${LABEL_W}" height="${r(height)}" class="g"/>`,
      `<rect x="${LEFT + LABEL_W}" y="${r(top)}" width="${valueW}" height="${r(height)}" class="c"/>`,
      centredLines(label, LEFT + LABEL_W / 2, top, height, SIZE.label, 'l', 'middle'),
      lines.map((line, i) => text(LEFT + LABEL_W + 12, first + i * LINE_H, 'v', line)).join(''),
    ].join(''),
    height,
  };
}

function drawSeal(label: string, cx: number, cy: number): string {
  const star = [0, 1, 2, 3, 4].map((i) => {
    const outer = ((-90 + i * 72) * Math.PI) / 180;
    const inner = ((-54 + i * 72) * Math.PI) / 180;
    return `${r(cx + 16 * Math.cos(outer))},${r(cy - 12 + 16 * Math.sin(outer))} ${r(cx + 6.5 * Math.cos(inner))},${r(cy - 12 + 6.5 * Math.sin(inner))}`;
  }).join(' ');
  return `<g class="q"><circle cx="${r(cx)}" cy="${r(cy)}" r="58" fill="none" stroke-width="4"/>`
    + `<polygon points="${star}"/>${text(cx, cy + 30, 'w', label, 'middle')}</g>`;
}

const STYLE = [
  '.l{font-size:17px;fill:#222}',
  '.v{font-size:20px;fill:#1f3f9f}',
  '.v.u{font-size:17px}',
  '.s{font-size:18px;font-weight:700;fill:#222}',
  '.n{font-size:15px;fill:#c0161c}',
  '.t{font-size:34px;font-weight:700;fill:#111}',
  '.i{font-size:18px;fill:#444}',
  '.w{font-size:15px;font-weight:700;fill:#c0161c}',
  '.g{fill:#f1f3f6;stroke:#333;stroke-width:1.2}',
  '.c{fill:none;stroke:#333;stroke-width:1.2}',
  '.h{fill:#dde3ec;stroke:#333;stroke-width:1.2}',
  '.b{fill:#fff;stroke:#333;stroke-width:1.2}',
  '.k{fill:none;stroke:#1f3f9f;stroke-width:2.6}',
  '.q{fill:#c0161c;stroke:#c0161c;opacity:.8}',
].join('');

export function renderSampleSvg(form: SampleForm): string {
  const parts: string[] = [];
  parts.push(`<rect width="${PAGE_W}" height="${PAGE_H}" fill="#fff"/>`);
  parts.push(`<rect x="600" y="26" width="200" height="40" fill="#fff" stroke="#c0161c" stroke-width="2"/>`);
  parts.push(text(700, 52, 'n', '填写样本 仅供参考', 'middle'));
  parts.push(text(PAGE_W / 2, 100, 'i', form.issuer, 'middle'));
  parts.push(text(PAGE_W / 2, 150, 't', form.title, 'middle'));

  let y = 180;
  for (const row of form.rows) {
    const drawn = drawRow(row, y);
    parts.push(drawn.svg);
    y += drawn.height;
  }

  y += 30;
  for (const line of wrapText(form.declaration, TABLE_W, SIZE.label)) {
    parts.push(text(LEFT, y, 'l', line));
    y += LINE_H;
  }
  y += 14;
  const signTop = y;
  for (const cell of form.signature) {
    const value = typeof cell.value === 'string' ? cell.value : '';
    parts.push(text(LEFT + TABLE_W - 190, y, 'l', cell.label, 'end'));
    parts.push(text(LEFT + TABLE_W - 180, y, 'v', value));
    y += LINE_H + 8;
  }
  if (form.seal) parts.push(drawSeal(form.seal, LEFT + TABLE_W - 70, signTop + 20));

  y += 20;
  parts.push(text(LEFT, y, 'n', '填写说明：'));
  y += 24;
  for (const [i, note] of form.notes.entries()) {
    for (const line of wrapText(`${i + 1}. ${note}`, TABLE_W, SIZE.small)) {
      parts.push(text(LEFT, y, 'n', line));
      y += 24;
    }
  }
  // y is one line below the last baseline: the last line must sit above the page's bottom margin.
  if (y - 24 > BOTTOM_LIMIT) throw new Error(`sample ${form.id} does not fit on one page (ends at ${Math.round(y)})`);

  parts.push(`<text x="420" y="680" text-anchor="middle" transform="rotate(-35 420 600)" font-size="300" font-weight="700" fill="#c0161c" opacity=".1">样本</text>`);

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PAGE_W} ${PAGE_H}" width="${PAGE_W}" height="${PAGE_H}" font-family="${SAMPLE_FONT_FAMILY}">`
    + `<title>${escapeXml(`${form.title}（填写样本）`)}</title><style>${STYLE}</style>${parts.join('')}</svg>\n`;
}
