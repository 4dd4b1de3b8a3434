/**
 * The one rule for text a person typed (complaint text, rating comment, names): no control
 * characters, no bidi overrides or isolates, no lone surrogates. Such characters make a stored text
 * read differently from what the supervisor sees (a name that displays reversed, a line that hides the
 * rest of a report) and break exports, so they are refused at the boundary, never cleaned up silently.
 * Every schema with a free-text field builds it with `plainText`; a refusal names the field and
 * carries the code TEXT_INVALID.
 */
import { z } from 'zod';

/** Marks the zod issue so the transports can answer TEXT_INVALID instead of BAD_REQUEST. */
export const TEXT_INVALID_ISSUE = 'TEXT_INVALID';

// C0 controls (a newline may be allowed), DEL and C1 controls; bidi embeddings/overrides U+202A–U+202E
// and isolates U+2066–U+2069; lone surrogates (in `u` mode a valid pair is one code point, not \p{Cs}).
const ALWAYS_REFUSED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
const NEWLINE = /[\n]/;

/** Whether `text` holds none of the refused characters (`multiline` admits line feeds). */
export function isPlainText(text: string, multiline = false): boolean {
  return !ALWAYS_REFUSED.test(text) && (multiline || !NEWLINE.test(text));
}

/**
 * A configured name's traditional Mongolian (centre, service, material): the script's block with the spaces
 * and joiners its orthography uses, digits and plain punctuation. '' while no translation exists.
 */
const MONGOLIAN_NAME = /^[\u1800-\u18AF\u202F\u200C\u200D\s0-9:,.;!?()·—-]*$/;

export function mongolianName(max: number) {
  return z.string().trim().max(max).regex(MONGOLIAN_NAME);
}

/** A string schema of min..max characters that refuses control, bidi and lone-surrogate characters. */
export function plainText(opts: { min?: number; max: number; trim?: boolean; multiline?: boolean }) {
  const base = opts.trim ? z.string().trim() : z.string();
  return base.min(opts.min ?? 0).max(opts.max)
    .refine((v) => isPlainText(v, opts.multiline === true), { message: TEXT_INVALID_ISSUE, params: { reason: TEXT_INVALID_ISSUE } });
}
