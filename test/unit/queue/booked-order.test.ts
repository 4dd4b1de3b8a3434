/**
 * The booked rank of the queue order: a ticket checked in for a booking is called ahead of walk-ins while
 * its slot window is open (after priority), waits by its queue key before and after the window, and
 * overrides a service-order counter's policy like priority does.
 */
import { callOrder, chooseNext, isAhead, nextReorder, slotWindowOpen, type Ticket } from '../../../server/queue';
import { at, makeCounter, makeTicket } from './builders';

function walkIn(id: number, time: string, over: Partial<Ticket> = {}): Ticket {
  const t = at(`2026-11-27T${time}`);
  return makeTicket({ id, arrivedAt: t, queueKey: t, ...over });
}

/** Checked in at `time` for the 09:00–09:30 slot (window until 09:40), queued by the earlier of arrival and slot start. */
function booked(id: number, time: string, over: Partial<Ticket> = {}): Ticket {
  const arrived = at(`2026-11-27T${time}`);
  const from = at('2026-11-27T09:00');
  return makeTicket({ id, arrivedAt: arrived, queueKey: Math.min(arrived, from), slotFrom: from, slotTo: at('2026-11-27T09:40'), ...over });
}

const ids = (tickets: readonly Ticket[]): number[] => tickets.map((t) => t.id);
const counter = makeCounter({ serviceIds: ['pension', 'medical'] });

describe('booked tickets in their slot window', () => {
  const queue = [walkIn(1, '08:40'), walkIn(2, '08:50'), booked(3, '09:05'), walkIn(4, '09:10', { priority: 'elderly70' })];

  it('are called after priority and ahead of walk-ins who came earlier, while the window is open', () => {
    expect(ids(callOrder(queue, counter, at('2026-11-27T09:12')))).toEqual([4, 3, 1, 2]);
    expect(chooseNext(queue.filter((t) => t.id !== 4), counter, at('2026-11-27T09:39'))?.id).toBe(3);
    expect(isAhead(queue[2] as Ticket, queue[0] as Ticket, at('2026-11-27T09:12'))).toBe(true);
  });

  it('wait by their queue key before the window opens and after it closes', () => {
    const early = [walkIn(1, '08:20'), booked(3, '08:35'), walkIn(2, '08:50')];
    expect(ids(callOrder(early, counter, at('2026-11-27T08:55')))).toEqual([1, 3, 2]);
    expect(ids(callOrder(early, counter, at('2026-11-27T09:00')))).toEqual([3, 1, 2]);
    expect(ids(callOrder(queue, counter, at('2026-11-27T09:40')))).toEqual([4, 1, 2, 3]);
    expect(slotWindowOpen(queue[2] as Ticket, at('2026-11-27T09:40'))).toBe(false);
  });

  it('override a service-order counter\'s policy, as priority does', () => {
    const list = [walkIn(1, '08:00'), booked(2, '09:05', { serviceId: 'medical' })];
    const serviceOrder = { ...counter, callPolicy: 'service-order' as const };
    expect(ids(callOrder(list, serviceOrder, at('2026-11-27T09:10')))).toEqual([2, 1]);
    expect(ids(callOrder(list, serviceOrder, at('2026-11-27T10:00')))).toEqual([1, 2]);
  });
});

describe('nextReorder', () => {
  it('is the next opening or closing of a listed window, or null', () => {
    const list = [walkIn(1, '08:40'), booked(2, '08:35')];
    expect(nextReorder(list, at('2026-11-27T08:50'))).toBe(at('2026-11-27T09:00'));
    expect(nextReorder(list, at('2026-11-27T09:00'))).toBe(at('2026-11-27T09:40'));
    expect(nextReorder(list, at('2026-11-27T09:40'))).toBeNull();
    expect(nextReorder([walkIn(1, '08:40')], at('2026-11-27T08:50'))).toBeNull();
  });
});
