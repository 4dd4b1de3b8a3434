/** Jobs pass through the store; after a restart, unsent jobs print and possibly-sent ones are reported. */
import { InMemoryJobStore } from '../../printers/queue/job-store';
import { FakePrinter } from '../../testkit/fake-printer';
import { collectResults, FAST, tempDir } from './harness';
import { PrinterManager } from '../../printers/manager';
import { ticketJob } from './sample-slips';

test('the store holds a job until its result, and marks it once bytes start to leave', async () => {
  const fake = await FakePrinter.start();
  const store = new InMemoryJobStore();
  const seen: string[] = [];
  const spy = {
    add: (printerId: string, job: Parameters<InMemoryJobStore['add']>[1]) => { seen.push(`add ${job.id}`); store.add(printerId, job); },
    markDelivering: (jobId: string) => { seen.push(`delivering ${jobId}`); store.markDelivering(jobId); },
    complete: (result: Parameters<InMemoryJobStore['complete']>[0]) => { seen.push(`complete ${result.jobId} ${result.outcome}`); store.complete(result); },
    pending: () => store.pending(),
  };
  const m = new PrinterManager([{ id: 'p', url: fake.url, paperWidth: 58 }], { ...FAST, dataDir: tempDir(), store: spy });
  await m.start();
  try {
    const job = ticketJob();
    await m.submit('p', job);
    expect(seen).toEqual([`add ${job.id}`, `delivering ${job.id}`, `complete ${job.id} printed`]);
    expect(store.pending()).toEqual([]);
  } finally {
    await m.stop();
    await fake.close();
  }
});

test('on start, jobs never sent are printed and jobs that may have printed are reported interrupted', async () => {
  const fake = await FakePrinter.start();
  const store = new InMemoryJobStore();
  const unsent = ticketJob({ number: 'C001' });
  const halfSent = ticketJob({ number: 'C002' });
  const orphan = ticketJob({ number: 'C003' });
  store.add('p', unsent);
  store.add('p', halfSent);
  store.markDelivering(halfSent.id);
  store.add('gone', orphan);

  const m = new PrinterManager([{ id: 'p', url: fake.url, paperWidth: 58 }], { ...FAST, dataDir: tempDir(), store });
  const results = collectResults(m);
  await m.start();
  await m.idle();
  try {
    const byJob = Object.fromEntries(results.map((r) => [r.jobId, `${r.outcome}${r.error ? ` ${r.error.code}` : ''}`]));
    expect(byJob).toEqual({
      [unsent.id]: 'printed',
      [halfSent.id]: 'failed interrupted',
      [orphan.id]: 'failed unknown_printer',
    });
    const printed = fake.jobs();
    expect(printed).toHaveLength(1);
    expect(printed[0]?.includes(Buffer.from('C001'))).toBe(true);
    expect(store.pending()).toEqual([]);
  } finally {
    await m.stop();
    await fake.close();
  }
});

test('stopping while a printer hangs abandons the job in hand and leaves every unprinted job pending for the restart', async () => {
  const fake = await FakePrinter.start();
  const store = new InMemoryJobStore();
  // Deadlines far beyond the test's own: stop() must not wait for them.
  const slow = { ...FAST, dataDir: tempDir(), store, writeTimeoutMs: 120_000, jobTimeoutMs: 120_000 };
  const first = new PrinterManager([{ id: 'p', url: fake.url, paperWidth: 58 }], slow);
  await first.start();
  fake.behaviour = { kind: 'status_only' };
  const announced = collectResults(first);
  const jobs = [ticketJob({ number: 'D001' }), ticketJob({ number: 'D002' }), ticketJob({ number: 'D003' })];
  const answers = jobs.map((job) => first.submit('p', job));
  await new Promise<void>((resolve) => {
    const poll = (): void => { if (store.pending().some((p) => p.delivering)) resolve(); else setTimeout(poll, 10); };
    poll();
  });

  await first.stop();
  expect((await Promise.all(answers)).map((r) => r.error?.code)).toEqual(['interrupted', 'interrupted', 'interrupted']);
  expect(announced).toEqual([]);
  expect(store.pending().map((p) => [p.job.id, p.delivering])).toEqual([[jobs[0]?.id, true], [jobs[1]?.id, false], [jobs[2]?.id, false]]);
  // A job submitted while stopping is kept for the restart too.
  const late = ticketJob({ number: 'D004' });
  expect((await first.submit('p', late)).error?.code).toBe('interrupted');

  fake.behaviour = { kind: 'normal' };
  const second = new PrinterManager([{ id: 'p', url: fake.url, paperWidth: 58 }], { ...FAST, dataDir: tempDir(), store });
  const results = collectResults(second);
  await second.start();
  await second.idle();
  try {
    expect(Object.fromEntries(results.map((r) => [r.jobId, `${r.outcome}${r.error ? ` ${r.error.code}` : ''}`]))).toEqual({
      [jobs[0]?.id ?? '']: 'failed interrupted',
      [jobs[1]?.id ?? '']: 'printed',
      [jobs[2]?.id ?? '']: 'printed',
      [late.id]: 'printed',
    });
  } finally {
    await second.stop();
    await fake.close();
  }
});
