/**
 * Geometry of thermal paper at 203 dpi as ESC/POS printers see it: the printable width in dots, and the
 * text grid of font A (12 × 24 dots; a GBK double-byte character takes two cells).
 */
import type { PaperWidth } from '../types';

/** Printable dots across the roll: 48 mm on a 58 mm roll, 72 mm on an 80 mm roll. */
export function paperDots(width: PaperWidth): 384 | 576 {
  return width === 58 ? 384 : 576;
}

export const CELL_DOTS = 12;
export const CHAR_HEIGHT_DOTS = 24;
/** ESC 2 default line spacing (1/6 inch); taller characters push the line to their own height. */
export const DEFAULT_LINE_DOTS = 30;

/** Single-width cells per line at text scale 1: 32 on 58 mm, 48 on 80 mm. */
export function paperColumns(width: PaperWidth): number {
  return paperDots(width) / CELL_DOTS;
}

/** Height of one printed text line at a given scale (GS ! multiplies the 24-dot character height). */
export function lineDots(scale: number): number {
  return Math.max(DEFAULT_LINE_DOTS, CHAR_HEIGHT_DOTS * scale);
}
