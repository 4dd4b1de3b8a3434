/**
 * Reading a PrinterConfig url. The hall config writes printers as short strings so a technician can
 * type them; this is the one place that decides what each string means.
 */
export type PrinterAddress =
  | { kind: 'network'; host: string; port: number }
  | { kind: 'device'; path: string }
  | { kind: 'simulated' }
  | { kind: 'none' };

/** The raw ESC/POS port of network printers (JetDirect / "port 9100 printing"). */
export const DEFAULT_RAW_PORT = 9100;

const NETWORK = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/;

/** The address a url stands for, or null when the string is none of the accepted shapes. */
export function parsePrinterUrl(url: string): PrinterAddress | null {
  const trimmed = url.trim();
  if (trimmed === 'simulated') return { kind: 'simulated' };
  if (trimmed === 'none' || trimmed === '') return { kind: 'none' };
  const network = NETWORK.exec(trimmed);
  if (network) {
    const host = (network[1] ?? '').replace(/^\[|\]$/g, '');
    const port = network[2] === undefined ? DEFAULT_RAW_PORT : Number(network[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
    return { kind: 'network', host, port };
  }
  if (trimmed.startsWith('/')) return { kind: 'device', path: trimmed };
  return null;
}
