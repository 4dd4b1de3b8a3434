/** Jobs pass through the store; after a restart, unsent jobs print and possibly-sent ones are reported. */
import { InMemoryJobStore } from '../../printers/queue/job-store';
import { FakePrinter } from './fake-printer';
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
