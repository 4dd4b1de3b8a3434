/**
 * What an uploaded file really is, read from its first bytes (its "magic number"), never from its name
 * or the type the browser declared: a renamed script or web page stays what it is. Only the formats
 * every kiosk can show are taken.
 */
import type { SampleMediaType } from '../db/queries/guides';

const SIGNATURES: { type: SampleMediaType; extension: 'png' | 'jpg' | 'pdf'; bytes: number[] }[] = [
  { type: 'image/png', extension: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'application/pdf', extension: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
];

export interface SampleKind {
  type: SampleMediaType;
  extension: 'png' | 'jpg' | 'pdf';
}

/** The file's kind, or null when it is none of PNG, JPEG and PDF. */
export function sampleKindOf(content: Buffer): SampleKind | null {
  const found = SIGNATURES.find((s) => content.length > s.bytes.length && s.bytes.every((b, i) => content[i] === b));
  return found ? { type: found.type, extension: found.extension } : null;
}
