/**
 * ESC/POS bytes for a document. node-thermal-printer (Epson command set) builds the ordinary commands;
 * text is appended as GBK bytes we encode ourselves, because its string path silently switches code
 * pages for characters the active page lacks. Lines GBK cannot carry, and all Mongolian, go out as
 * GS v 0 raster images as wide as the paper.
 */
import { BreakLine, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import type { Align, Block, PrintDocument, TextScale } from '../layout/blocks';
import { lineDots, paperColumns, paperDots } from '../layout/paper';
import { rasterizeText } from '../raster/rasterize-text';
import { printFonts, type PrintFonts } from '../raster/fonts';
import { packRows, type Bitmap } from '../raster/bitmap';
import { encodeGbk, isGbkText } from './gbk';
import { characterSize, ESC_INITIALIZE, feedLines, FS_CHINESE_MODE_ON, rasterHeader } from './commands';

/** Rows per GS v 0 command: small bands keep cheap printers' receive buffers from overflowing. */
const RASTER_BAND_ROWS = 128;
/** Lines fed before the cut so the last printed line clears the cutter. */
const FEED_BEFORE_CUT = 4;

function newBuilder(): ThermalPrinter {
  // An empty interface: node-thermal-printer only builds bytes here; drivers do the transport.
  // We never hand it non-ASCII strings, so its code-page logic (characterSet) is not involved.
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: '',
    breakLine: BreakLine.NONE,
  });
  printer.setBuffer(Buffer.alloc(0));
  return printer;
}

export function rasterBytes(bitmap: Bitmap): Buffer {
  const rowBytes = bitmap.width / 8;
  const packed = packRows(bitmap);
  const parts: Buffer[] = [];
  for (let top = 0; top < bitmap.height; top += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, bitmap.height - top);
    parts.push(rasterHeader(rowBytes, rows), packed.subarray(top * rowBytes, (top + rows) * rowBytes));
  }
  return Buffer.concat(parts);
}

class EscPosWriter {
  private readonly p = newBuilder();
  private readonly dots: number;
  private readonly columns: number;

  constructor(doc: PrintDocument, private readonly fonts: PrintFonts) {
    this.dots = paperDots(doc.paperWidth);
    this.columns = paperColumns(doc.paperWidth);
  }

  begin(): void {
    // No ESC R (international set): node-thermal-printer's "CHINA" sends ESC R 15, which swaps some
    // ASCII signs for national ones; Chinese itself only needs the Chinese mode and GBK bytes.
    this.p.append(ESC_INITIALIZE);
    this.p.append(FS_CHINESE_MODE_ON);
    this.p.resetLineSpacing();
  }

  private raster(bitmaps: Bitmap[]): void {
    this.p.alignLeft();
    for (const bitmap of bitmaps) this.p.append(rasterBytes(bitmap));
  }

  private line(text: string, scale: TextScale, bold: boolean, align: Align, heightScale: TextScale = scale): void {
    if (!isGbkText(text)) {
      this.raster(rasterizeText(text, {
        family: this.fonts.cjk, px: 24 * scale, bold, align, width: this.dots, lineHeight: lineDots(heightScale),
      }));
      return;
    }
    if (align === 'center') this.p.alignCenter();
    else if (align === 'right') this.p.alignRight();
    else this.p.alignLeft();
    this.p.bold(bold);
    this.p.append(characterSize(scale, heightScale));
    this.p.append(encodeGbk(text));
    this.p.newLine();
    this.p.append(characterSize(1, 1));
    this.p.bold(false);
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'text':
        this.line(block.text, block.scale, block.bold, block.align, block.heightScale);
        return;
      case 'big':
        this.line(block.text, block.scale, true, 'center');
        return;
      case 'rule':
        this.line('-'.repeat(this.columns), 1, false, 'left');
        return;
      case 'qr':
        this.p.alignCenter();
        this.p.printQR(block.data, { cellSize: Math.min(8, block.moduleDots), correction: 'M', model: 2 });
        this.p.newLine();
        this.p.alignLeft();
        return;
      case 'mongolian':
        this.raster(rasterizeText(block.text, {
          family: this.fonts.mongolian, px: block.px, align: block.align, width: this.dots,
        }));
        return;
      case 'feed':
        this.p.append(feedLines(block.lines));
        return;
      case 'cut':
        this.p.append(feedLines(FEED_BEFORE_CUT));
        // verticalTabAmount 0: we fed already; cut() adds GS V 0 (full cut) and ESC @.
        this.p.cut({ verticalTabAmount: 0 });
        return;
    }
  }

  bytes(): Buffer {
    return this.p.getBuffer();
  }
}

/** Every byte of one job, from ESC @ to the cut. */
export function encodeEscPos(doc: PrintDocument, fonts: PrintFonts = printFonts()): Buffer {
  const writer = new EscPosWriter(doc, fonts);
  writer.begin();
  for (const block of doc.blocks) writer.block(block);
  return writer.bytes();
}
