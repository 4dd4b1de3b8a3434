/**
 * Commands the portal sends over the hall's HTTP API (a booking, a cancellation): JSON in, the command
 * bus's Result out; a network failure or a page that is no JSON is "unanswered".
 */
import type { Result } from '../../../protocol/errors';
import { refusalOf, type Outcome } from '../../../ui-kit/command-outcome';

export async function sendApi<T>(path: string, body: unknown): Promise<Outcome<T>> {
  let result: Result<T>;
  try {
    const res = await fetch(path, {
      method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store',
    });
    result = (await res.json()) as Result<T>;
  } catch {
    return { kind: 'unanswered' };
  }
  return result.ok ? { kind: 'ok', data: result.data } : refusalOf(result.error);
}
