/**
 * Checks of refusals as the protocol defines them: `{ok: false, error: {code, message, fields?, problems?}}` with a
 * known code and a non-empty message, and nothing of the server's insides (stack lines, file paths).
 */
import { ERROR_CODES, HTTP_STATUS, type ErrorBody, type ErrorCode } from '../../protocol/errors';
import type { RawResponse } from './raw-http';

const INSIDE_SIGNS: RegExp[] = [
  /\bat [\w$.<>]+ \(/,          // "at fn (file:1:2)"
  /\n\s+at /,                    // any stack line
  /[\w-]+\.(ts|js|cjs|mjs):\d+/, // file:line
  /node_modules|\/work\/|\/tmp\/|[A-Z]:\\/,
  /\b(TypeError|SyntaxError|RangeError|SqliteError)\b/,
];

/** Asserts that `body` is a protocol refusal (with `code`, when given) and returns its error. */
export function expectRefusal(body: unknown, code?: ErrorCode): ErrorBody {
  expect(body).toEqual({ ok: false, error: expect.any(Object) });
  const error = (body as { error: Record<string, unknown> }).error;
  for (const key of Object.keys(error)) expect(['code', 'message', 'fields', 'problems']).toContain(key);
  expect(ERROR_CODES).toContain(error.code);
  if (code) expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  expect((error.message as string).length).toBeGreaterThan(0);
  if (error.fields !== undefined) {
    expect(Array.isArray(error.fields)).toBe(true);
    for (const f of error.fields as unknown[]) expect(typeof f).toBe('string');
  }
  if (error.problems !== undefined) {
    // Each problem names a path the refusal lists in `fields`, and why in a short reason (never a value).
    expect(Array.isArray(error.problems)).toBe(true);
    for (const p of error.problems as unknown[]) {
      expect(p).toEqual({ path: expect.any(String), reason: expect.stringMatching(/^[A-Za-z_]+(:[\w -]{1,60})?$/) });
      expect(error.fields).toContain((p as { path: string }).path);
    }
  }
  const text = JSON.stringify(body);
  for (const sign of INSIDE_SIGNS) expect(text).not.toMatch(sign);
  return {
    code: error.code as ErrorCode,
    message: error.message as string,
    ...(error.fields !== undefined ? { fields: error.fields as string[] } : {}),
    ...(error.problems !== undefined ? { problems: error.problems as ErrorBody['problems'] } : {}),
  };
}

/** An HTTP refusal: JSON body, protocol shape, and the status that belongs to its code. */
export function expectHttpRefusal(res: RawResponse, code: ErrorCode): ErrorBody {
  expect(res.headers['content-type'] ?? '').toMatch(/^application\/json/);
  const error = expectRefusal(res.json, code);
  expect(res.status).toBe(HTTP_STATUS[code]);
  return error;
}
