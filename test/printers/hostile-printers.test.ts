/**
 * No printer behaviour may end the process: a device on the printer's port that hangs up, resets,
 * half-closes, goes silent or answers like a web server fails the job (or reads as a bad state), and the
 * same manager then prints normally once the printer behaves again.
 */
import { FakePrinter, type Behaviour } from '../../testkit/fake-printer';
import { startManager } from './harness';
import { ticketJob } from './sample-slips';
import type { PrinterManager } from '../../printers/manager';

const fakes: FakePrinter[] = [];
const managers: PrinterManager[] = [];

afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function setUp(): Promise<{ fake: FakePrinter; m: PrinterManager }> {
  const fake = await FakePrinter.start();
  fakes.push(fake);
  const m = await startManager([{ id: 'p', url: fake.url, paperWidth: 80 }], { writeTimeoutMs: 600 });
  managers.push(m);
  return { fake, m };
}

/** Lets every socket event already due (a late 'error' after a failed write) run before the next check. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

const HOSTILE: Behaviour[] = [
  { kind: 'close_at_once' },
  { kind: 'reset_at_once' },
  { kind: 'half_open' },
  { kind: 'hang' },
  { kind: 'close_after', bytes: 64 },
  { kind: 'status_only' },
  { kind: 'http' },
];

describe.each(HOSTILE)('a printer that misbehaves ($kind)', (behaviour) => {
  it('fails the job without ending the process, and the next good job prints', async () => {
    const { fake, m } = await setUp();
    expect(m.state('p')).toBe('ok');
    fake.behaviour = behaviour;

    const result = await m.submit('p', ticketJob());
    expect(result.outcome).not.toBe('printed');
    // Status checks against the same behaviour must not end the process either.
    await m.refresh('p');
    await settle();

    fake.behaviour = { kind: 'normal' };
    expect(await m.refresh('p')).toBe('ok');
    const next = ticketJob({ number: 'Z999' });
    expect(await m.submit('p', next)).toMatchObject({ jobId: next.id, outcome: 'printed' });
    expect(fake.jobs().some((bytes) => bytes.includes(Buffer.from('Z999')))).toBe(true);
  });
});

it('a printer that accepts the job connection and closes it at once: the job is final, never sent twice', async () => {
  const { fake, m } = await setUp();
  fake.behaviour = { kind: 'close_at_once' };
  const result = await m.submit('p', ticketJob());
  await settle();
  expect(result.outcome).toBe('failed');
  // Bytes were handed to the connection: they may have reached the printer, so no second attempt.
  expect(result.attempts).toBe(1);
  const jobConnections = fake.connections.length;
  await m.idle();
  expect(fake.connections.length).toBeLessThanOrEqual(jobConnections + 1);
});
