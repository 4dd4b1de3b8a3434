/**
 * Printers changed while the hall runs (an admin edits or removes one in the console): no restart, and
 * no slip lost without a word — waiting slips follow an edited printer to its new address, and a
 * removed printer's waiting slips fail at once (announced, so staff are alerted and can reprint).
 */
import { FakePrinter } from '../../testkit/fake-printer';
import { collectResults, startManager, waitForState } from './harness';
import { ticketJob } from './sample-slips';
import type { PrinterManager } from '../../printers/manager';
import type { JobResult } from '../../printers/types';

const fakes: FakePrinter[] = [];
let m: PrinterManager | null = null;

async function fakePrinter(): Promise<FakePrinter> {
  const fake = await FakePrinter.start();
  fakes.push(fake);
  return fake;
}

/** Resolves once the fake has accepted one more connection than it had (a slip on its way to it). */
async function connectionTo(fake: FakePrinter, had: number): Promise<void> {
  for (let i = 0; i < 500 && fake.connections.length <= had; i += 1) await new Promise((r) => setTimeout(r, 5));
  if (fake.connections.length <= had) throw new Error('the slip never reached the printer');
}

afterEach(async () => {
  await m?.stop();
  m = null;
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

test('an edited address takes the waiting slips and the next ones; the slip being sent stays on the old one', async () => {
  const [a, b] = [await fakePrinter(), await fakePrinter()];
  m = await startManager([{ id: 'kiosk-1', url: a.url, paperWidth: 80 }]);
  expect(m.state('kiosk-1')).toBe('ok');
  // The old printer takes the first slip and never answers: the second one waits behind it.
  a.behaviour = { kind: 'hang' };
  const had = a.connections.length;
  const first = m.submit('kiosk-1', ticketJob({ number: 'A001' }));
  await connectionTo(a, had);
  const second = m.submit('kiosk-1', ticketJob({ number: 'A002' }));
  m.put({ id: 'kiosk-1', url: b.url, paperWidth: 58, name: '新地址' });
  expect((await first).outcome).not.toBe('printed');
  expect(await second).toMatchObject({ outcome: 'printed', printerId: 'kiosk-1' });
  expect(await m.submit('kiosk-1', ticketJob({ number: 'A003' }))).toMatchObject({ outcome: 'printed' });
  expect(b.jobs()).toHaveLength(2);
  expect(m.printerInfo()).toEqual([expect.objectContaining({ printerId: 'kiosk-1', url: b.url, paperWidth: 58, name: '新地址' })]);
});

test('a printer added while running is checked at once and prints', async () => {
  const fake = await fakePrinter();
  m = await startManager([]);
  m.put({ id: 'side', url: fake.url, paperWidth: 80 });
  await waitForState(m, 'side', 'ok');
  expect(await m.submit('side', ticketJob())).toMatchObject({ outcome: 'printed' });
  expect(fake.jobs()).toHaveLength(1);
});

test('a removed printer fails its waiting slips at once and refuses new ones; the slip being sent ends on its own', async () => {
  const fake = await fakePrinter();
  m = await startManager([{ id: 'kiosk-1', url: fake.url, paperWidth: 80 }]);
  const results = collectResults(m);
  fake.behaviour = { kind: 'hang' };
  const had = fake.connections.length;
  const first = m.submit('kiosk-1', ticketJob({ number: 'A001' }));
  await connectionTo(fake, had);
  const waiting = [m.submit('kiosk-1', ticketJob({ number: 'A002' })), m.submit('kiosk-1', ticketJob({ number: 'A003' }))];
  m.remove('kiosk-1');
  const failed: JobResult[] = await Promise.all(waiting);
  for (const r of failed) expect(r).toMatchObject({ outcome: 'failed', attempts: 0, error: { code: 'unknown_printer' } });
  // Announced like any failure (the hall turns this into a staff alert).
  expect(results.filter((r) => r.error?.code === 'unknown_printer')).toHaveLength(2);
  expect(await m.submit('kiosk-1', ticketJob({ number: 'A004' }))).toMatchObject({ outcome: 'failed', error: { code: 'unknown_printer' } });
  expect((await first).outcome).not.toBe('printed');
  expect(m.state('kiosk-1')).toBeNull();
  expect(m.states()).toEqual([]);
});
