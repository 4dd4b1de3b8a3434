import { MAX_SEQ, formatNumber } from '../../../server/queue';

describe('formatNumber', () => {
  it('pads the sequence to three digits after the prefix', () => {
    expect(formatNumber('A', 1)).toBe('A001');
    expect(formatNumber('B', 42)).toBe('B042');
    expect(formatNumber('C', 999)).toBe('C999');
    expect(formatNumber('', 7)).toBe('007');
  });

  it('caps the sequence at 999', () => {
    expect(MAX_SEQ).toBe(999);
  });

  it.each([0, -1, 1000, 1.5, Number.NaN])('refuses sequence %p', (seq) => {
    expect(() => formatNumber('A', seq)).toThrow(RangeError);
  });
});
