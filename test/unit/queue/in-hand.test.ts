import { currentOf, heldOf, isCallableBy, isInHand, isOpen, isOpenTo, type Ticket } from '../../../server/queue';
import { ALL_STATUSES, COUNTER_ID, OTHER_COUNTER_ID, makeCounter, makeTicket, ticketIn } from './builders';

describe('a ticket in hand', () => {
  it('is called, serving or held; open adds waiting; nothing else is either', () => {
    const inHand = ALL_STATUSES.filter((status) => isInHand(ticketIn(status)));
    const open = ALL_STATUSES.filter((status) => isOpen(ticketIn(status)));
    expect(inHand).toEqual(['called', 'serving', 'held']);
    expect(open).toEqual(['waiting', 'called', 'serving', 'held']);
  });

  it('the current ticket is the called or serving one; held tickets stay beside it', () => {
    const held = ticketIn('held', { id: 1 });
    const serving = ticketIn('serving', { id: 2 });
    expect(currentOf([held, serving])?.id).toBe(2);
    expect(currentOf([held])).toBeNull();
    expect(heldOf([held, serving]).map((t: Ticket) => t.id)).toEqual([1]);
  });
});

describe('reserved for a counter', () => {
  it('a ticket transferred to one counter waits for that counter only', () => {
    const reserved = makeTicket({ targetCounterId: OTHER_COUNTER_ID });
    const open = makeTicket({ targetCounterId: null });
    expect(isOpenTo(reserved, OTHER_COUNTER_ID)).toBe(true);
    expect(isOpenTo(reserved, COUNTER_ID)).toBe(false);
    expect(isOpenTo(reserved, null)).toBe(false);
    expect(isOpenTo(open, COUNTER_ID)).toBe(true);
    expect(isCallableBy(reserved, makeCounter({ id: COUNTER_ID }))).toBe(false);
    expect(isCallableBy(reserved, makeCounter({ id: OTHER_COUNTER_ID }))).toBe(true);
  });
});
