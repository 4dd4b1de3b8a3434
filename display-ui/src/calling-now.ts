import type { CallView, CounterView } from '../../protocol/views';

type CallsAndCounters = {
  recentCalls: readonly CallView[];
  counters: readonly Pick<CounterView, 'id' | 'currentNumber'>[];
};

/**
 * Whether a call is still being answered: its counter still holds the called ticket. A ticket that was
 * finished, transferred, sent back to wait or missed is not, and is neither shown nor said as being called.
 */
export function stillInHand(snapshot: Pick<CallsAndCounters, 'counters'>): (call: CallView) => boolean {
  const inHand = new Map(snapshot.counters.map((c) => [c.id, c.currentNumber]));
  return (call) => inHand.get(call.counterId) === call.number;
}

/**
 * The call the big panel shows: the newest call still in hand (`stillInHand`). The picture follows the
 * hall at once — a burst of calls from many windows puts the newest on the panel while the voice works
 * through its queue. Null when no window is calling.
 */
export function callingNow(snapshot: CallsAndCounters): CallView | null {
  const live = stillInHand(snapshot);
  let newest: CallView | null = null;
  for (const call of snapshot.recentCalls) {
    if (!live(call)) continue;
    if (!newest || call.at > newest.at) newest = call;
  }
  return newest;
}
