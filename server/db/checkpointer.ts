/**
 * Moves SQLite's WAL checkpoints off the thread that answers the hall. Left to itself, the connection
 * that commits also copies the WAL back into the database file every 1,000 pages, inside whichever
 * commit crosses that line, fsync included: every few dozen commands one call or one ticket waits
 * milliseconds longer. Here a worker thread with its own connection runs PASSIVE checkpoints on a timer
 * (they never block a writer), and the serving connection checkpoints by itself only as a safety net
 * if the worker falls far behind or stops.
 *
 * The worker's code is a short CommonJS string run with `eval`, so it starts the same way under the
 * server (tsx), the tests (jest) and the bench, without a build step; better-sqlite3 is resolved here and
 * handed to it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Db } from './open';

/** The serving connection's own checkpoint threshold while the worker runs (pages; about 32 MB). */
export const SAFETY_NET_PAGES = 8000;
const DEFAULT_PAGES = 1000;

/**
 * The worker's young generation (MB, both semi-spaces). V8 flags are the process's, so without this the
 * worker would take the serving thread's 16 MB semi-spaces (node-flags.ts): V8 reduces an idle isolate's
 * memory with full collections, and each of those committed 16 MB of fresh pages again, mapped,
 * protected and advised one by one, a few times a minute, for a thread that allocates a few kilobytes
 * every five seconds. Counted over 12 s of a hall calling five times a second: 894 mmap, mprotect,
 * madvise and munmap calls in the server process before, 20 after.
 */
export const WORKER_YOUNG_GENERATION_MB = 2;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = FULL');
let lastError = '';
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    lastError = '';
  } catch (err) {
    // A full disk fails every few hundred milliseconds: say so once, not every time.
    if (String(err) !== lastError) parentPort.postMessage({ error: String(err) });
    lastError = String(err);
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** How the worker is started, apart from its code: what it works on, and its small young generation. */
export function checkpointWorkerOptions(file: string, intervalMs: number): WorkerOptions {
  const driver = createRequire(path.join(process.cwd(), 'package.json')).resolve('better-sqlite3');
  return { workerData: { file, driver, intervalMs }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
}

export function startCheckpointer(db: Db, intervalMs: number, logError: (err: unknown) => void): Checkpointer {
  const worker = new Worker(WORKER, { ...checkpointWorkerOptions(db.name, intervalMs), eval: true });
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  let running = true;
  const fallBack = (): void => {
    if (!running) return;
    running = false;
    // Without the worker the serving connection checkpoints as SQLite normally does.
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
  };
  worker.on('message', (message: { error?: string }) => {
    if (message.error) logError(new Error(`checkpoint: ${message.error}`));
  });
  worker.on('error', (err) => {
    logError(err);
    fallBack();
  });
  worker.on('exit', fallBack);
  // The worker never keeps the process alive on its own.
  worker.unref();
  return {
    stop: () => new Promise<void>((resolve) => {
      if (!running) return resolve();
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
    }),
  };
}
