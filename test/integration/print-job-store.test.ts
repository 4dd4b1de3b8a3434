/**
 * The SQLite print-job store: jobs survive a restart, a job that may have reached the printer is
 * never handed out to be sent again, and slips queued long ago are dropped rather than printed late.
 */
import fs from 'node:fs';
import { openDatabase } from '../../server/db/open';
import { SqliteJobStore, RESUME_MAX_AGE_MS } from '../../server/printing/job-store';
import { tempDir } from '../../testkit/hall';
import type { PrintJob } from '../../printers';

function testJob(id: string, createdAt: number): PrintJob {
  return { id, kind: 'test', createdAt, test: { hallName: '社会服务中心', hallNameMn: '', printerLabel: 'p', printedAt: createdAt, timezone: 'Asia/Shanghai' } };
}

describe('SqliteJobStore', () => {
  it('keeps pending jobs across a reopen, marks delivering ones, and drops stale queued slips', () => {
    const dir = tempDir();
    const now = 1_800_000_000_000;
    let db = openDatabase(dir);
    let store = new SqliteJobStore(db, () => now);
    store.add('p1', testJob('old', now - RESUME_MAX_AGE_MS - 1));
    store.add('p1', testJob('recent', now - 1000));
    store.add('p1', testJob('sent', now - RESUME_MAX_AGE_MS - 5));
    store.markDelivering('sent');
    store.add('p1', testJob('done', now));
    store.complete({ jobId: 'done', printerId: 'p1', outcome: 'printed', attempts: 1, finishedAt: now });
    db.close();

    db = openDatabase(dir);
    store = new SqliteJobStore(db, () => now);
    const pending = store.pending();
    expect(pending.map((p) => [p.job.id, p.delivering])).toEqual([['sent', true], ['recent', false]]);
    const rows = db.prepare('SELECT id, status, error_code AS code FROM print_jobs ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'done', status: 'printed', code: null },
      { id: 'old', status: 'failed', code: 'stale' },
      { id: 'recent', status: 'queued', code: null },
      { id: 'sent', status: 'delivering', code: null },
    ]);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
