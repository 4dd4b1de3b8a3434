/**
 * Reads of the hall's public HTTP API (the portal holds no socket: nothing it shows needs a push). The
 * answer is the command bus's Result; a network failure or a page that is no JSON is "unanswered".
 */
import type { ErrorCode, Result } from '../../protocol/errors';
import { refusalOf, type Outcome } from '../../ui-kit/command-outcome';

export async function readApi<T>(path: string): Promise<Outcome<T>> {
  let result: Result<T>;
  try {
    const res = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    result = (await res.json()) as Result<T>;
  } catch {
    return { kind: 'unanswered' };
  }
  return result.ok ? { kind: 'ok', data: result.data } : refusalOf(result.error);
}

/** What a page shows while it reads, when it has read, or when it could not. */
export type ReadState<T> =
  | { phase: 'loading' }
  | { phase: 'ready'; data: T }
  | { phase: 'failed'; code: ErrorCode }
  | { phase: 'unanswered' };
