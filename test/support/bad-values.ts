/**
 * Malformed variants of a valid command input, for tests that every boundary refuses them. Each case
 * says which field the refusal should name, when it should name one.
 */
export interface BadCase {
  label: string;
  input: unknown;
  /** Field the BAD_REQUEST must name in `error.fields`, if the case is about one field. */
  field?: string;
}

type Input = Record<string, unknown>;

/** Values that are not an object at all. `null` is left out: an absent payload reads as `{}`. */
export function notObjects(base: Input): BadCase[] {
  return [
    { label: 'an empty array', input: [] },
    { label: 'the input wrapped in an array', input: [base] },
    { label: 'a string', input: 'counterId=1' },
    { label: 'an empty string', input: '' },
    { label: 'a number', input: 42 },
    { label: 'a negative number', input: -1 },
    { label: 'true', input: true },
    { label: 'false', input: false },
  ];
}

function without(base: Input, key: string): Input {
  return Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
}

function wrongTypes(value: unknown): unknown[] {
  if (typeof value === 'number') return [String(value), true, {}, [value]];
  if (typeof value === 'string') return [123, true, {}, [value]];
  if (typeof value === 'boolean') return [String(value), 1];
  return ['text', 1];
}

function badNumbers(): unknown[] {
  return [-1, 0, 1.5, -0.5, 10_000.25, 1e20, 2 ** 53 + 2, Number.MAX_VALUE];
}

function badStrings(): unknown[] {
  return ['', 'x'.repeat(600), 'y'.repeat(5000)];
}

/**
 * For each field of `base`: missing, null (unless `nullable` names it), of a wrong type, and (numbers)
 * negative, zero, fractional, huge, (strings) empty or overlong; plus `extra[field]` values that break
 * the field's pattern.
 */
export function fieldCases(base: Input, extra: Record<string, unknown[]> = {}, nullable: readonly string[] = []): BadCase[] {
  const cases: BadCase[] = [];
  for (const [field, value] of Object.entries(base)) {
    cases.push({ label: `${field} missing`, input: without(base, field), field });
    const values: unknown[] = [...(nullable.includes(field) ? [] : [null]), ...wrongTypes(value)];
    if (typeof value === 'number') values.push(...badNumbers());
    if (typeof value === 'string') values.push(...badStrings());
    values.push(...(extra[field] ?? []));
    for (const bad of values) {
      cases.push({ label: `${field} = ${JSON.stringify(bad).slice(0, 40)}`, input: { ...base, [field]: bad }, field });
    }
  }
  return cases;
}

/** The valid input plus one field the schema does not know. */
export function unknownFieldCases(base: Input): BadCase[] {
  const added: [string, unknown][] = [
    ['sneaky', 1],
    ['__proto__', { role: 'admin' }],
    ['constructor', 'x'],
    ['status', 'finished'],
    ['role', 'admin'],
    [' ', ''],
    ['counterId ', 1],
  ];
  return added.map(([field, value]) => ({
    label: `unknown field ${JSON.stringify(field)}`,
    // A computed key makes "__proto__" an own property (as JSON.parse does), not the prototype.
    input: { ...base, [field]: value },
    field,
  }));
}

/** The valid input plus an optional field set to a bad value. */
export function optionalFieldCases(base: Input, optional: Record<string, unknown[]> = {}): BadCase[] {
  return Object.entries(optional).flatMap(([field, values]) => values.map((bad) => ({
    label: `optional ${field} = ${JSON.stringify(bad)}`, input: { ...base, [field]: bad }, field,
  })));
}

/** Every malformed variant of one input: not an object, bad fields, bad optional fields, unknown fields. */
export function allBadCases(base: Input, patterns: Record<string, unknown[]> = {},
  optional: Record<string, unknown[]> = {}, nullable: readonly string[] = []): BadCase[] {
  // A command that has a field of that name (staff accounts have a `role`) is not sent it as an unknown one.
  const known = new Set([...Object.keys(base), ...Object.keys(patterns), ...Object.keys(optional)]);
  return [...notObjects(base), ...fieldCases(base, patterns, nullable), ...optionalFieldCases(base, optional),
    ...unknownFieldCases(base).filter((c) => !known.has(c.field ?? ''))];
}

/**
 * Characters no typed text may hold: C0 and C1 controls, DEL, bidi embeddings, overrides and isolates,
 * lone surrogates. `singleLine` adds the line breaks refused in one-line fields (names).
 */
export function refusedTextCases(valid: string, singleLine: boolean): { label: string; text: string }[] {
  const chars: [string, string][] = [
    ['NUL', '\u0000'], ['BEL', '\u0007'], ['ESC sequence', '\u001b[31m'], ['CR', '\r'], ['TAB', '\t'],
    ['DEL', '\u007f'], ['C1 NEL', '\u0085'], ['LRE', '\u202a'], ['RLO', '\u202e'], ['LRI', '\u2066'],
    ['PDI', '\u2069'], ['lone high surrogate', '\ud800'], ['lone low surrogate', '\udc00'],
    ['reversed pair', '\udc00\ud800'],
    ...(singleLine ? [['LF', '\n'] as [string, string]] : []),
  ];
  return chars.map(([label, c]) => ({ label, text: `${valid.slice(0, 2)}${c}${valid.slice(2)}` }));
}
