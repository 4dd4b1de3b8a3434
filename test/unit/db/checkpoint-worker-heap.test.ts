/**
 * The checkpoint worker runs in the server's process, under the server's V8 flags (server/node-flags.ts):
 * its own young generation stays small all the same, so the full collections V8 runs in an idle isolate
 * do not commit the serving thread's 16 MB semi-spaces again and again.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../../server/node-flags';
import { WORKER_YOUNG_GENERATION_MB } from '../../../server/db/checkpointer';
import { NEW_SPACE_SIZE } from '../../support/new-space';

const root = path.resolve(__dirname, '../../..');
const MB = 1024 * 1024;

/** The new space of a worker started with the checkpointer's options (or with none), in a process with the server's flags. */
function workerNewSpace(withCheckpointerOptions: boolean): { worker: number; main: number } {
  const script = `
    const { Worker } = require('node:worker_threads');
    const { checkpointWorkerOptions } = require('./server/db/checkpointer');
    const newSpace = () => ${NEW_SPACE_SIZE};
    const probe = ${JSON.stringify(`require('node:worker_threads').parentPort.postMessage(${NEW_SPACE_SIZE})`)};
    const options = ${withCheckpointerOptions ? "checkpointWorkerOptions('unused.sqlite', 5000)" : '{}'};
    const worker = new Worker(probe, { ...options, eval: true });
    worker.once('message', (size) => { process.stdout.write(JSON.stringify({ worker: size, main: newSpace() })); void worker.terminate(); });
  `;
  const out = execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as { worker: number; main: number };
}

it('a worker under the server flags takes their 16 MB semi-spaces unless told otherwise', () => {
  const { worker, main } = workerNewSpace(false);
  expect(main).toBe(16 * MB);
  expect(worker).toBe(16 * MB);
});

it('the checkpoint worker keeps a young generation of a few MB while the serving thread keeps its 16 MB', () => {
  const { worker, main } = workerNewSpace(true);
  expect(main).toBe(16 * MB);
  expect(worker).toBeLessThanOrEqual(WORKER_YOUNG_GENERATION_MB * MB);
  expect(worker).toBeGreaterThan(0);
});
