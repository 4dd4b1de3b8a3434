/** The roll-up's timer (server/reports/settler.ts): one roll-up a second, a backlog taken in short steps. */
import { RollupSettler, SETTLE_WITHIN_MS } from '../../../server/reports/settler';
import { SETTLE_BATCH } from '../../../server/reports/rollup';

/** Marked tickets and the roll-ups asked for, standing in for the bus. */
function marks(count: number): { settle: (limit?: number) => number; taken: (number | undefined)[]; left: () => number } {
  let left = count;
  const taken: (number | undefined)[] = [];
  return {
    settle: (limit) => {
      const n = Math.min(left, limit ?? left);
      left -= n;
      taken.push(limit);
      return n;
    },
    taken,
    left: () => left,
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('rolls up once, a second after the first change of that second', () => {
  const m = marks(3);
  const settler = new RollupSettler(m.settle);
  settler.soon();
  settler.soon();
  jest.advanceTimersByTime(SETTLE_WITHIN_MS - 1);
  expect(m.taken).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(m.taken).toEqual([SETTLE_BATCH]);
  expect(m.left()).toBe(0);
});

it('takes a flood’s backlog in batches, one after another, until less than a batch was left', () => {
  const m = marks(SETTLE_BATCH * 2 + 50);
  const settler = new RollupSettler(m.settle);
  settler.soon();
  jest.runAllTimers();
  expect(m.taken).toEqual([SETTLE_BATCH, SETTLE_BATCH, SETTLE_BATCH]);
  expect(m.left()).toBe(0);
});

it('rolls up everything at a stop, without a limit', () => {
  const m = marks(SETTLE_BATCH * 3);
  const settler = new RollupSettler(m.settle);
  settler.soon();
  settler.stop();
  expect(m.taken).toEqual([undefined]);
  expect(m.left()).toBe(0);
  jest.runAllTimers();
  expect(m.taken).toEqual([undefined]);
});
