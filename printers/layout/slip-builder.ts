/**
 * Helps the slip layouts write blocks: catalog lookups, wrapping to the paper, and the bilingual rule
 * (a Mongolian line above its Chinese line whenever the Mongolian text exists).
 */
import type { PaperWidth } from '../types';
import type { Align, Block, TextScale } from './blocks';
import { paperColumns, paperDots } from './paper';
import { textCells, wrapCells } from './columns';
import { asciiQrData, qrModuleDots } from './qr-geometry';
import { fillText, type PrintMessageKey, type PrintMessageLookup, type TextVars } from './texts';

export interface TextStyle {
  scale?: TextScale;
  heightScale?: TextScale;
  bold?: boolean;
  align?: Align;
  /** Cells of spaces before the first line. */
  firstIndent?: number;
  /** Cells of hanging indent for continuation lines. */
  indent?: number;
}

/** Mongolian font sizes in dots: a heading matches a double-size Chinese line, body text a normal one. */
const MONGOLIAN_PX = { heading: 40, body: 28 } as const;
/** Tallest ticket number: 6 × 24 = 144 dots (about 18 mm). */
const BIG_NUMBER_MAX_SCALE = 6;

const SCALES: readonly TextScale[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** The nearest valid GS ! multiplier (1–8). */
export function textScale(n: number): TextScale {
  return SCALES[Math.min(SCALES.length, Math.max(1, Math.floor(n))) - 1] ?? 1;
}

export class SlipBuilder {
  readonly blocks: Block[] = [];
  readonly columns: number;
  readonly dots: number;

  constructor(readonly paperWidth: PaperWidth, private readonly messages: PrintMessageLookup) {
    this.columns = paperColumns(paperWidth);
    this.dots = paperDots(paperWidth);
  }

  zh(key: PrintMessageKey, vars?: TextVars): string {
    return fillText(this.messages(key).zh, vars);
  }

  mn(key: PrintMessageKey, vars?: TextVars): string {
    return fillText(this.messages(key).mn, vars);
  }

  paragraph(text: string, style: TextStyle = {}): this {
    const scale = style.scale ?? 1;
    const width = Math.floor(this.columns / scale);
    const lines = wrapCells(text, width, { indent: style.indent, firstIndent: style.firstIndent });
    for (const line of lines) {
      this.blocks.push({
        kind: 'text', text: line, scale, bold: style.bold ?? false, align: style.align ?? 'left',
        ...(style.heightScale !== undefined && style.heightScale !== scale ? { heightScale: style.heightScale } : {}),
      });
    }
    return this;
  }

  /**
   * A heading at double size when it fits one line; otherwise double height at normal width, so a
   * long hall name is not broken in the middle of a word on 58 mm paper.
   */
  heading(text: string, align: Align = 'center'): this {
    const fitsDouble = wrapCells(text, Math.floor(this.columns / 2)).length === 1;
    return fitsDouble
      ? this.paragraph(text, { scale: 2, bold: true, align })
      : this.paragraph(text, { scale: 1, heightScale: 2, bold: true, align });
  }

  mongolian(text: string, size: keyof typeof MONGOLIAN_PX = 'body', align: Align = 'center'): this {
    if (text.trim() !== '') this.blocks.push({ kind: 'mongolian', text: text.trim(), px: MONGOLIAN_PX[size], align });
    return this;
  }

  /** The catalog entry in both languages: Mongolian first (local rule), then Chinese. */
  bilingual(key: PrintMessageKey, vars: TextVars | undefined, style: TextStyle = {}): this {
    const mongolianSize = (style.scale ?? 1) >= 2 ? 'heading' : 'body';
    this.mongolian(this.mn(key, vars), mongolianSize, style.align ?? 'left');
    return this.paragraph(this.zh(key, vars), style);
  }

  bigNumber(text: string): this {
    const cells = Math.max(1, textCells(text));
    const fitting = Math.floor((this.dots * 0.9) / (cells * 12));
    this.blocks.push({ kind: 'big', text, scale: textScale(Math.min(BIG_NUMBER_MAX_SCALE, fitting)) });
    return this;
  }

  rule(): this {
    this.blocks.push({ kind: 'rule' });
    return this;
  }

  qr(data: string): this {
    const ascii = asciiQrData(data);
    if (ascii === '') return this;
    // About 60 % of the width: easy to scan, leaves paper for text.
    const moduleDots = qrModuleDots(ascii, Math.floor(this.dots * 0.6), this.paperWidth === 58 ? 6 : 8);
    // A blank line above keeps the quiet zone scanners need; the line feed after the symbol gives one below.
    this.feed(1);
    this.blocks.push({ kind: 'qr', data: ascii, moduleDots });
    return this;
  }

  feed(lines = 1): this {
    this.blocks.push({ kind: 'feed', lines });
    return this;
  }

  cut(): this {
    this.blocks.push({ kind: 'cut' });
    return this;
  }
}
