/**
 * Reading a PrinterConfig url. The hall config writes printers as short strings so a technician can
 * type them; this is the one place that decides what each string means.
 *
 * Strict on purpose: the server opens a device path for writing, so an address may only name a
 * printer — a network printer's raw port or a printer device node — never any other file (a typo or a
 * hostile admin must not make the server write slips into a database or a system file).
 */
export type PrinterAddress =
  | { kind: 'network'; host: string; port: number }
  | { kind: 'device'; path: string }
  | { kind: 'simulated' }
  | { kind: 'none' };

/** The raw ESC/POS port of network printers (JetDirect / "port 9100 printing"). */
export const DEFAULT_RAW_PORT = 9100;

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST = `(?:${LABEL})(?:\\.${LABEL})*`;
const IPV6 = '\\[[0-9a-fA-F:.]{2,45}\\]';
const NETWORK = new RegExp(`^tcp://(${IPV6}|${HOST})(?::(\\d{1,5}))?/?$`);

/**
 * Device nodes a receipt printer appears as: USB printer class (usblp), parallel port, USB-serial and
 * serial ports, the stable serial links udev makes, and the `hall-printer-…` links docs/PRINTERS.md
 * tells technicians to create with a udev rule.
 */
const DEVICE_PATHS: readonly RegExp[] = [
  /^\/dev\/usb\/lp\d{1,3}$/,
  /^\/dev\/lp\d{1,3}$/,
  /^\/dev\/tty(?:USB|ACM|S)\d{1,3}$/,
  /^\/dev\/serial\/by-id\/[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
  /^\/dev\/hall-printer-[a-z0-9][a-z0-9-]{0,62}$/,
];

/** The address a url stands for, or null when the string is none of the accepted shapes. */
export function parsePrinterUrl(url: string): PrinterAddress | null {
  const trimmed = url.trim();
  if (trimmed === 'simulated') return { kind: 'simulated' };
  if (trimmed === 'none') return { kind: 'none' };
  const network = NETWORK.exec(trimmed);
  if (network) {
    const host = (network[1] ?? '').replace(/^\[|\]$/g, '');
    const port = network[2] === undefined ? DEFAULT_RAW_PORT : Number(network[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
    return { kind: 'network', host, port };
  }
  if (DEVICE_PATHS.some((shape) => shape.test(trimmed))) return { kind: 'device', path: trimmed };
  return null;
}

/** Whether `url` is a printer address the hall accepts (for the schemas that check admin input). */
export function isPrinterUrl(url: string): boolean {
  return parsePrinterUrl(url) !== null;
}
