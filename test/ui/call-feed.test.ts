import { STALE_CALL_MS, createCallFeed } from '../../display-ui/src/call-feed';
import { historyBelow } from '../../display-ui/src/call-history';
import { callingNow } from '../../display-ui/src/calling-now';
import { nextArrivals } from '../../display-ui/src/call-arrivals';
import type { CallView } from '../../protocol/views';
import { call } from './fixtures';

describe('call feed', () => {
  it('does not announce what was already on the first snapshot', () => {
    const feed = createCallFeed();
    expect(feed.take([call(2, 'A002', 1, 200), call(1, 'A001', 1, 100)])).toEqual([]);
  });

  it('returns each new call once, oldest first, also when several arrive in one resync', () => {
    const feed = createCallFeed();
    feed.take([call(1, 'A001', 1, 100)]);
    const fresh = feed.take([call(3, 'A003', 2, 300), call(2, 'A002', 1, 200), call(1, 'A001', 1, 100)]);
    expect(fresh.map((c) => c.number)).toEqual(['A002', 'A003']);
    expect(feed.take([call(3, 'A003', 2, 300), call(2, 'A002', 1, 200)])).toEqual([]);
  });

  it('treats a recall as a new call', () => {
    const feed = createCallFeed();
    feed.take([call(1, 'A001', 1, 100)]);
    expect(feed.take([call(1, 'A001', 1, 150, true), call(1, 'A001', 1, 100)]).map((c) => c.recall)).toEqual([true]);
  });

  it('skips calls far older than the newest one (news missed during a long outage)', () => {
    const feed = createCallFeed();
    feed.take([]);
    const newest = 10 * STALE_CALL_MS;
    const fresh = feed.take([call(9, 'A009', 1, newest), call(2, 'A002', 1, newest - STALE_CALL_MS - 1)]);
    expect(fresh.map((c) => c.number)).toEqual(['A009']);
  });
});

describe('history column', () => {
  it('lists one line per ticket, without the call shown big', () => {
    const shown = call(3, 'A003', 1, 300);
    const calls = [call(4, 'A004', 2, 400), shown, call(1, 'A001', 1, 250, true), call(2, 'A002', 2, 200), call(1, 'A001', 1, 100)];
    expect(historyBelow(calls, shown).map((c) => c.number)).toEqual(['A004', 'A001', 'A002']);
    expect(historyBelow(calls, null, 2).map((c) => c.number)).toEqual(['A004', 'A003']);
  });
});

describe('the big panel', () => {
  const counters = (inHand: Record<number, string | null>): { id: number; currentNumber: string | null }[] =>
    Object.entries(inHand).map(([id, currentNumber]) => ({ id: Number(id), currentNumber }));
  const panel = (recentCalls: CallView[], inHand: Record<number, string | null>): string | null =>
    callingNow({ recentCalls, counters: counters(inHand) })?.number ?? null;

  it('shows the newest call at once, whatever the voice is still saying', () => {
    const burst = Array.from({ length: 10 }, (_, i) => call(i + 1, `A00${i}`, i + 1, 1000 + i)).reverse();
    const inHand = Object.fromEntries(burst.map((c) => [c.counterId, c.number]));
    expect(panel(burst, inHand)).toBe('A009');
  });

  it('never shows a ticket its counter no longer holds (finished, transferred, sent back to wait)', () => {
    const calls = [call(2, 'A002', 2, 200), call(1, 'A001', 1, 100)];
    expect(panel(calls, { 1: 'A001', 2: null })).toBe('A001');
    expect(panel(calls, { 1: null, 2: null })).toBeNull();
    expect(panel(calls, { 1: 'A001', 2: 'A005' })).toBe('A001');
  });

  it('a recall of the ticket in hand is shown again as the newest', () => {
    const calls = [call(1, 'A001', 1, 300, true), call(2, 'A002', 2, 200), call(1, 'A001', 1, 100)];
    const shown = callingNow({ recentCalls: calls, counters: counters({ 1: 'A001', 2: 'A002' }) });
    expect(shown).toMatchObject({ number: 'A001', recall: true, at: 300 });
  });
});

describe('when calls reached the display', () => {
  it('calls on the first list are history; later ones keep the time they first arrived; gone ones are forgotten', () => {
    const first = nextArrivals(null, [call(1, 'A001', 1, 100)], 1_000);
    expect(first.get('1@100')).toBe(Number.NEGATIVE_INFINITY);
    const second = nextArrivals(first, [call(2, 'A002', 2, 200), call(1, 'A001', 1, 100)], 2_000);
    expect(second.get('2@200')).toBe(2_000);
    const third = nextArrivals(second, [call(3, 'A003', 1, 300), call(2, 'A002', 2, 200)], 3_000);
    expect([...third]).toEqual([['3@300', 3_000], ['2@200', 2_000]]);
  });
});
