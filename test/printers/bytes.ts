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
