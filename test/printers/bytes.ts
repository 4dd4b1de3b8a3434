/** Reading ESC/POS byte streams in tests. */
import iconv from 'iconv-lite';

export function gbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

export function contains(haystack: Buffer, needle: Buffer | number[]): boolean {
  return haystack.indexOf(Buffer.from(needle)) !== -1;
}

export interface RasterImage {
  offset: number;
  rowBytes: number;
  rows: number;
  data: Buffer;
}

/** Every GS v 0 image in the stream (its header, then rowBytes × rows bytes of dots). */
export function rasterImages(bytes: Buffer): RasterImage[] {
  const images: RasterImage[] = [];
  const marker = Buffer.from([0x1d, 0x76, 0x30]);
  let at = bytes.indexOf(marker);
  while (at !== -1) {
    const rowBytes = (bytes[at + 4] ?? 0) + (bytes[at + 5] ?? 0) * 256;
    const rows = (bytes[at + 6] ?? 0) + (bytes[at + 7] ?? 0) * 256;
    const data = bytes.subarray(at + 8, at + 8 + rowBytes * rows);
    images.push({ offset: at, rowBytes, rows, data });
    at = bytes.indexOf(marker, at + 8 + rowBytes * rows);
  }
  return images;
}

/** The data of the GS ( k "store QR data" command (function 180), or null. */
export function qrStoredData(bytes: Buffer): Buffer | null {
  const at = bytes.indexOf(Buffer.from([0x1d, 0x28, 0x6b]));
  for (let i = at; i !== -1; i = bytes.indexOf(Buffer.from([0x1d, 0x28, 0x6b]), i + 1)) {
    const length = (bytes[i + 3] ?? 0) + (bytes[i + 4] ?? 0) * 256;
    if (bytes[i + 5] === 0x31 && bytes[i + 6] === 0x50 && bytes[i + 7] === 0x30) {
      return bytes.subarray(i + 8, i + 5 + length);
    }
  }
  return null;
}

/** Parameter bytes after ESC <c> for the commands the encoder and node-thermal-printer write. */
const ESC_PARAMS: Record<number, number> = { 0x40: 0, 0x61: 1, 0x45: 1, 0x64: 1, 0x21: 1, 0x2d: 1, 0x4d: 1, 0x32: 0, 0x33: 1, 0x4a: 1, 0x74: 1, 0x52: 1, 0x47: 1, 0x7b: 1 };
const GS_PARAMS: Record<number, number> = { 0x21: 1, 0x42: 1, 0x48: 1, 0x66: 1, 0x68: 1, 0x77: 1, 0x4c: 2, 0x57: 2 };

/**
 * The text a printer would print from an ESC/POS stream, one string per printed line: commands and
 * their parameters, raster images and QR data are skipped, text bytes are decoded as GBK.
 */
export function printedLines(bytes: Buffer): string[] {
  const lines: string[] = [];
  let text: number[] = [];
  const endLine = (): void => {
    lines.push(iconv.decode(Buffer.from(text), 'gbk'));
    text = [];
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (b === 0x0a) {
      endLine();
      i += 1;
    } else if (b === 0x1b) {
      if (next === 0x64 && text.length > 0) endLine();
      i += 2 + (ESC_PARAMS[next] ?? 1);
    } else if (b === 0x1c) {
      i += 2;
    } else if (b === 0x10 && next === 0x04) {
      i += 3;
    } else if (b === 0x1d && next === 0x76) {
      const rowBytes = (bytes[i + 4] ?? 0) + (bytes[i + 5] ?? 0) * 256;
      const rows = (bytes[i + 6] ?? 0) + (bytes[i + 7] ?? 0) * 256;
      i += 8 + rowBytes * rows;
    } else if (b === 0x1d && next === 0x28) {
      i += 5 + (bytes[i + 3] ?? 0) + (bytes[i + 4] ?? 0) * 256;
    } else if (b === 0x1d && next === 0x56) {
      const m = bytes[i + 2] ?? 0;
      i += m === 65 || m === 66 ? 4 : 3;
    } else if (b === 0x1d) {
      i += 2 + (GS_PARAMS[next] ?? 1);
    } else if (b < 0x20) {
      i += 1;
    } else {
      text.push(b);
      i += 1;
    }
  }
  if (text.length > 0) endLine();
  return lines;
}
