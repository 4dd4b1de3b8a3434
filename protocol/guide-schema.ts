/**
 * The schema of a whole 办理指南 as an admin saves it, and of a sample file upload. Each field is checked
 * on its own so a refusal names its path (e.g. `guide.materials.2.copies`). Server-side values; front ends
 * import only types.
 */
import { z } from 'zod';
import { mongolianName, plainText } from './text';
import { ITEM_TYPES, MATERIAL_FORMS, MAX_VISITS, SAMPLE_FORMATS, SAMPLE_PATH, sampleFormatOf, type GuideFields } from './guide';

/**
 * Longest `content` text accepted: a little more than the largest file in base64, so a file just over the
 * limit is refused as SAMPLE_TOO_LARGE (with the reason) rather than as malformed.
 */
export const SAMPLE_MAX_CONTENT_CHARS = 8 * 1024 * 1024;

const line = (max: number) => plainText({ trim: true, min: 1, max });
const text = (max: number) => plainText({ trim: true, max });
const lines = (maxItems: number, maxChars = 500) => z.array(line(maxChars)).max(maxItems);

export const samplePath = z.string().max(200).regex(SAMPLE_PATH);
const sampleTitle = line(60);

const sampleRef = z.strictObject({ title: sampleTitle, image: samplePath, format: z.enum(SAMPLE_FORMATS) })
  .refine((s) => sampleFormatOf(s.image) === s.format, { message: 'format does not match the file', path: ['format'] });

const material = z.strictObject({
  name: line(120),
  nameMn: mongolianName(300).optional(),
  form: z.enum(MATERIAL_FORMS),
  copies: z.number().int().min(1).max(99),
  issuer: text(120),
  note: text(300).optional(),
});

export const guideSchema = z.strictObject({
  summary: plainText({ trim: true, min: 1, max: 1000, multiline: true }),
  authority: line(120),
  itemCode: z.string().trim().regex(/^[0-9A-Za-z-]{0,40}$/),
  itemType: z.enum(ITEM_TYPES),
  basis: lines(30),
  conditions: lines(30),
  materials: z.array(material).max(60),
  process: lines(30),
  legalTimeLimit: line(200),
  promisedTimeLimit: line(200),
  visits: z.number().int().min(0).max(MAX_VISITS),
  result: line(200),
  resultSample: sampleRef.nullable(),
  fees: text(300),
  place: line(300),
  hours: line(300),
  phone: line(100),
  supervision: text(300),
  commitments: lines(30),
  discipline: lines(30),
  faq: z.array(z.strictObject({ q: line(300), a: plainText({ trim: true, min: 1, max: 1000, multiline: true }) })).max(30),
  samples: z.array(sampleRef).max(20),
  noticeNotes: lines(10, 300),
  sampleContent: z.boolean(),
});

const DATA_URL_HEAD = /^data:[\w.+-]{1,40}\/[\w.+-]{1,80};base64,/;
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/**
 * `data:<type>;base64,<bytes>`, its padding (one or two `=`) only at the end. Read in single linear
 * passes: one regular expression over the whole multi-megabyte body would backtrack over every
 * character when it fails, and ran out of stack on a busy server.
 */
function isDataUrl(text: string): boolean {
  const head = DATA_URL_HEAD.exec(text);
  if (!head) return false;
  const body = text.slice(head[0].length);
  if (body.length === 0 || NOT_BASE64.test(body)) return false;
  const padding = body.indexOf('=');
  return padding === -1 || (padding > 0 && body.length - padding <= 2 && body.endsWith('='.repeat(body.length - padding)));
}

/**
 * A file as a browser's FileReader gives it: `data:<type>;base64,<bytes>`, at most `maxChars` long.
 * A text over the limit is refused on its length alone, before its content is looked at.
 */
export const dataUrl = (maxChars: number) =>
  z.string().max(maxChars, { abort: true }).refine(isDataUrl, { message: 'data-url' });

/**
 * A sample file: `content` is a data URL (`data:<type>;base64,<bytes>`, what a browser's FileReader
 * gives). The declared type is not trusted: the server reads the file's first bytes and takes PNG, JPEG
 * or PDF only. `target: "result"` makes it the guide's 办理结果样本 instead of one more 业务办理样本.
 */
export const sampleUploadSchema = {
  title: sampleTitle,
  content: dataUrl(SAMPLE_MAX_CONTENT_CHARS),
  target: z.enum(['samples', 'result']).optional(),
};

/** The schema and the hand-written type must describe the same guide. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type GuideSchemaMatchesType = Assert<Same<z.output<typeof guideSchema>, GuideFields>>;
