/** Wall-clock times typed in the hall's zone and the moments they name, both ways. */
import { epochOfLocal, localInputValue } from '../../protocol/local-time';

describe('datetime-local values in the hall zone', () => {
  it('reads a Beijing wall-clock time as its moment and back', () => {
    const at = epochOfLocal('2026-11-30T14:00', 'Asia/Shanghai');
    expect(at).toBe(Date.parse('2026-11-30T14:00:00+08:00'));
    expect(localInputValue(at, 'Asia/Shanghai')).toBe('2026-11-30T14:00');
  });

  it('handles a zone with summer time on both sides of the change', () => {
    expect(epochOfLocal('2026-03-29T03:30', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T03:30:00+02:00'));
    expect(epochOfLocal('2026-03-28T12:00', 'Europe/Berlin')).toBe(Date.parse('2026-03-28T12:00:00+01:00'));
  });

  it('gives NaN for text that is no time', () => {
    expect(epochOfLocal('', 'Asia/Shanghai')).toBeNaN();
    expect(epochOfLocal('2026-11-30 14:00', 'Asia/Shanghai')).toBeNaN();
  });
});
