import { isOpenAt, parseHours } from '../../../server/queue';
import { ZONE, at } from './builders';

describe('parseHours', () => {
  it('reads windows as minutes after midnight', () => {
    expect(parseHours('08:30-12:00,13:30-17:30')).toEqual([
      { from: 510, to: 720 },
      { from: 810, to: 1050 },
    ]);
  });

  it('treats empty text and the whole day as open all day', () => {
    expect(parseHours('')).toEqual([]);
    expect(parseHours('  ')).toEqual([]);
    expect(parseHours('00:00-24:00')).toEqual([]);
  });

  it('accepts spaces around windows, a window ending at 24:00, and sorts windows', () => {
    expect(parseHours(' 13:30-17:30 , 08:30-12:00 ')).toEqual([
      { from: 510, to: 720 },
      { from: 810, to: 1050 },
    ]);
    expect(parseHours('18:00-24:00')).toEqual([{ from: 1080, to: 1440 }]);
  });

  it.each([
    '8:30-12:00',
    '08:30-12:00;13:30-17:30',
    '08:30',
    '08:30-',
    'abc',
    '08:60-12:00',
    '25:00-26:00',
    '24:30-24:45',
    '12:00-08:30',
    '09:00-09:00',
    '08:30-12:00,11:00-14:00',
    '08:30-12:00,',
  ])('throws on %j', (text) => {
    expect(() => parseHours(text)).toThrow(Error);
  });
});

describe('isOpenAt', () => {
  const hours = parseHours('08:30-12:00,13:30-17:30');

  it.each([
    ['2026-11-27T08:29:59', false],
    ['2026-11-27T08:30:00', true],
    ['2026-11-27T11:59:59', true],
    ['2026-11-27T12:00:00', false],
    ['2026-11-27T13:29:00', false],
    ['2026-11-27T13:30:00', true],
    ['2026-11-27T17:29:59', true],
    ['2026-11-27T17:30:00', false],
    ['2026-11-27T00:00:00', false],
  ])('at %s local time is open: %s', (local, open) => {
    expect(isOpenAt(hours, at(local), ZONE)).toBe(open);
  });

  it('is always open with no windows', () => {
    expect(isOpenAt([], at('2026-11-27T03:00'), ZONE)).toBe(true);
    expect(isOpenAt([], at('2026-11-27T23:59:59'), ZONE)).toBe(true);
  });

  it('reads the clock in the given zone', () => {
    const morning = parseHours('08:30-12:00');
    // 01:00 UTC is 09:00 in Baotou but 02:00 in Berlin (winter).
    const now = Date.parse('2026-11-27T01:00:00Z');
    expect(isOpenAt(morning, now, ZONE)).toBe(true);
    expect(isOpenAt(morning, now, 'Europe/Berlin')).toBe(false);
  });

  it('stays open until midnight for a window ending at 24:00', () => {
    const evening = parseHours('18:00-24:00');
    expect(isOpenAt(evening, at('2026-11-27T23:59:59'), ZONE)).toBe(true);
    expect(isOpenAt(evening, at('2026-11-28T00:00:00'), ZONE)).toBe(false);
  });
});
