/** The traffic-light rule of 电子监察, stated once in server/supervision/lights.ts. */
import { lightOf, worstOf } from '../../../server/supervision/lights';

const MIN = 60_000;

describe('the traffic-light rule', () => {
  it('is green below yellow, yellow from the yellow limit, red from the red limit, green with nothing to measure', () => {
    expect(lightOf(null, 10, 20)).toBe('green');
    expect(lightOf(0, 10, 20)).toBe('green');
    expect(lightOf(10 * MIN - 1, 10, 20)).toBe('green');
    expect(lightOf(10 * MIN, 10, 20)).toBe('yellow');
    expect(lightOf(20 * MIN - 1, 10, 20)).toBe('yellow');
    expect(lightOf(20 * MIN, 10, 20)).toBe('red');
    expect(lightOf(600 * MIN, 10, 20)).toBe('red');
  });

  it('a group shows its worst member, green when it has none', () => {
    expect(worstOf([])).toBe('green');
    expect(worstOf(['green', 'yellow', 'green'])).toBe('yellow');
    expect(worstOf(['yellow', 'red', 'green'])).toBe('red');
  });
});
