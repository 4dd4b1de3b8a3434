/**
 * What a screen does with a command: the data, the server's error code (with the fields it names, for
 * forms), or "no answer" (offline or timed out: the command may or may not have run, which matters for
 * retries).
 */
import type { ErrorCode, Problem, Result } from '../protocol/errors';
import { CommandNotAnsweredError } from '../protocol/client/hall-socket';

export type Outcome<T> =
  | { kind: 'ok'; data: T }
  /** `problems`: each fault with its reason, when the server names several (a configuration file). */
  | { kind: 'error'; code: ErrorCode; fields?: string[]; problems?: Problem[] }
  | { kind: 'unanswered' };

/** The error variant of a Result as an Outcome, keeping the field paths when the server named any. */
export function refusalOf(error: { code: ErrorCode; fields?: string[]; problems?: Problem[] }): Outcome<never> {
  return {
    kind: 'error', code: error.code,
    ...(error.fields ? { fields: error.fields } : {}),
    ...(error.problems ? { problems: error.problems } : {}),
  };
}

export async function outcomeOf<T>(pending: Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    const result = await pending;
    return result.ok ? { kind: 'ok', data: result.data } : refusalOf(result.error);
  } catch (error) {
    if (error instanceof CommandNotAnsweredError) return { kind: 'unanswered' };
    throw error;
  }
}
