/**
 * Why a field is wrong, as catalog text: from the zod schema the server uses (checked here before
 * sending) or from the server's refusal (its code and the field paths it names). Paths are dotted the
 * way the server writes them (`hours.timetables.0.week.2.1`), so both sources land on the same field.
 */
import type { ZodError } from 'zod';
import type { ErrorCode } from '../../../protocol/errors';
import { errorKey, type UiKey, type Vars } from '../../../protocol/catalog/ui-lookup';
import { TEXT_INVALID_ISSUE } from '../../../protocol/text';

export interface FieldProblem {
  key: UiKey;
  vars?: Vars;
}

export type FieldProblems = Record<string, FieldProblem>;

/** Custom issue messages the shared schemas use (e.g. protocol/hours.ts), in words. */
const CUSTOM_MESSAGES: Record<string, UiKey> = {
  format: 'admin.field.format',
  'ends-before-start': 'admin.field.endsBeforeStart',
  overlaps: 'admin.field.overlaps',
};

type Issue = ZodError['issues'][number];

function problemOf(issue: Issue): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.expected === 'number' && issue.message.includes('NaN') ? 'admin.field.notNumber' : 'admin.field.required' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'admin.field.required' } : { key: 'admin.field.tooShort', vars: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'admin.field.tooFew', vars: { min } };
      return { key: 'admin.field.tooSmall', vars: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'admin.field.tooLong', vars: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'admin.field.tooMany', vars: { max } };
      return { key: 'admin.field.tooLarge', vars: { max } };
    }
    case 'invalid_format':
      return { key: 'admin.field.format' };
    case 'custom':
      if (issue.params?.['reason'] === TEXT_INVALID_ISSUE) return { key: errorKey('TEXT_INVALID') };
      return { key: CUSTOM_MESSAGES[issue.message] ?? 'admin.field.invalid' };
    default:
      return { key: 'admin.field.invalid' };
  }
}

export function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The first problem of each field the schema found. */
export function problemsFromZod(error: ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const path = pathOf(issue.path);
    if (!(path in problems)) problems[path] = problemOf(issue);
  }
  return problems;
}

/**
 * The server's refusal on the fields it names: a clash (ALREADY_EXISTS), a refused character
 * (TEXT_INVALID) or any other code says its own words; a plain BAD_REQUEST says the field is not right.
 */
export function problemsFromRefusal(code: ErrorCode, fields: readonly string[]): FieldProblems {
  const problem: FieldProblem = { key: code === 'BAD_REQUEST' ? 'admin.field.invalid' : errorKey(code) };
  const problems: FieldProblems = {};
  for (const field of fields) problems[field] = problem;
  return problems;
}
