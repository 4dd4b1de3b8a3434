/**
 * A printer that answers status but fails the slips that reach it stops being offered to kiosks after
 * the first failures; a device that answers like a web server is "not a printer", not "paper out".
 */
import { FakePrinter } from '../../testkit/fake-printer';
import { startManager } from './harness';
import { ticketJob } from './sample-slips';
import type { PrinterManager } from '../../printers/manager';

const fakes: FakePrinter[] = [];
const managers: PrinterManager[] = [];

afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function setUp(options: Parameters<typeof startManager>[1] = {}): Promise<{ fake: FakePrinter; m: PrinterManager }> {
  const fake = await FakePrinter.start();
  fakes.push(fake);
  const m = await startManager([{ id: 'p', url: fake.url, paperWidth: 80 }], { writeTimeoutMs: 1000, ...options });
  managers.push(m);
  return { fake, m };
}

test('a printer that answers status but never takes a slip is withdrawn after two failures, and shown as 故障', async () => {
  const { fake, m } = await setUp();
  fake.behaviour = { kind: 'status_only' };
  expect((await m.submit('p', ticketJob())).outcome).toBe('uncertain');
  await m.idle();
  // One failure may be a passing fault: still offered.
  expect(m.canPrint('p')).toBe(true);
  expect((await m.submit('p', ticketJob())).outcome).toBe('uncertain');
  await m.refresh('p');
  expect(m.state('p')).toBe('error');
  expect(m.canPrint('p')).toBe(false);
  const jobsBefore = fake.jobs().length;
  expect(await m.submit('p', ticketJob())).toMatchObject({ outcome: 'failed', attempts: 0, error: { code: 'printer_unavailable' } });
  expect(fake.jobs()).toHaveLength(jobsBefore);
  // Status checks that still say "ok" do not bring it back.
  expect(await m.refresh('p')).toBe('error');
});

test('a withdrawn printer is offered again once it has been seen switched off and back on', async () => {
  const { fake, m } = await setUp();
  fake.behaviour = { kind: 'status_only' };
  await m.submit('p', ticketJob());
  await m.submit('p', ticketJob());
  expect(await m.refresh('p')).toBe('error');
  fake.behaviour = { kind: 'normal' };
  await fake.refuse();
  expect(await m.refresh('p')).toBe('offline');
  await fake.accept();
  expect(await m.refresh('p')).toBe('ok');
  expect((await m.submit('p', ticketJob())).outcome).toBe('printed');
});

test('after the withdrawal time one slip may try again; a failure withdraws it at once', async () => {
  let now = 1_000_000;
  const { fake, m } = await setUp({ now: () => now, withdrawalMs: 60_000 });
  fake.behaviour = { kind: 'status_only' };
  await m.submit('p', ticketJob());
  await m.submit('p', ticketJob());
  expect(await m.refresh('p')).toBe('error');
  now += 60_000;
  expect(await m.refresh('p')).toBe('ok');
  expect((await m.submit('p', ticketJob())).outcome).toBe('uncertain');
  expect(await m.refresh('p')).toBe('error');
});

test('a web server on the printer address is not_a_printer, and a slip sent to it fails as such', async () => {
  const { fake, m } = await setUp();
  fake.behaviour = { kind: 'http' };
  expect(await m.refresh('p')).toBe('not_a_printer');
  expect(m.canPrint('p')).toBe(false);
  fake.behaviour = { kind: 'normal' };
  expect(await m.refresh('p')).toBe('ok');
  fake.behaviour = { kind: 'http' };
  const result = await m.submit('p', ticketJob());
  expect(result).toMatchObject({ outcome: 'failed', attempts: 1, error: { code: 'not_a_printer' } });
  expect(await m.refresh('p')).toBe('not_a_printer');
});
