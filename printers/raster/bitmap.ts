/** A 1-bit image as thermal printers print it: one byte per pixel here (1 = burn a dot). */
export interface Bitmap {
  /** Always a multiple of 8, so each row packs into whole bytes for GS v 0. */
  width: number;
  height: number;
  dots: Uint8Array;
}

export function roundUpTo8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Black where the RGBA pixel is opaque and darker than mid-grey (what a thermal head can burn). */
export function bitmapFromRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Bitmap {
  const dots = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i += 1) {
    const r = rgba[i * 4] ?? 255;
    const g = rgba[i * 4 + 1] ?? 255;
    const b = rgba[i * 4 + 2] ?? 255;
    const a = rgba[i * 4 + 3] ?? 0;
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    dots[i] = a > 127 && luminance < 128 ? 1 : 0;
  }
  return { width, height, dots };
}

/** Rows packed 8 dots to a byte, most significant bit first (the GS v 0 data layout). */
export function packRows(bitmap: Bitmap): Buffer {
  const rowBytes = bitmap.width / 8;
  const out = Buffer.alloc(rowBytes * bitmap.height);
  for (let y = 0; y < bitmap.height; y += 1) {
    for (let x = 0; x < bitmap.width; x += 1) {
      if (bitmap.dots[y * bitmap.width + x] === 1) {
        const index = y * rowBytes + (x >> 3);
        out[index] = (out[index] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return out;
}
