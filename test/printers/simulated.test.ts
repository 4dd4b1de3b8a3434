/** The simulated printer files previews per day and can play out-of-paper for demos. */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { startManager, tempDir, waitForState } from './harness';
import { ticketJob } from './sample-slips';

test('each job becomes DATA_DIR/prints/<hall-day>/<jobId>.png and .txt', async () => {
  const dataDir = tempDir();
  const m = await startManager([{ id: 'demo', url: 'simulated', paperWidth: 58 }], { dataDir });
  try {
    expect(m.state('demo')).toBe('ok');
    const job = ticketJob();
    expect(await m.submit('demo', job)).toMatchObject({ outcome: 'printed', attempts: 1 });
    // ISSUED_AT is 2025-03-08 01:05 UTC, 09:05 in Baotou.
    const dir = path.join(dataDir, 'prints', '2025-03-08');
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, `${job.id}.png`)));
    expect(png.width).toBe(384);
    expect(fs.readFileSync(path.join(dir, `${job.id}.txt`), 'utf8')).toContain('A007');
  } finally {
    await m.stop();
  }
});

test('told to be out of paper, it reports paper_out and refuses jobs until paper is back', async () => {
  const dataDir = tempDir();
  const m = await startManager([{ id: 'demo', url: 'simulated', paperWidth: 80 }], { dataDir });
  try {
    const out = waitForState(m, 'demo', 'paper_out');
    expect(m.simulate('demo', 'paper_out')).toBe(true);
    await out;
    const refused = await m.submit('demo', ticketJob());
    expect(refused).toMatchObject({ outcome: 'failed', error: { code: 'printer_unavailable' } });
    expect(fs.existsSync(path.join(dataDir, 'prints'))).toBe(false);

    m.simulate('demo', 'ok');
    expect(await m.refresh('demo')).toBe('ok');
    expect((await m.submit('demo', ticketJob())).outcome).toBe('printed');
  } finally {
    await m.stop();
  }
});

test('only simulated printers can be told a state', async () => {
  const m = await startManager([{ id: 'none', url: 'none', paperWidth: 80 }]);
  expect(m.simulate('none', 'ok')).toBe(false);
  expect(m.simulate('missing', 'ok')).toBe(false);
  await m.stop();
});
