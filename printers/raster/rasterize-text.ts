/**
 * Lines the printer cannot draw itself — Mongolian, and Chinese outside GBK — drawn with Skia and
 * turned into 1-bit bitmaps as wide as the paper. Long text wraps at spaces (Mongolian words are
 * space-separated), or anywhere when a word alone is too wide.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Align } from '../layout/blocks';
import { bitmapFromRgba, roundUpTo8, type Bitmap } from './bitmap';
import { fontGeneration, fontSpec } from './fonts';

export interface RasterTextOptions {
  family: string | null;
  px: number;
  bold?: boolean;
  align: Align;
  /** Paper width in dots (384 or 576). */
  width: number;
  /** Height of each line in dots; defaults to 1.6 × px, room for Mongolian ascenders and tails. */
  lineHeight?: number;
}

function wrapToWidth(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string): boolean => ctx.measureText(candidate).width <= width;
  // Narrow no-break spaces (U+202F) join Mongolian case suffixes to their word and shape the suffix:
  // never a place to break, and never to be replaced by a plain space.
  for (const word of text.split(/[^\S\u202f]+/).filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const char of word) {
      if (line !== '' && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Lines drawn before, by font (and its configuration), size, alignment and text. Most lines a slip has
 * drawn are the same on every slip (the hall's and the service's Mongolian names, the fixed notes), and
 * drawing one costs about a millisecond; a hall has a few hundred such lines at most, and the bound only
 * keeps a stream of distinct texts from growing it. Bitmaps are never changed once drawn: callers share them.
 */
const drawn = new Map<string, Bitmap[]>();
const DRAWN_MAX = 512;

export function rasterizeText(text: string, options: RasterTextOptions): Bitmap[] {
  const width = roundUpTo8(options.width);
  const height = Math.max(8, Math.round(options.lineHeight ?? options.px * 1.6));
  const font = fontSpec(options.family, options.px, options.bold ?? false);
  const key = [fontGeneration(), font, width, height, options.align, text].join('\u0000');
  const known = drawn.get(key);
  if (known) return known;
  if (drawn.size >= DRAWN_MAX) drawn.clear();
  const bitmaps = draw(text, font, width, height, options.align);
  drawn.set(key, bitmaps);
  return bitmaps;
}

function draw(text: string, font: string, width: number, height: number, align: Align): Bitmap[] {
  const measuring = createCanvas(width, height).getContext('2d');
  measuring.font = font;
  const lines = wrapToWidth(measuring, text, width);

  return lines.map((line) => {
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.font = font;
    ctx.fillStyle = '#000000';
    ctx.textBaseline = 'alphabetic';
    const metrics = ctx.measureText(line);
    const inkHeight = metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent;
    const baseline = Math.round((height - inkHeight) / 2 + metrics.actualBoundingBoxAscent);
    const x = align === 'left' ? 0
      : align === 'right' ? width - metrics.width
        : Math.round((width - metrics.width) / 2);
    ctx.fillText(line, x, baseline);
    const image = ctx.getImageData(0, 0, width, height);
    return bitmapFromRgba(image.data, width, height);
  });
}
