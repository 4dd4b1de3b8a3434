/**
 * The device driver writes with fs. A real /dev/usb/lp0 is hardware; here the "device" is a capture
 * file, which the driver opens the same way (non-blocking, append).
 */
import fs from 'node:fs';
import path from 'node:path';
import { EscPosDeviceDriver } from '../../printers/drivers/escpos-device';
import { PrintDeliveryError } from '../../printers/drivers/driver';
import { documentFor } from '../../printers/layout';
import { startManager, tempDir } from './harness';
import { contains, gbk } from './bytes';
import { ticketJob } from './sample-slips';

test('a job is written to the device path: Chinese mode, GBK text, cut', async () => {
  const file = path.join(tempDir(), 'lp0');
  fs.writeFileSync(file, '');
  const driver = new EscPosDeviceDriver(file, { connectTimeoutMs: 300, writeTimeoutMs: 600, statusTimeoutMs: 300 });
  expect(await driver.status()).toBe('ok');
  let firstByte = 0;
  await driver.print(documentFor(ticketJob(), 58), { signal: new AbortController().signal, onFirstByte: () => { firstByte += 1; } });
  const bytes = fs.readFileSync(file);
  expect(firstByte).toBe(1);
  expect(contains(bytes, [0x1c, 0x26])).toBe(true);
  expect(contains(bytes, gbk('最低生活保障申请'))).toBe(true);
  expect(contains(bytes, [0x1d, 0x56])).toBe(true);
});

test('a missing device is offline, and a job for it fails as never delivered', async () => {
  const missing = path.join(tempDir(), 'no-such-lp');
  const driver = new EscPosDeviceDriver(missing, { connectTimeoutMs: 300 });
  expect(await driver.status()).toBe('offline');
  const attempt = driver.print(documentFor(ticketJob(), 58), { signal: new AbortController().signal, onFirstByte: () => undefined });
  await expect(attempt).rejects.toBeInstanceOf(PrintDeliveryError);
  await expect(attempt).rejects.toMatchObject({ code: 'connect_failed', delivered: false, retryable: true });
});

test('the manager drives a device driver like any printer', async () => {
  const file = path.join(tempDir(), 'lp1');
  fs.writeFileSync(file, '');
  // The hall config accepts only device nodes (printer-url.ts); the capture file is given to the driver directly.
  const m = await startManager([{ id: 'usb', url: '/dev/usb/lp1', paperWidth: 80 }], {
    driverFor: (_config, options) => new EscPosDeviceDriver(file, options),
  });
  try {
    expect(m.printerInfo()).toEqual([expect.objectContaining({ kind: 'escpos-device', state: 'ok' })]);
    expect((await m.submit('usb', ticketJob())).outcome).toBe('printed');
    expect(contains(fs.readFileSync(file), gbk('社会服务中心'))).toBe(true);
  } finally {
    await m.stop();
  }
});
