/**
 * A printer address names a printer and nothing else, and a stored address that cannot be read
 * disables that one printer with a visible state instead of stopping the start.
 */
import { isPrinterUrl, parsePrinterUrl } from '../../printers/printer-url';
import { FakePrinter } from '../../testkit/fake-printer';
import { startManager } from './harness';
import { ticketJob } from './sample-slips';

test('network addresses and printer device nodes are accepted', () => {
  expect(parsePrinterUrl('tcp://192.168.1.50:9100')).toEqual({ kind: 'network', host: '192.168.1.50', port: 9100 });
  expect(parsePrinterUrl('tcp://printer-1.hall.lan')).toEqual({ kind: 'network', host: 'printer-1.hall.lan', port: 9100 });
  expect(parsePrinterUrl('tcp://[fe80::1]:9101')).toEqual({ kind: 'network', host: 'fe80::1', port: 9101 });
  for (const path of ['/dev/usb/lp0', '/dev/usb/lp12', '/dev/lp0', '/dev/ttyUSB0', '/dev/ttyS1', '/dev/ttyACM3',
    '/dev/serial/by-id/usb-Xprinter_XP-80C_12345-if00', '/dev/hall-printer-kiosk1']) {
    expect(parsePrinterUrl(path)).toEqual({ kind: 'device', path });
  }
  expect(parsePrinterUrl('simulated')).toEqual({ kind: 'simulated' });
  expect(parsePrinterUrl('none')).toEqual({ kind: 'none' });
});

test('anything else is refused, files above all', () => {
  for (const url of ['', ' ', 'http://192.168.1.50', 'tcp://', 'tcp://:9100', 'tcp://host:0', 'tcp://host:65536',
    'tcp://host:9100/extra', 'tcp://-host', 'tcp://a..b', 'tcp://host name', '192.168.1.50:9100',
    '/etc/passwd', '/var/lib/hall/hall.db', '/tmp/lp0', '/dev/sda', '/dev/null', '/dev/usb/../sda', '/dev/usb/lp0/x',
    '/dev/usb/lp', '/dev/serial/by-id/../../sda', '/dev/hall-printer-', 'lp0', './dev/usb/lp0', 'SIMULATED']) {
    expect([url, parsePrinterUrl(url)]).toEqual([url, null]);
    expect(isPrinterUrl(url)).toBe(false);
  }
});

test('a printer whose stored address cannot be read is disabled with bad_address; the others work', async () => {
  const fake = await FakePrinter.start();
  const m = await startManager([
    { id: 'broken', url: '/etc/passwd', paperWidth: 80 },
    { id: 'fine', url: fake.url, paperWidth: 80 },
  ]);
  try {
    expect(m.state('broken')).toBe('bad_address');
    expect(m.canPrint('broken')).toBe(false);
    expect(m.printerInfo().find((p) => p.printerId === 'broken')).toMatchObject({ kind: 'unusable', state: 'bad_address' });
    expect(await m.submit('broken', ticketJob())).toMatchObject({ outcome: 'failed', attempts: 0, error: { code: 'printer_unavailable' } });
    expect(await m.submit('fine', ticketJob())).toMatchObject({ outcome: 'printed' });
  } finally {
    await m.stop();
    await fake.close();
  }
});
