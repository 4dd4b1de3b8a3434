import type { ZodError } from 'zod';

/** Field paths of a validation failure (never the values), with unknown fields named one by one. */
export function invalidFields(error: ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => (base ? `${base}.${k}` : k));
    return [base || '(root)'];
  });
}
