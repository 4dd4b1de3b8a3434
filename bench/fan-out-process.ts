/**
 * One fan-out's clients, in a process of their own (bench/fan-out-child.ts starts it). Thousands of
 * display sockets cost the client process memory and garbage collection: when every fan-out shared the
 * bench's own process, the server measured last met a client that had opened and closed 6,500 sockets
 * before, with longer collection pauses, and its tail latency carried them. A fresh process per fan-out
 * gives every server the same clients. The server's CPU and memory are asked of the parent, which holds
 * the server's handle.
 */
import type { ServerUsage } from './server-handle';
import { fanOutBare, fanOutHall, type FanOutResult, type FanOutTarget, type HallCall } from './fan-out';
import type { BenchHallFile } from './history';

/** One fan-out, the server's `k`-th (from 0). */
export type FanOutJob =
  | { target: 'bare'; displays: number; k: number }
  | { target: 'hall'; displays: number; k: number; hall: BenchHallFile; per: HallCall };

export type ToChild = { kind: 'run'; url: string; job: FanOutJob } | ({ kind: 'usage' } & ServerUsage);
export type FromChild = { kind: 'usage' } | { kind: 'result'; result: FanOutResult };

function tell(message: FromChild, sent?: () => void): void {
  process.send?.(message, undefined, {}, sent);
}

/** Answers of the parent to usage questions, in the order they were asked. */
const usageAnswers: ((usage: ServerUsage) => void)[] = [];

function target(url: string): FanOutTarget {
  return {
    url,
    usage: () => new Promise<ServerUsage>((resolve) => {
      usageAnswers.push(resolve);
      tell({ kind: 'usage' });
    }),
  };
}

function run(url: string, job: FanOutJob): Promise<FanOutResult> {
  return job.target === 'bare'
    ? fanOutBare(target(url), job.displays, job.k)
    : fanOutHall(target(url), job.hall, job.displays, job.per, job.k);
}

process.on('message', (message: ToChild) => {
  if (message.kind === 'usage') {
    usageAnswers.shift()?.({ cpuMs: message.cpuMs, rssMb: message.rssMb });
    return;
  }
  run(message.url, message.job).then((result) => {
    // Once the result is handed to the channel, exit: closed sockets may still hold the loop a moment.
    tell({ kind: 'result', result }, () => process.exit(0));
  }, (err: unknown) => {
    console.error(err);
    process.exit(1);
  });
});
