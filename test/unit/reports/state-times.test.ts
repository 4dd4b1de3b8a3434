import type { TicketEventRow } from '../../../server/db/queries/tickets';
import type { TicketEventType } from '../../../server/queue/types';
import { stateTimes } from '../../../server/reports/state-times';

const MIN = 60_000;
const T0 = Date.parse('2026-11-27T09:00:00+08:00');

/** Builds an event log from [type, minutes after T0] steps, ids in order. */
function log(...steps: [TicketEventType, number][]): TicketEventRow[] {
  return steps.map(([type, minutes], i) => ({
    id: i + 1, ticket_id: 7, type, at: T0 + minutes * MIN, counter_id: type === 'issued' ? null : 3,
    user_id: type === 'issued' ? null : 11, device_id: type === 'issued' ? 2 : null, data: null,
  }));
}

describe('stateTimes', () => {
  it('reads issue, call, start and finish of a plain service', () => {
    expect(stateTimes(log(['issued', 0], ['called', 12], ['recalled', 13], ['started', 15], ['finished', 23]))).toEqual({
      arrivedAt: T0, calledAt: T0 + 12 * MIN, startedAt: T0 + 15 * MIN, finishedAt: T0 + 23 * MIN,
      waitMs: 12 * MIN, serviceMs: 8 * MIN,
    });
  });

  it('keeps the first call when the ticket is recalled', () => {
    const times = stateTimes(log(['issued', 0], ['called', 5], ['recalled', 7], ['recalled', 9], ['started', 10]));
    expect(times.calledAt).toBe(T0 + 5 * MIN);
    expect(times.waitMs).toBe(5 * MIN);
  });

  it('counts service from the call when the counter finishes without starting', () => {
    expect(stateTimes(log(['issued', 0], ['called', 4], ['finished', 10]))).toMatchObject({
      startedAt: T0 + 4 * MIN, finishedAt: T0 + 10 * MIN, waitMs: 4 * MIN, serviceMs: 6 * MIN,
    });
  });

  it('leaves held time out of the service time', () => {
    const times = stateTimes(log(['issued', 0], ['called', 2], ['started', 3], ['held', 5], ['resumed', 25], ['finished', 30]));
    expect(times).toMatchObject({ startedAt: T0 + 3 * MIN, finishedAt: T0 + 30 * MIN, serviceMs: 7 * MIN });
  });

  it('adds the second wait and the second service after a transfer', () => {
    const times = stateTimes(log(
      ['issued', 0], ['called', 10], ['started', 11], ['transferred', 14],
      ['called', 20], ['started', 21], ['finished', 26],
    ));
    expect(times).toEqual({
      arrivedAt: T0, calledAt: T0 + 10 * MIN, startedAt: T0 + 11 * MIN, finishedAt: T0 + 26 * MIN,
      waitMs: (10 + 6) * MIN, serviceMs: (3 + 5) * MIN,
    });
  });

  it('counts no service for a transfer straight from the call', () => {
    const times = stateTimes(log(['issued', 0], ['called', 1], ['transferred', 2], ['called', 5], ['finished', 9]));
    expect(times).toMatchObject({ startedAt: T0 + 5 * MIN, waitMs: 4 * MIN, serviceMs: 4 * MIN });
  });

  it('counts the wait after a late-return requeue', () => {
    const times = stateTimes(log(['issued', 0], ['called', 3], ['no_show', 6], ['requeued', 10], ['called', 12], ['finished', 15]));
    expect(times).toMatchObject({ calledAt: T0 + 3 * MIN, waitMs: 5 * MIN, serviceMs: 3 * MIN, finishedAt: T0 + 15 * MIN });
  });

  it('has no finish or service time for a no-show, and no wait for a ticket never called', () => {
    expect(stateTimes(log(['issued', 0], ['called', 3], ['no_show', 8]))).toMatchObject({
      calledAt: T0 + 3 * MIN, finishedAt: null, serviceMs: null, waitMs: 3 * MIN,
    });
    expect(stateTimes(log(['issued', 0], ['cancelled', 8]))).toEqual({
      arrivedAt: T0, calledAt: null, startedAt: null, finishedAt: null, waitMs: null, serviceMs: null,
    });
    expect(stateTimes([])).toMatchObject({ arrivedAt: null, waitMs: null });
  });

  it('orders the events by id, whatever order they are given in', () => {
    const events = log(['issued', 0], ['called', 2], ['started', 3], ['finished', 9]);
    expect(stateTimes([...events].reverse())).toEqual(stateTimes(events));
  });
});
