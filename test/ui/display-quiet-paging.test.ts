/** The display's pure rules: pages of whole rows that take turns, and when the hall is quiet enough for the boards. */
import { PAGE_MS, pageAt, pagesOf } from '../../display-ui/src/paging';
import { isQuiet, QUIET_AFTER_MS, quietAfterFrom } from '../../display-ui/src/quiet-hall';
import { call, snapshotAt } from './fixtures';

describe('pages of a list too long for its box', () => {
  it('splits into pages of whole rows, keeping a heading with what follows it', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pagesOf([1, 2, 3], 0)).toEqual([]);
    // 'h' is a heading: never the last row of a page when something follows it.
    expect(pagesOf(['a', 'h', 'b', 'c'], 2, (x) => x === 'h')).toEqual([['a'], ['h', 'b'], ['c']]);
    expect(pagesOf(['a', 'h'], 2, (x) => x === 'h')).toEqual([['a', 'h']]);
  });

  it('takes turns every PAGE_MS, the same page for every list at one moment', () => {
    expect(pageAt(0, 3)).toBe(0);
    expect(pageAt(PAGE_MS, 3)).toBe(1);
    expect(pageAt(3 * PAGE_MS + 1, 3)).toBe(0);
    expect(pageAt(5 * PAGE_MS, 1)).toBe(0);
  });
});

describe('a quiet hall', () => {
  const base = snapshotAt(1);
  const quietBase = { ...base, loads: base.loads.map((l) => ({ ...l, waiting: 0 })),
    counters: base.counters.map((c) => ({ ...c, currentNumber: null, currentStatus: null })), recentCalls: [call(1, 'A001', 1, 1000)] };

  it('is quiet once nobody waits, nobody is being called and the last call is QUIET_AFTER_MS old', () => {
    expect(isQuiet(quietBase, 1000 + QUIET_AFTER_MS, QUIET_AFTER_MS, 0)).toBe(true);
    expect(isQuiet(quietBase, 1000 + QUIET_AFTER_MS - 1, QUIET_AFTER_MS, 0)).toBe(false);
    expect(isQuiet({ ...quietBase, recentCalls: [] }, QUIET_AFTER_MS, QUIET_AFTER_MS, 0)).toBe(true);
  });

  it('counts from when the display started, when that is later than the last call', () => {
    expect(isQuiet(quietBase, 5000 + QUIET_AFTER_MS - 1, QUIET_AFTER_MS, 5000)).toBe(false);
    expect(isQuiet({ ...quietBase, recentCalls: [] }, 5000 + QUIET_AFTER_MS, QUIET_AFTER_MS, 5000)).toBe(true);
  });

  it('is not quiet while someone waits or is being called, nor when the display turned it off', () => {
    const later = 1000 + 10 * QUIET_AFTER_MS;
    const waiting = { ...quietBase, loads: quietBase.loads.map((l, i) => (i === 0 ? { ...l, waiting: 1 } : l)) };
    expect(isQuiet(waiting, later, QUIET_AFTER_MS, 0)).toBe(false);
    const calling = { ...quietBase, counters: quietBase.counters.map((c, i) => (i === 0 ? { ...c, currentNumber: 'A002', currentStatus: 'called' as const } : c)) };
    expect(isQuiet(calling, later, QUIET_AFTER_MS, 0)).toBe(false);
    expect(isQuiet(quietBase, later, 0, 0)).toBe(false);
  });

  it('takes its quiet time from the display’s address, in seconds', () => {
    expect(quietAfterFrom('?quiet=90')).toBe(90_000);
    expect(quietAfterFrom('?quiet=0')).toBe(0);
    expect(quietAfterFrom('')).toBe(QUIET_AFTER_MS);
    expect(quietAfterFrom('?quiet=soon')).toBe(QUIET_AFTER_MS);
    expect(quietAfterFrom('?quiet=-5')).toBe(QUIET_AFTER_MS);
  });
});
