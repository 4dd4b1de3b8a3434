/** The manager against misbehaving printers: nothing lost, nothing printed twice, others keep printing. */
import { FakePrinter } from '../../testkit/fake-printer';
import { collectResults, startManager, waitForState } from './harness';
import { noticeJob, ticketJob } from './sample-slips';
import type { PrinterManager } from '../../printers/manager';
import type { AttemptReport } from '../../printers/queue/print-queue';
import type { JobResult, PrinterStateChange } from '../../printers/types';

const fakes: FakePrinter[] = [];
const managers: PrinterManager[] = [];

async function fakePrinter(): Promise<FakePrinter> {
  const fake = await FakePrinter.start();
  fakes.push(fake);
  return fake;
}

async function manager(...args: Parameters<typeof startManager>): Promise<PrinterManager> {
  const m = await startManager(...args);
  managers.push(m);
  return m;
}

afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

test('a printer out of paper prints nothing, reports paper_out to listeners, and fails jobs at once', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'kiosk-1', url: fake.url, paperWidth: 58 }]);
  expect(m.state('kiosk-1')).toBe('ok');
  expect(m.canPrint('kiosk-1')).toBe(true);
  const changes: PrinterStateChange[] = [];
  m.onStateChange((change) => changes.push(change));
  const results = collectResults(m);

  fake.paper = 'paper_out';
  expect(await m.refresh('kiosk-1')).toBe('paper_out');
  expect(changes).toEqual([expect.objectContaining({ printerId: 'kiosk-1', state: 'paper_out', previous: 'ok' })]);
  expect(m.canPrint('kiosk-1')).toBe(false);

  const job = ticketJob();
  const result = await m.submit('kiosk-1', job);
  expect(result).toMatchObject({ jobId: job.id, outcome: 'failed', attempts: 0, error: { code: 'printer_unavailable' } });
  expect(results).toEqual([result]);
  expect(fake.jobs()).toHaveLength(0);
  expect(m.states()).toEqual([expect.objectContaining({ printerId: 'kiosk-1', state: 'paper_out' })]);
});

test('near-end paper still prints', async () => {
  const fake = await fakePrinter();
  fake.paper = 'near_end';
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 80 }]);
  expect(m.state('p')).toBe('paper_near_end');
  expect((await m.submit('p', ticketJob())).outcome).toBe('printed');
  expect(fake.jobs()).toHaveLength(1);
});

test('refused connections are retried a bounded number of times, then the job fails and nothing was delivered', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 58 }], { maxAttempts: 3 });
  const attempts: AttemptReport[] = [];
  m.onJobAttempt((report) => attempts.push(report));
  await fake.refuse();

  const result = await m.submit('p', ticketJob());
  expect(result).toMatchObject({ outcome: 'failed', attempts: 3, error: { code: 'connect_failed' } });
  expect(attempts.map((a) => a.willRetry)).toEqual([true, true, false]);
  expect(fake.jobs()).toHaveLength(0);
  await waitForState(m, 'p', 'offline');
});

test('a printer that comes back during the retries gets the job exactly once', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 58 }], { maxAttempts: 5 });
  await fake.refuse();
  const reopened = new Promise<void>((resolve) => {
    const stop = m.onJobAttempt(() => {
      stop();
      void fake.accept().then(resolve);
    });
  });

  const result = await m.submit('p', ticketJob());
  await reopened;
  expect(result.outcome).toBe('printed');
  expect(result.attempts).toBeGreaterThanOrEqual(2);
  expect(fake.jobs()).toHaveLength(1);
});

