/** Runs one fan-out in a fresh client process (bench/fan-out-process.ts) and answers its usage questions. */
import { fork } from 'node:child_process';
import path from 'node:path';
import type { ServerHandle } from './server-handle';
import type { FanOutResult } from './fan-out';
import type { FanOutJob, FromChild, ToChild } from './fan-out-process';

export function fanOutInChild(server: ServerHandle, job: FanOutJob): Promise<FanOutResult> {
  const child = fork(path.resolve('bench/fan-out-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const tell = (message: ToChild): void => {
    child.send(message);
  };
  return new Promise<FanOutResult>((resolve, reject) => {
    let result: FanOutResult | null = null;
    child.on('message', (message: FromChild) => {
      if (message.kind === 'result') result = message.result;
      else void server.usage().then((usage) => tell({ kind: 'usage', ...usage }), reject);
    });
    child.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`fan-out client process exited (${code ?? 'signal'}) without a result`));
    });
    tell({ kind: 'run', url: server.url, job });
  });
}
