/**
 * The 受理编号: BJ and ten characters drawn with node:crypto from an alphabet without look-alikes, so a
 * number cannot be guessed (29^10 numbers; lookups also need the phone's last digits, and misses are
 * limited: ./lookup-misses.ts).
 */
import { randomInt } from 'node:crypto';
import { MATTER_ALPHABET, MATTER_CODE_LENGTH, MATTER_PREFIX } from '../../protocol/matters';

export function newMatterNumber(): string {
  let code = '';
  for (let i = 0; i < MATTER_CODE_LENGTH; i += 1) code += MATTER_ALPHABET.charAt(randomInt(MATTER_ALPHABET.length));
  return `${MATTER_PREFIX}${code}`;
}

/** A number no matter has yet (a repeat is astronomically rare, but the column is unique). */
export function freshMatterNumber(taken: (number: string) => boolean): string {
  for (;;) {
    const number = newMatterNumber();
    if (!taken(number)) return number;
  }
}
