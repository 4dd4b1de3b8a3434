/**
 * A PNG that looks like the printed slip: as many pixels across as the printer has dots (384 for
 * 58 mm, 576 for 80 mm), text on the same 12 × 24 cell grid, the same Mongolian rasters, a QR of the
 * same module size, then thresholded to pure black and white as a thermal head would burn it.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import type { Align, Block, PrintDocument, TextScale } from '../layout/blocks';
import { CELL_DOTS, DEFAULT_LINE_DOTS, lineDots, paperColumns, paperDots } from '../layout/paper';
import { charCells, textCells } from '../layout/columns';
import { QR_CORRECTION } from '../layout/qr-geometry';
import { rasterizeText } from '../raster/rasterize-text';
import { fontSpec, printFonts, type PrintFonts } from '../raster/fonts';
import { bitmapFromRgba, type Bitmap } from '../raster/bitmap';

interface Painter {
  height: number;
  paint(ctx: SKRSContext2D, top: number): void;
}

/** Lines fed before the cut, as the encoder does. */
const FEED_BEFORE_CUT = 4;
/** Paper margin above the first line, as on a freshly cut roll. */
const TOP_MARGIN = 8;

function startX(cells: number, scale: number, align: Align, dots: number): number {
  const width = cells * CELL_DOTS * scale;
  if (align === 'center') return Math.max(0, Math.floor((dots - width) / 2));
  if (align === 'right') return Math.max(0, dots - width);
  return 0;
}

interface TextLook {
  scale: TextScale;
  heightScale: TextScale;
  bold: boolean;
  align: Align;
}

function textPainter(text: string, look: TextLook, dots: number, fonts: PrintFonts): Painter {
  const height = lineDots(look.heightScale);
  // Characters are drawn at their height and squeezed to their width, as GS ! scales them.
  const squeeze = look.scale / look.heightScale;
  return {
    height,
    paint(ctx, top) {
      ctx.font = fontSpec(fonts.cjk, 24 * look.heightScale, look.bold);
      ctx.textBaseline = 'middle';
      let x = startX(textCells(text), look.scale, look.align, dots);
      for (const char of text) {
        ctx.save();
        ctx.translate(x, top + height / 2);
        ctx.scale(squeeze, 1);
        ctx.fillText(char, 0, 0);
        ctx.restore();
        x += charCells(char) * CELL_DOTS * look.scale;
      }
    },
  };
}

function bitmapPainter(bitmaps: Bitmap[]): Painter {
  return {
    height: bitmaps.reduce((sum, b) => sum + b.height, 0),
    paint(ctx, top) {
      let y = top;
      for (const bitmap of bitmaps) {
        for (let row = 0; row < bitmap.height; row += 1) {
          for (let col = 0; col < bitmap.width; col += 1) {
            if (bitmap.dots[row * bitmap.width + col] === 1) ctx.fillRect(col, y + row, 1, 1);
          }
        }
        y += bitmap.height;
      }
    },
  };
}

function qrPainter(data: string, moduleDots: number, dots: number): Painter {
  const modules = QRCode.create(data, { errorCorrectionLevel: QR_CORRECTION }).modules;
  const side = modules.size * moduleDots;
  return {
    height: side + DEFAULT_LINE_DOTS,
    paint(ctx, top) {
      const left = Math.floor((dots - side) / 2);
      for (let row = 0; row < modules.size; row += 1) {
        for (let col = 0; col < modules.size; col += 1) {
          if (modules.get(row, col)) ctx.fillRect(left + col * moduleDots, top + row * moduleDots, moduleDots, moduleDots);
        }
      }
    },
  };
}

function cutPainter(dots: number): Painter {
  const height = FEED_BEFORE_CUT * DEFAULT_LINE_DOTS;
  return {
    height,
    paint(ctx, top) {
      // A dashed line where the cutter falls, so a preview shows where one slip ends.
      for (let x = 0; x < dots; x += 12) ctx.fillRect(x, top + height - 2, 6, 2);
    },
  };
}

function painterFor(block: Block, doc: PrintDocument, fonts: PrintFonts): Painter {
  const dots = paperDots(doc.paperWidth);
  switch (block.kind) {
    case 'text': {
      const look = { scale: block.scale, heightScale: block.heightScale ?? block.scale, bold: block.bold, align: block.align };
      return textPainter(block.text, look, dots, fonts);
    }
    case 'big':
      return textPainter(block.text, { scale: block.scale, heightScale: block.scale, bold: true, align: 'center' }, dots, fonts);
    case 'rule':
      return textPainter('-'.repeat(paperColumns(doc.paperWidth)), { scale: 1, heightScale: 1, bold: false, align: 'left' }, dots, fonts);
    case 'qr': return qrPainter(block.data, Math.min(8, block.moduleDots), dots);
    case 'mongolian':
      return bitmapPainter(rasterizeText(block.text, { family: fonts.mongolian, px: block.px, align: block.align, width: dots }));
    case 'feed': return { height: block.lines * DEFAULT_LINE_DOTS, paint() {} };
    case 'cut': return cutPainter(dots);
  }
}

/** Draws the document and returns the PNG file bytes. */
export async function renderPreviewPng(doc: PrintDocument, fonts: PrintFonts = printFonts()): Promise<Buffer> {
  const width = paperDots(doc.paperWidth);
  const painters = doc.blocks.map((block) => painterFor(block, doc, fonts));
  const height = TOP_MARGIN + painters.reduce((sum, p) => sum + p.height, 0);

  const canvas = createCanvas(width, Math.max(1, height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000000';
  let top = TOP_MARGIN;
  for (const painter of painters) {
    painter.paint(ctx, top);
    top += painter.height;
  }

  const image = ctx.getImageData(0, 0, width, height);
  const bitmap = bitmapFromRgba(image.data, width, height);
  for (let i = 0; i < bitmap.dots.length; i += 1) {
    const value = bitmap.dots[i] === 1 ? 0 : 255;
    image.data[i * 4] = value;
    image.data[i * 4 + 1] = value;
    image.data[i * 4 + 2] = value;
    image.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas.encode('png');
}
