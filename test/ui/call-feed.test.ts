import { STALE_CALL_MS, createCallFeed } from '../../display-ui/src/call-feed';
import { historyBelow } from '../../display-ui/src/call-history';
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
