import type { ZodError } from 'zod';
import type { ErrorCode, Problem } from '../../protocol/errors';
import { TEXT_INVALID_ISSUE } from '../../protocol/text';
import { PHONE_INVALID_ISSUE } from '../../protocol/booking-schemas';

/** Field paths of a validation failure (never the values), with unknown fields named one by one. */
export function invalidFields(error: ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => (base ? `${base}.${k}` : k));
    return [base || '(root)'];
  });
}

/** Refinements whose failure has a code of its own (a schema marks the issue with `params.reason`). */
const OWN_CODES: Readonly<Record<string, ErrorCode>> = { [TEXT_INVALID_ISSUE]: 'TEXT_INVALID', [PHONE_INVALID_ISSUE]: 'PHONE_INVALID' };

/**
 * The code for a schema failure: TEXT_INVALID when the only fault is a refused character in a text
 * field (the front ends then say which characters), PHONE_INVALID when it is only a mobile number that
 * is no Chinese mobile number, BAD_REQUEST for everything else.
 */
export function schemaRefusal(error: ZodError): ErrorCode {
  const reasons = new Set(error.issues.map((issue) => (issue.code === 'custom' ? String(issue.params?.reason) : '')));
  const [only] = [...reasons];
  return reasons.size === 1 && only !== undefined ? OWN_CODES[only] ?? 'BAD_REQUEST' : 'BAD_REQUEST';
}

/**
 * Each schema fault with the check that failed, so a form or an import can say why and not only where.
 * Our own refinements carry their message (`custom:MM-DD`); zod's own checks are named by their code.
 */
export function schemaProblems(error: ZodError, prefix = ''): Problem[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ path: base ? `${base}.${k}` : k, reason: 'unrecognized_keys' }));
    }
    return [{ path: base || '(root)', reason: issue.code === 'custom' ? `custom:${issue.message}` : issue.code }];
  });
}
