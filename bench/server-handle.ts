/** Starts bench/server-process.ts as a child process and talks to it: its URL, CPU time and RSS. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ParentMessage, ServerMessage } from './server-process';
import { SERVER_NODE_FLAGS } from '../server/node-flags';

export interface ServerUsage { cpuMs: number; rssMb: number }

export interface ServerHandle {
  url: string;
  usage(): Promise<ServerUsage>;
  stop(): Promise<void>;
}

function nextMessage<K extends ServerMessage['kind']>(child: ChildProcess, kind: K): Promise<Extract<ServerMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const isWanted = (message: ServerMessage): message is Extract<ServerMessage, { kind: K }> => message.kind === kind;
    const onMessage = (message: ServerMessage): void => {
      if (!isWanted(message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null): void => reject(new Error(`bench server exited (${code ?? 'signal'})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * `printerUrl`: where the hall's kiosks print (its lobby printer's address). The hall runs with the V8
 * flags it runs with in service, and so does the bare baseline: the ratios compare code, not flags.
 */
export async function startServer(mode: 'hall' | 'bare', dataDir = '', printerUrl = ''): Promise<ServerHandle> {
  const child = fork(path.resolve('bench/server-process.ts'), [mode, dataDir, printerUrl], {
    execArgv: [...SERVER_NODE_FLAGS, '--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=test-output/profiles'] : [])],
    // The hall logs one line per command to stdout, as in production; the bench has no use for them.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const send = (message: ParentMessage): void => {
    child.send(message);
  };
  const ready = await nextMessage(child, 'ready');
  return {
    url: ready.url,
    usage: async () => {
      const answer = nextMessage(child, 'usage');
      send({ kind: 'usage' });
      const { cpuMs, rssMb } = await answer;
      return { cpuMs, rssMb };
    },
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      send({ kind: 'stop' });
      await exited;
    },
  };
}
