/**
 * Matters (办件): an application a counter accepted, followed by its 受理编号 until it is done. Not the
 * 差评 follow-up "cases" of ./cases.ts: a matter is the resident's own business with the hall, looked up
 * by its number and the last digits of the mobile number it was recorded with. Zod-free, so the phone
 * page and the desk use the same rules the server's schemas use.
 */

/** 受理 → 补正 (materials missing) → 办结, or 不予受理 with a reason. */
export const MATTER_STATES = ['accepted', 'correction', 'completed', 'rejected'] as const;
export type MatterState = (typeof MATTER_STATES)[number];

/** The 受理编号: this prefix and MATTER_CODE_LENGTH characters of MATTER_ALPHABET. */
export const MATTER_PREFIX = 'BJ';
/** Digits and capitals that cannot be misread for one another (no 0/O, 1/I/L, no U/V). */
export const MATTER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const MATTER_CODE_LENGTH = 10;
/** The canonical number: BJ and ten characters of the alphabet (29^10, about 4 × 10^14 numbers). */
export const MATTER_NUMBER = new RegExp(`^${MATTER_PREFIX}[${MATTER_ALPHABET}]{${MATTER_CODE_LENGTH}}$`);

/** What a person typed as a number, canonical: capitals, without spaces or dashes (bj-4k7p m2qx 9t → BJ4K7PM2QX9T). */
export function canonicalMatterNumber(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** The number as people read it aloud and copy it: BJ-4K7P-M2QX-9T. */
export function groupedMatterNumber(number: string): string {
  const code = number.slice(MATTER_PREFIX.length);
  const groups = code.match(/.{1,4}/g) ?? [];
  return [number.slice(0, MATTER_PREFIX.length), ...groups].join('-');
}

/** How many of the phone's last digits a resident types to look a matter up. */
export const PHONE_TAIL_LENGTH = 4;
export const PHONE_TAIL = /^[0-9]{4}$/;

/** The last digits of a phone number (the digits alone: 0472-5123456 → 3456); null when it has too few. */
export function phoneTailOf(phone: string): string | null {
  const digits = phone.replace(/[^0-9]/g, '');
  return digits.length >= PHONE_TAIL_LENGTH + 1 ? digits.slice(-PHONE_TAIL_LENGTH) : null;
}

/**
 * A matter's phone as staff see it: the first three digits only (138********). The last digits are what
 * a resident proves the matter is theirs with, so no screen, answer or audit line shows them.
 */
export function maskMatterPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return `${digits.slice(0, 3)}${'*'.repeat(Math.max(0, digits.length - 3))}`;
}

/** Most missing materials one 补正 lists, and the longest a material's or a reason's words may be. */
export const MATTER_MATERIALS_MAX = 20;
export const MATTER_MATERIAL_MAX = 60;
export const MATTER_REASON_MAX = 300;

/** One state a matter was in, from when. */
export interface MatterStep {
  state: MatterState;
  at: number;
  /** 补正: what the resident is to bring. */
  materials: string[];
  /** 不予受理: why. */
  reason: string | null;
}

/** What the resident sees (GET /api/cases/lookup): no phone, no staff member, no ticket. */
export interface MatterPublicView {
  number: string;
  serviceId: string;
  state: MatterState;
  /** The materials still missing while the matter is in 补正; [] otherwise. */
  materials: string[];
  /** 不予受理: why; null otherwise. */
  reason: string | null;
  recordedAt: number;
  /** Oldest first: every state the matter has been in, the current one last. */
  history: MatterStep[];
}

/** What staff see at the desk: the resident's view, with the masked phone, the ticket and who recorded it. */
export interface MatterView extends MatterPublicView {
  id: number;
  ticketNumber: string;
  businessDay: string;
  maskedPhone: string;
  staffName: string | null;
}
