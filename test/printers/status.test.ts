/** DLE EOT status, as read by the network driver from the fake printer. */
import { EscPosNetworkDriver } from '../../printers/drivers/escpos-network';
import { FakePrinter, type PaperMode } from '../../testkit/fake-printer';
import { stateFromStatusBytes, isStatusByte } from '../../printers/escpos/status';
import type { PrinterState } from '../../printers/types';
import { documentFor } from '../../printers/layout';
import { ticketJob } from './sample-slips';

// Generous for loopback: a full CI run shares the machine with browsers, and an answer heard late reads as 故障.
const timeouts = { connectTimeoutMs: 1000, writeTimeoutMs: 1000, statusTimeoutMs: 1000 };

let fake: FakePrinter;
beforeEach(async () => {
  fake = await FakePrinter.start();
});
afterEach(async () => {
  await fake.close();
});

test.each<[PaperMode, PrinterState]>([
  ['ok', 'ok'],
  ['near_end', 'paper_near_end'],
  ['paper_out', 'paper_out'],
  ['cover_open', 'cover_open'],
])('paper mode %s reads as %s, asking DLE EOT 2 and 4', async (mode, expected) => {
  fake.paper = mode;
  const driver = new EscPosNetworkDriver('127.0.0.1', fake.port, timeouts);
  expect(await driver.status()).toBe(expected);
  const last = fake.connections.at(-1);
  expect([...(last?.bytes ?? [])]).toEqual([0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
});

test('a closed port is offline and a printer that accepts but never answers is error', async () => {
  const driver = new EscPosNetworkDriver('127.0.0.1', fake.port, timeouts);
  fake.behaviour = { kind: 'hang' };
  expect(await driver.status()).toBe('error');
  await fake.refuse();
  expect(await driver.status()).toBe('offline');
});

test('status bytes are recognised by their fixed bits and decoded with cover first', () => {
  expect(isStatusByte(0x12)).toBe(true);
  expect(isStatusByte(0x7e)).toBe(true);
  expect(isStatusByte(0x13)).toBe(false);
  expect(isStatusByte(0x92)).toBe(false);
  expect(stateFromStatusBytes(0x12 | 0x04, 0x12 | 0x60)).toBe('cover_open');
  expect(stateFromStatusBytes(0x12 | 0x40, 0x12)).toBe('error');
  expect(stateFromStatusBytes(0x12, 0x12 | 0x0c)).toBe('paper_near_end');
});

test('without delivery confirmation a job counts as sent once written; with it, a silent printer leaves it unconfirmed', async () => {
  const doc = documentFor(ticketJob(), 58);
  fake.behaviour = { kind: 'hang' };
  const attempt = { signal: new AbortController().signal, onFirstByte: () => undefined };
  const trusting = new EscPosNetworkDriver('127.0.0.1', fake.port, { ...timeouts, confirmDelivery: false });
  await expect(trusting.print(doc, attempt)).resolves.toBeUndefined();
  const confirming = new EscPosNetworkDriver('127.0.0.1', fake.port, timeouts);
  // Every byte was handed over, only the confirmation is missing: it may have printed (outcome uncertain).
  await expect(confirming.print(doc, attempt)).rejects.toMatchObject({ code: 'unconfirmed', delivered: true });
});
