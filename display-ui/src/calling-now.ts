import type { CallView, CounterView } from '../../protocol/views';

/**
 * The call the big panel shows: the newest call whose ticket its counter still holds. The picture
 * follows the hall at once — a burst of calls from many windows puts the newest on the panel while the
 * voice works through its queue — and a ticket that was finished, transferred or sent back to wait is
 * never shown as being called, even when it is the hall's latest call. Null when no window is calling.
 */
export function callingNow(snapshot: {
  recentCalls: readonly CallView[];
  counters: readonly Pick<CounterView, 'id' | 'currentNumber'>[];
}): CallView | null {
  const inHand = new Map(snapshot.counters.map((c) => [c.id, c.currentNumber]));
  let newest: CallView | null = null;
  for (const call of snapshot.recentCalls) {
    if (inHand.get(call.counterId) !== call.number) continue;
    if (!newest || call.at > newest.at) newest = call;
  }
  return newest;
}
