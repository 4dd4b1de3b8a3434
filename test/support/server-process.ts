/**
 * The real server as a separate process (`node`, the server's flags, `--import tsx server/main.ts`: as a
 * service manager runs it) on 127.0.0.1, for tests of what happens at start and around the process
 * itself: its exit code, what it prints, files it leaves. Output is kept so a failing test can show it.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { freePort } from './ports';
import { SERVER_ARGS } from '../../server/node-flags';

const ROOT = path.resolve(__dirname, '../..');
// A real server process loads the hall through tsx: on a loaded 2-core machine a start has taken over 20 s.
const START_TIMEOUT_MS = 45_000;

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything written to stdout and stderr so far (when they are pipes). */
  output(): string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<string>;
}

export interface ServerOptions {
  dataDir: string;
  env?: Record<string, string>;
  /** Run as this user and group (only when the test runs as root). */
  user?: { uid: number; gid: number };
  /** Where stdout goes: a pipe (kept) by default, or a file descriptor. */
  stdout?: 'pipe' | number;
}

export async function spawnServer(opts: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const stdio: StdioOptions = ['ignore', opts.stdout ?? 'pipe', 'pipe'];
  const child = spawn(process.execPath, [...SERVER_ARGS], {
    cwd: ROOT,
    env: {
      ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: opts.dataDir, PUBLIC_URL: 'http://127.0.0.1:1',
      INITIAL_ADMIN_PASSWORD: 'server-process-admin-password', ...opts.env,
    },
    stdio,
    ...(opts.user ?? {}),
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(String(code ?? signal)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => out + err, stdout: () => out, stderr: () => err, exited };
}

/** Waits until /healthz answers 200; fails with the server's output if it exits first or takes too long. */
export async function untilHealthy(server: ServerProcess): Promise<void> {
  let code: string | null = null;
  void server.exited.then((c) => { code = c; });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (code !== null) throw new Error(`server exited before listening (${code}):\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start in time:\n${server.output()}`);
}

/** Waits for the process to end by itself; fails (and kills it) if it is still running after the timeout. */
export async function untilExit(server: ServerProcess, timeoutMs = START_TIMEOUT_MS): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((_resolve, reject) => {
    timer = setTimeout(() => {
      server.child.kill('SIGKILL');
      reject(new Error(`server still running after ${timeoutMs} ms:\n${server.output()}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function stopServer(server: ServerProcess): Promise<string> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  return server.exited;
}
