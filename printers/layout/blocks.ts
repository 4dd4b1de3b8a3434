/**
 * The layout model: a slip is a list of blocks, already fitted to one paper width. The ESC/POS encoder
 * and the preview renderers draw the same blocks, so what the technician sees in a preview is what the
 * printer gets.
 */
import type { PaperWidth } from '../types';

export type Align = 'left' | 'center' | 'right';

/** GS ! multiplier applied to width and height alike (1 = normal 12 × 24 dot font). */
export type TextScale = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** One printed line of Chinese/ASCII text that fits the paper at its scale (the layout wraps). */
export interface TextBlock {
  kind: 'text';
  text: string;
  /** Width multiplier: the line fits `columns / scale` cells. */
  scale: TextScale;
  /** Height multiplier when it differs from the width (tall narrow headings); default `scale`. */
  heightScale?: TextScale;
  bold: boolean;
  align: Align;
}

/** The ticket number, centred and bold at a scale chosen to fill most of the paper width. */
export interface BigNumberBlock {
  kind: 'big';
  text: string;
  scale: TextScale;
}

/** A dashed separator across the paper. */
export interface RuleBlock {
  kind: 'rule';
}

/** A QR code of ASCII data, centred; `moduleDots` is the size of one QR module in printer dots. */
export interface QrBlock {
  kind: 'qr';
  data: string;
  moduleDots: number;
}

/**
 * A traditional Mongolian line. No printer firmware has Mongolian, so both renderers draw it from the
 * same raster (wrapped to the paper width if long).
 */
export interface MongolianBlock {
  kind: 'mongolian';
  text: string;
  /** Font size in dots. */
  px: number;
  align: Align;
}

/** Blank paper, in text lines. */
export interface FeedBlock {
  kind: 'feed';
  lines: number;
}

/** Feed the slip past the cutter and cut. */
export interface CutBlock {
  kind: 'cut';
}

export type Block = TextBlock | BigNumberBlock | RuleBlock | QrBlock | MongolianBlock | FeedBlock | CutBlock;

/** What a driver receives: the blocks of one job plus what it needs to file or encode them. */
export interface PrintDocument {
  jobId: string;
  paperWidth: PaperWidth;
  blocks: Block[];
  /** Epoch ms the job was created; simulated output is filed under this day. */
  createdAt: number;
  /** Hall time zone, for the simulated output's day folder. */
  timezone: string;
}
