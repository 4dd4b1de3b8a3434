/**
 * The one rule of a matter's states (protocol/matter-flow.ts) and the number and phone helpers of
 * protocol/matters.ts that the server, the desk and the phone page share.
 */
import { FIRST_STATES, missingDetail, moveRefusal, nextStates, strayDetail } from '../../../protocol/matter-flow';
import {
  canonicalMatterNumber, groupedMatterNumber, maskMatterPhone, MATTER_NUMBER, MATTER_STATES, phoneTailOf,
} from '../../../protocol/matters';
import { newMatterNumber } from '../../../server/matters/matter-number';
import { hashPhoneTail, NO_MATTER_HASH, phoneTailMatches } from '../../../server/matters/phone-tail';

describe('which state may follow which', () => {
  it('allows exactly the moves of the rule', () => {
    const allowed = MATTER_STATES.flatMap((from) => MATTER_STATES.filter((to) => moveRefusal(from, to) === null).map((to) => `${from}>${to}`));
    expect(allowed).toEqual([
      'accepted>correction', 'accepted>completed', 'accepted>rejected',
      'correction>accepted', 'correction>correction', 'correction>completed', 'correction>rejected',
    ]);
    for (const from of MATTER_STATES) expect(nextStates(from).every((to) => moveRefusal(from, to) === null)).toBe(true);
  });

  it('refuses a move from a final state as closed, and other moves as invalid', () => {
    for (const to of MATTER_STATES) {
      expect(moveRefusal('completed', to)).toBe('MATTER_CLOSED');
      expect(moveRefusal('rejected', to)).toBe('MATTER_CLOSED');
    }
    expect(moveRefusal('accepted', 'accepted')).toBe('MATTER_STATE_INVALID');
    expect(FIRST_STATES).not.toContain('completed');
  });

  it('names what a state lacks and what it does not take', () => {
    expect(missingDetail('correction', { materials: [], reason: null })).toBe('materials');
    expect(missingDetail('rejected', { materials: [], reason: '' })).toBe('reason');
    expect(missingDetail('accepted', { materials: [], reason: null })).toBeNull();
    expect(strayDetail('accepted', { materials: ['身份证'], reason: null })).toBe('materials');
    expect(strayDetail('completed', { materials: [], reason: '理由' })).toBe('reason');
    expect(strayDetail('correction', { materials: ['身份证'], reason: null })).toBeNull();
  });
});

describe('numbers and phones', () => {
  it('makes numbers of the form, never the same twice in a thousand draws', () => {
    const drawn = Array.from({ length: 1000 }, newMatterNumber);
    for (const n of drawn) expect(n).toMatch(MATTER_NUMBER);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('reads a number as people write it, and groups it for reading aloud', () => {
    expect(canonicalMatterNumber(' bj-8ts7 4ac6-xk ')).toBe('BJ8TS74AC6XK');
    expect(groupedMatterNumber('BJ8TS74AC6XK')).toBe('BJ-8TS7-4AC6-XK');
    expect(MATTER_NUMBER.test('BJ8TS74AC6XO')).toBe(false);
  });

  it('keeps the tail out of the mask, and checks a tail only against its own salted hash', () => {
    expect(maskMatterPhone('13912345678')).toBe('139********');
    expect(maskMatterPhone('0472-5123456')).toBe('047********');
    expect(phoneTailOf('0472-5123456')).toBe('3456');
    expect(phoneTailOf('+-12-34')).toBeNull();
    const a = hashPhoneTail('5678');
    const b = hashPhoneTail('5678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('5678');
    expect(phoneTailMatches('5678', a)).toBe(true);
    expect(phoneTailMatches('5679', a)).toBe(false);
    expect(phoneTailMatches('5678', NO_MATTER_HASH)).toBe(false);
    expect(phoneTailMatches('5678', 'garbage')).toBe(false);
  });
});
