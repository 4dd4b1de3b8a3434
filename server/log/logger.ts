/**
 * The structured log: JSON lines on stdout (pino), for the journal or a log collector. Writing is
 * asynchronous (a buffer flushed as the event loop allows, and at exit), so a command never waits for the
 * terminal or the disk. A log that cannot be written (closed pipe, full disk) loses lines, never the hall.
 *
 * What is logged is built field by field (see command-log.ts): people and devices by kind and id, never
 * a command's input, so no token, key or password can reach a line. (pino's path redaction would double
 * the cost of each line for fields that are never there.)
 */
import pino, { type Logger } from 'pino';
import type { LogLevel } from './levels';

export type { Logger } from 'pino';

export function createLogger(level: LogLevel, fd = 1): Logger {
  // maxLength: while the output is broken, lines queue up to 4 MB and the rest are dropped, so a full
  // log disk cannot grow the server's memory either.
  const destination = pino.destination({ dest: fd, sync: false, maxLength: 4 * 1024 * 1024 });
  destination.on('error', () => {
    // The log's own output failed: nowhere to report it; drop the lines and keep serving.
  });
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }, destination);
}
