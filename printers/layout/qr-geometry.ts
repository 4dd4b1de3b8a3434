/** QR data and size decisions shared by the layout and the preview. */
import QRCode from 'qrcode';

/** Error correction the printer and the preview both use (15 %: survives a crease or smudge). */
export const QR_CORRECTION = 'M';

/**
 * ESC/POS printers take QR data as bytes and node-thermal-printer counts characters, so QR content
 * is kept to printable ASCII: anything else is percent-encoded as in a URL.
 */
export function asciiQrData(data: string): string {
  let out = '';
  for (const char of data) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x21 && code <= 0x7e) out += char;
    else if (code === 0x20) out += '%20';
    else if (code >= 0x80) out += encodeURIComponent(char);
  }
  return out;
}

/** Modules per side of the QR symbol for this data (version × 4 + 17). */
export function qrModules(data: string): number {
  return QRCode.create(data, { errorCorrectionLevel: QR_CORRECTION }).modules.size;
}

/** The largest module size (dots) up to `maxModuleDots` that keeps the symbol within `maxDots`. */
export function qrModuleDots(data: string, maxDots: number, maxModuleDots: number): number {
  const modules = qrModules(data);
  return Math.max(1, Math.min(maxModuleDots, Math.floor(maxDots / modules)));
}
