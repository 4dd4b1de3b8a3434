/**
 * What an uploaded file really is, read from its first bytes (its "magic number"), never from its name
 * or the type the browser declared: a renamed script or web page stays what it is. Only the formats
 * every kiosk can show are taken.
 */
import type { SampleMediaType } from '../db/queries/guides';

/** The extension a stored file of each type is named with (the hall serves it by that name). */
export const EXTENSIONS: Record<SampleMediaType, 'png' | 'jpg' | 'pdf'> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf',
};

const SIGNATURES: { type: SampleMediaType; bytes: number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
];

/** The file's type, or null when it is none of PNG, JPEG and PDF. */
export function sampleTypeOf(content: Buffer): SampleMediaType | null {
  return SIGNATURES.find((s) => content.length > s.bytes.length && s.bytes.every((b, i) => content[i] === b))?.type ?? null;
}
