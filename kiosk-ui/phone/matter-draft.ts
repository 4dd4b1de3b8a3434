/** What the resident types into the 办件查询, and whether it can be sent (the server's own rules, protocol/matters.ts). */
import { canonicalMatterNumber, MATTER_NUMBER, PHONE_TAIL } from '../../protocol/matters';

export interface MatterDraft {
  number: string;
  tail: string;
}

export type DraftProblem = 'number' | 'tail' | null;

/** The first field that cannot be sent as typed, or null. */
export function draftProblem(draft: MatterDraft): DraftProblem {
  if (!MATTER_NUMBER.test(canonicalMatterNumber(draft.number))) return 'number';
  if (!PHONE_TAIL.test(draft.tail.trim())) return 'tail';
  return null;
}

/** Digits only, at most four: a phone keyboard may offer other characters. */
export function typedTail(typed: string): string {
  return typed.replace(/[^0-9]/g, '').slice(0, 4);
}

/** A time of the history as the phone shows it: MM-DD HH:MM in the phone's own zone. */
export function stepTime(at: number): string {
  const d = new Date(at);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
