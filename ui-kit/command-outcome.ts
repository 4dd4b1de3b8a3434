/**
 * What a screen does with a command: the data, the server's error code, or "no answer" (offline or
 * timed out: the command may or may not have run, which matters for retries).
 */
import type { ErrorCode, Result } from '../protocol/errors';
import { CommandNotAnsweredError } from '../protocol/client/hall-socket';

export type Outcome<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'error'; code: ErrorCode }
  | { kind: 'unanswered' };

export async function outcomeOf<T>(pending: Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    const result = await pending;
    return result.ok ? { kind: 'ok', data: result.data } : { kind: 'error', code: result.error.code };
  } catch (error) {
    if (error instanceof CommandNotAnsweredError) return { kind: 'unanswered' };
    throw error;
  }
}
