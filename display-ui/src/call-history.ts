import type { CallView } from '../../protocol/views';

/**
 * The history column: every recent call except the one shown big, one line per ticket (a recall does
 * not push other tickets out). Calls still waiting for their turn in the voice queue are listed too, so
 * a resident sees the number at once even when the voice is behind.
 */
export function historyBelow(calls: CallView[], shown: CallView | null, limit = 8): CallView[] {
  const result: CallView[] = [];
  const tickets = new Set<number>(shown ? [shown.ticketId] : []);
  for (const call of calls) {
    if (tickets.has(call.ticketId)) continue;
    tickets.add(call.ticketId);
    result.push(call);
    if (result.length === limit) break;
  }
  return result;
}
