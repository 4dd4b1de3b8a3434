/**
 * The socket work of the network driver, with a deadline on every wait: opening the connection,
 * writing a job, and collecting status bytes. Each helper settles exactly once and never leaves a
 * timer or listener behind.
 */
import net from 'node:net';
import { isStatusByte } from '../escpos/status';

export class ConnectError extends Error {}
export class AbortedError extends Error {
  /** Whether every byte meant for the printer had been written out when the wait was aborted. */
  constructor(message: string, readonly written = false) {
    super(message);
  }
}

/**
 * A socket emits 'error' after a failed write even when the write's own callback already reported
 * it (EPIPE, ECONNRESET from a printer that hung up). With no listener at that moment Node ends the
 * process, so every printer socket keeps this one for its whole life; the waits below attach their
 * own listeners to act on errors, this one only keeps a stray one from being fatal.
 */
function absorbErrors(socket: net.Socket): void {
  socket.on('error', () => undefined);
}

export function connectTo(host: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError('aborted before connecting'));
      return;
    }
    const socket = net.connect({ host, port });
    absorbErrors(socket);
    const finish = (error: Error | null): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeListener('error', onError);
      socket.removeListener('connect', onConnect);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        resolve(socket);
      }
    };
    const onConnect = (): void => finish(null);
    const onError = (error: Error): void => finish(new ConnectError(error.message));
    const onAbort = (): void => finish(new AbortedError('aborted while connecting'));
    const timer = setTimeout(() => finish(new ConnectError(`no connection to ${host}:${port} within ${timeoutMs} ms`)), timeoutMs);
    socket.once('connect', onConnect);
    socket.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface CollectOptions {
  /** Status bytes wanted before resolving. */
  count: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Sent once the listeners are in place. */
  send: Buffer[];
  /** Status bytes that arrive before every `send` buffer is written out are ignored when true. */
  onlyAfterWritten?: boolean;
}

/**
 * The device answered with text (e.g. "HTTP/1.1 400 Bad Request" from a web server or a router's
 * admin page on the printer's address). A receipt printer answers DLE EOT with single status bytes;
 * several printable characters in a row never come from one.
 */
export class NotAPrinterError extends Error {}

/** Printable ASCII bytes in a row that mark an answer as text rather than printer status. */
const TEXT_RUN = 4;

function isTextByte(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || byte === 0x0d || byte === 0x0a;
}

export class StatusTimeoutError extends Error {
  /** Whether every `send` buffer had been written out before the wait ended. */
  constructor(message: string, readonly written = false) {
    super(message);
  }
}
export class ConnectionLostError extends Error {}

/**
 * Writes `send` and resolves with the first `count` status-shaped bytes the printer answers. Rejects
 * on timeout, abort, error, or when the printer closes the connection first.
 */
export function writeAndCollectStatus(socket: net.Socket, options: CollectOptions): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const answers: number[] = [];
    let textRun = 0;
    let allWritten = false;
    let written = options.onlyAfterWritten !== true;
    let settled = false;
    const finish = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket.removeListener('data', onData);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      if (error) reject(error);
      else resolve(answers);
    };
    const onData = (chunk: Buffer): void => {
      for (const byte of chunk) {
        textRun = isTextByte(byte) ? textRun + 1 : 0;
        if (textRun >= TEXT_RUN) {
          finish(new NotAPrinterError(`the device answered with text: ${JSON.stringify(chunk.toString('latin1').slice(0, 40))}`));
          return;
        }
        if (!written) continue;
        if (isStatusByte(byte)) answers.push(byte);
        if (answers.length >= options.count) {
          finish(null);
          return;
        }
      }
    };
    const onError = (error: Error): void => finish(new ConnectionLostError(error.message));
    const onClose = (): void => finish(new ConnectionLostError('printer closed the connection'));
    const onAbort = (): void => finish(new AbortedError('aborted', allWritten));
    const timer = setTimeout(
      () => finish(new StatusTimeoutError(`printer did not answer within ${options.timeoutMs} ms`, allWritten)),
      options.timeoutMs,
    );
    socket.on('data', onData);
    socket.once('error', onError);
    socket.once('close', onClose);
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const last = options.send.length - 1;
    options.send.forEach((buffer, i) => {
      socket.write(buffer, (error) => {
        if (error) finish(new ConnectionLostError(error.message));
        else if (i === last) {
          allWritten = true;
          written = true;
        }
      });
    });
  });
}