test('a hanging printer leaves its job uncertain (sent, never confirmed) while another printer keeps printing', async () => {
  const hanging = await fakePrinter();
  const healthy = await fakePrinter();
  const m = await manager([
    { id: 'stuck', url: hanging.url, paperWidth: 58 },
    { id: 'fine', url: healthy.url, paperWidth: 58 },
  ], { writeTimeoutMs: 1500 });
  hanging.behaviour = { kind: 'hang' };

  const order: string[] = [];
  const connectionsBefore = hanging.connections.length;
  let connectionsForJob = 0;
  const stuck = m.submit('stuck', ticketJob()).then((r) => {
    order.push('stuck');
    // Counted before the manager's follow-up status check can connect.
    connectionsForJob = hanging.connections.length - connectionsBefore;
    return r;
  });
  const fine: JobResult[] = [];
  for (const job of [ticketJob(), noticeJob(), ticketJob()]) {
    fine.push(await m.submit('fine', job));
    order.push('fine');
  }
  const stuckResult = await stuck;

  expect(fine.map((r) => r.outcome)).toEqual(['printed', 'printed', 'printed']);
  expect(healthy.jobs()).toHaveLength(3);
  expect(stuckResult).toMatchObject({ outcome: 'uncertain', attempts: 1, error: { code: 'unconfirmed' } });
  // The healthy printer did not wait for the stuck one.
  expect(order).toEqual(['fine', 'fine', 'fine', 'stuck']);
  // Bytes may have reached the hung printer, so the job was not sent a second time.
  expect(connectionsForJob).toBe(1);
});

test('a connection dropped in the middle of a job fails the job and it is not sent again', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 80 }], { maxAttempts: 3 });
  fake.behaviour = { kind: 'close_after', bytes: 200 };
  const attempts: AttemptReport[] = [];
  m.onJobAttempt((report) => attempts.push(report));

  const result = await m.submit('p', ticketJob());
  expect(result.outcome).toBe('failed');
  expect(result.attempts).toBe(1);
  expect(result.error?.code).toBe('write_failed');
  expect(attempts).toEqual([expect.objectContaining({ attempt: 1, willRetry: false })]);

  fake.behaviour = { kind: 'normal' };
  await m.refresh('p');
  await m.idle();
  const jobs = fake.jobs();
  expect(jobs).toHaveLength(1);
  expect(jobs[0]?.length).toBe(200);
});

test('the poller sees a printer go offline and come back to ok', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 58 }], { statusIntervalMs: 20 });
  const seen: string[] = [];
  m.onStateChange((change) => seen.push(change.state));
  expect(m.state('p')).toBe('ok');

  await fake.refuse();
  await waitForState(m, 'p', 'offline');
  expect(m.canPrint('p')).toBe(false);
  await fake.accept();
  await waitForState(m, 'p', 'ok');
  expect(m.canPrint('p')).toBe(true);
  expect(seen).toEqual(['offline', 'ok']);
  expect((await m.submit('p', ticketJob())).outcome).toBe('printed');
});

test('jobs on one printer print one at a time, in order, each exactly once', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 58 }]);
  const jobs = [ticketJob({ number: 'B001' }), ticketJob({ number: 'B002' }), ticketJob({ number: 'B003' })];
  const results = await Promise.all(jobs.map((job) => m.submit('p', job)));
  expect(results.map((r) => [r.jobId, r.outcome])).toEqual(jobs.map((j) => [j.id, 'printed']));
  const printed = fake.jobs().map((bytes) => ['B001', 'B002', 'B003'].find((n) => bytes.includes(Buffer.from(n))));
  expect(printed).toEqual(['B001', 'B002', 'B003']);
});

test('submitting a job id that is still in progress does not print it twice', async () => {
  const fake = await fakePrinter();
  const m = await manager([{ id: 'p', url: fake.url, paperWidth: 58 }]);
  const job = ticketJob();
  const [a, b] = await Promise.all([m.submit('p', job), m.submit('p', job)]);
  expect(a).toBe(b);
  expect(fake.jobs()).toHaveLength(1);
});

test('a kiosk without a printer, or an unknown printer id, fails at once with its own code', async () => {
  const m = await manager([{ id: 'none-1', url: 'none', paperWidth: 80 }]);
  expect(m.state('none-1')).toBe('offline');
  expect(m.canPrint('none-1')).toBe(false);
  expect(m.printerInfo()).toEqual([expect.objectContaining({ printerId: 'none-1', kind: 'none', state: 'offline' })]);
  expect(await m.submit('none-1', ticketJob())).toMatchObject({ outcome: 'failed', error: { code: 'no_printer' } });
  expect(await m.submit('nope', ticketJob())).toMatchObject({ outcome: 'failed', error: { code: 'unknown_printer' } });
  expect(m.state('nope')).toBeNull();
});
