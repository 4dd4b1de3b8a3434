import type { ErrorCode, Problem } from '../../protocol/errors';

/** A refusal the client is meant to see: carries only a catalog code, never internal detail. */
export class CommandError extends Error {
  constructor(readonly code: ErrorCode, readonly fields?: string[], readonly problems?: Problem[]) {
    super(code);
    this.name = 'CommandError';
  }
}

export function fail(code: ErrorCode, fields?: string[], problems?: Problem[]): never {
  throw new CommandError(code, fields, problems);
}

/** Unwraps an engine result, turning its error code into a CommandError. */
export function must<T>(result: { ok: true; value: T } | { ok: false; code: ErrorCode }): T {
  if (!result.ok) fail(result.code);
  return result.value;
}
