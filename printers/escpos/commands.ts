/**
 * The few raw ESC/POS sequences node-thermal-printer does not offer, written out with their names.
 */

/** ESC @ — reset the printer to its power-on modes, so no setting leaks in from a previous job. */
export const ESC_INITIALIZE = Buffer.from([0x1b, 0x40]);

/** FS & — enter Chinese (double-byte) character mode; without it GBK bytes print as Japanese/Latin. */
export const FS_CHINESE_MODE_ON = Buffer.from([0x1c, 0x26]);

/**
 * GS ! n — character size: bits 4–7 are the width multiplier − 1, bits 0–3 the height multiplier − 1.
 * (node-thermal-printer's setTextSize puts its first argument in the high nibble, which the printer
 * reads as width; we write the byte ourselves so width and height cannot be swapped.)
 */
export function characterSize(width: number, height: number): Buffer {
  const w = Math.max(1, Math.min(8, Math.round(width))) - 1;
  const h = Math.max(1, Math.min(8, Math.round(height))) - 1;
  return Buffer.from([0x1d, 0x21, (w << 4) | h]);
}

/** ESC d n — print and feed n lines. */
export function feedLines(lines: number): Buffer {
  return Buffer.from([0x1b, 0x64, Math.max(0, Math.min(255, Math.round(lines)))]);
}

/** DLE EOT n — real-time status; answered at once, even while the printer is offline. */
export const DLE_EOT = 0x10;
export const EOT = 0x04;

/** n = 2: offline cause (cover open, stopped by paper end, error). */
export const STATUS_OFFLINE_CAUSE = Buffer.from([DLE_EOT, EOT, 0x02]);
/** n = 4: roll paper sensor (near end, end). */
export const STATUS_PAPER_SENSOR = Buffer.from([DLE_EOT, EOT, 0x04]);

/** GS v 0 header: raster bit image, normal density, `rowBytes` × 8 dots wide, `rows` high. */
export function rasterHeader(rowBytes: number, rows: number): Buffer {
  return Buffer.from([0x1d, 0x76, 0x30, 0x00, rowBytes & 0xff, (rowBytes >> 8) & 0xff, rows & 0xff, (rows >> 8) & 0xff]);
}
