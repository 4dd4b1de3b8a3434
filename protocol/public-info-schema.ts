/**
 * Schemas of notices (公告) and the 政务公开 boards (./public-info). Server-side values; front ends import
 * only types.
 */
import { z } from 'zod';
import { plainText } from './text';
import { BOARD_IDS } from './public-info';

/** Times from 2000 to 2100 in epoch ms: anything else is a typing slip, not a date. */
const epochMs = z.number().int().min(Date.UTC(2000, 0, 1)).max(Date.UTC(2100, 0, 1));
const HAN = /\p{Script=Han}/u;
/** Mongolian text beside the Chinese: optional, and never Chinese pasted into the wrong field. */
const mongolian = (max: number, multiline: boolean) => plainText({ trim: true, max, multiline })
  .refine((v) => !HAN.test(v), { message: 'Mongolian text holds Chinese characters' });

const announcementShape = {
  text: plainText({ trim: true, min: 1, max: 200, multiline: true }),
  textMn: mongolian(400, true).optional(),
  startsAt: epochMs,
  endsAt: epochMs,
};
const endsAfterStart = (a: { startsAt: number; endsAt: number }): boolean => a.endsAt > a.startsAt;
const ENDS_AFTER_START = { message: 'ends before it starts', path: ['endsAt'] };

export const announcementCreate = z.strictObject(announcementShape).refine(endsAfterStart, ENDS_AFTER_START);
export const announcementUpdate = z.strictObject({ id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), ...announcementShape })
  .refine(endsAfterStart, ENDS_AFTER_START);

export const boardId = z.enum(BOARD_IDS);

/** A board's Chinese page is required; its Mongolian page may follow later (both fields, or neither). */
export const boardSave = z.strictObject({
  id: boardId,
  zh: z.strictObject({
    title: plainText({ trim: true, min: 1, max: 40 }),
    body: plainText({ trim: true, min: 1, max: 8000, multiline: true }),
  }),
  mn: z.strictObject({ title: mongolian(120, false), body: mongolian(16000, true) }).optional(),
});
