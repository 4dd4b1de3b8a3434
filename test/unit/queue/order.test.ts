import {
  callOrder as callOrderAt, chooseNext as chooseNextAt, queueOrder as queueOrderAt, transfer, type Counter, type Ticket,
} from '../../../server/queue';
import { COUNTER_ID, OTHER_COUNTER_ID, at, makeCounter, makeTicket, ticketIn } from './builders';

// None of these tickets carries a booked slot, so the clock does not matter here (booked-order.test.ts).
const NOW = at('2026-11-27T12:00');
const queueOrder = queueOrderAt(NOW);
const chooseNext = (candidates: readonly Ticket[], counter: Counter): Ticket | null => chooseNextAt(candidates, counter, NOW);
const callOrder = (candidates: readonly Ticket[], counter: Counter): Ticket[] => callOrderAt(candidates, counter, NOW);

function waiting(id: number, serviceId: string, localTime: string, overrides: Partial<Ticket> = {}): Ticket {
  const time = at(`2026-11-27T${localTime}`);
  return makeTicket({ id, serviceId, arrivedAt: time, queueKey: time, ...overrides });
}

function ids(tickets: readonly Ticket[]): number[] {
  return tickets.map((ticket) => ticket.id);
}

describe('queueOrder', () => {
  it('sorts priority first, then by queue key, then by id', () => {
    const tickets = [
      waiting(5, 'pension', '09:30'),
      waiting(2, 'pension', '09:00'),
      waiting(9, 'pension', '09:45', { priority: 'elderly70' }),
      waiting(7, 'pension', '09:20', { priority: 'pregnancy' }),
      waiting(1, 'pension', '09:30'),
    ];
    expect(ids([...tickets].sort(queueOrder))).toEqual([7, 9, 2, 1, 5]);
  });

  it('is zero only for the same ticket', () => {
    const ticket = waiting(1, 'pension', '09:00');
    expect(queueOrder(ticket, ticket)).toBe(0);
    expect(queueOrder(ticket, waiting(2, 'pension', '09:00'))).toBeLessThan(0);
  });
});

describe('chooseNext', () => {
  const both = makeCounter({ serviceIds: ['pension', 'medical'] });

  it('gives null when nobody is waiting', () => {
    expect(chooseNext([], both)).toBeNull();
  });

  it('ignores tickets that are not waiting, of other services, or reserved for another counter', () => {
    const candidates = [
      ticketIn('called', { id: 1, arrivedAt: at('2026-11-27T08:00'), queueKey: at('2026-11-27T08:00') }),
      ticketIn('held', { id: 2, arrivedAt: at('2026-11-27T08:00'), queueKey: at('2026-11-27T08:00') }),
      waiting(3, 'marriage', '08:00'),
      waiting(4, 'pension', '08:10', { targetCounterId: OTHER_COUNTER_ID }),
      waiting(5, 'pension', '08:20', { priority: 'military', targetCounterId: OTHER_COUNTER_ID }),
    ];
    expect(chooseNext(candidates, both)).toBeNull();
    const plain = waiting(6, 'medical', '10:00');
    expect(chooseNext([...candidates, plain], both)?.id).toBe(6);
  });

  it('calls a ticket reserved for this counter', () => {
    const reserved = waiting(4, 'pension', '09:10', { targetCounterId: COUNTER_ID });
    expect(chooseNext([waiting(3, 'pension', '09:20'), reserved], both)?.id).toBe(4);
  });

  describe('priority', () => {
    it('calls a priority ticket before older ordinary ones', () => {
      const candidates = [waiting(1, 'pension', '08:30'), waiting(2, 'pension', '10:00', { priority: 'disability' })];
      expect(chooseNext(candidates, both)?.id).toBe(2);
    });

    it('calls the oldest priority ticket across all services, whatever the policy', () => {
      const candidates = [
        waiting(1, 'pension', '08:30'),
        waiting(2, 'pension', '10:00', { priority: 'elderly70' }),
        waiting(3, 'medical', '09:40', { priority: 'pregnancy' }),
      ];
      expect(chooseNext(candidates, both)?.id).toBe(3);
      expect(chooseNext(candidates, { ...both, callPolicy: 'service-order' })?.id).toBe(3);
    });

    it('breaks ties by id', () => {
      const candidates = [
        waiting(8, 'medical', '09:00', { priority: 'military' }),
        waiting(6, 'pension', '09:00', { priority: 'military' }),
      ];
      expect(chooseNext(candidates, both)?.id).toBe(6);
    });
  });

  describe('policies', () => {
    const candidates = [
      waiting(1, 'medical', '09:00'),
      waiting(2, 'pension', '09:20'),
      waiting(3, 'pension', '09:10'),
      waiting(4, 'medical', '08:50'),
    ];

    it('oldest-first takes the oldest across the services', () => {
      expect(chooseNext(candidates, { ...both, callPolicy: 'oldest-first' })?.id).toBe(4);
    });

    it('service-order takes the oldest of the first service in the counter order', () => {
      expect(chooseNext(candidates, { ...both, callPolicy: 'service-order' })?.id).toBe(3);
      const medicalFirst = makeCounter({ serviceIds: ['medical', 'pension'], callPolicy: 'service-order' });
      expect(chooseNext(candidates, medicalFirst)?.id).toBe(4);
    });

    it('service-order moves on to the next service when the first has nobody', () => {
      const onlyMedical = candidates.filter((ticket) => ticket.serviceId === 'medical');
      expect(chooseNext(onlyMedical, { ...both, callPolicy: 'service-order' })?.id).toBe(4);
    });

    it('service-order skips a first service whose only ticket is reserved for another counter', () => {
      const list = [waiting(1, 'pension', '08:00', { targetCounterId: OTHER_COUNTER_ID }), waiting(2, 'medical', '09:00')];
      expect(chooseNext(list, { ...both, callPolicy: 'service-order' })?.id).toBe(2);
    });

    it('oldest-first breaks equal queue keys by id', () => {
      const list = [waiting(9, 'pension', '09:00'), waiting(5, 'medical', '09:00')];
      expect(chooseNext(list, both)?.id).toBe(5);
    });
  });

  describe('transfers keep arrival order', () => {
    it('a ticket from 09:00 transferred in goes ahead of a 09:30 ticket already waiting', () => {
      const arrived = at('2026-11-27T09:00');
      const beingServed = ticketIn('serving', { id: 10, serviceId: 'pension', arrivedAt: arrived, queueKey: arrived });
      const moved = transfer(beingServed, COUNTER_ID, { serviceId: 'medical', centreId: 'health', targetCounterId: null }, at('2026-11-27T09:45'));
      if (!moved.ok) throw new Error(moved.code);
      const alreadyWaiting = waiting(20, 'medical', '09:30');
      const medicalCounter = makeCounter({ id: 7, serviceIds: ['medical'] });
      expect(chooseNext([alreadyWaiting, moved.value.ticket], medicalCounter)?.id).toBe(10);
    });

    it('a targeted transfer waits for its counter only', () => {
      const beingServed = ticketIn('serving', { id: 11 });
      const moved = transfer(beingServed, COUNTER_ID, { serviceId: 'pension', centreId: 'social', targetCounterId: 8 }, at('2026-11-27T09:45'));
      if (!moved.ok) throw new Error(moved.code);
      const later = waiting(21, 'pension', '09:50');
      expect(chooseNext([moved.value.ticket, later], makeCounter({ id: 8 }))?.id).toBe(11);
      expect(chooseNext([moved.value.ticket, later], makeCounter({ id: 9 }))?.id).toBe(21);
    });
  });
});

describe('callOrder', () => {
  const policies = ['oldest-first', 'service-order'] as const;

  it('lists priority first, then by the call policy', () => {
    const candidates = [
      waiting(1, 'pension', '08:30'),
      waiting(2, 'medical', '08:00'),
      waiting(3, 'medical', '09:40', { priority: 'pregnancy' }),
      waiting(4, 'pension', '09:00'),
      waiting(5, 'pension', '10:00', { targetCounterId: COUNTER_ID }),
      waiting(6, 'pension', '07:00', { targetCounterId: OTHER_COUNTER_ID }),
    ];
    const counter = makeCounter({ serviceIds: ['pension', 'medical'] });
    expect(ids(callOrder(candidates, { ...counter, callPolicy: 'oldest-first' }))).toEqual([3, 2, 1, 4, 5]);
    expect(ids(callOrder(candidates, { ...counter, callPolicy: 'service-order' }))).toEqual([3, 1, 4, 5, 2]);
  });

  it('is the sequence successive calls take, on random queues and both policies', () => {
    const services = ['pension', 'medical', 'marriage'];
    const reasons = [null, null, null, 'elderly70', 'military'] as const;
    const targets = [null, null, null, COUNTER_ID, OTHER_COUNTER_ID];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round += 1) {
      const candidates = Array.from({ length: 1 + random(25) }, (_, i) => waiting(i + 1, services[random(3)] ?? 'pension',
        `0${8 + random(2)}:${String(random(60)).padStart(2, '0')}`,
        { priority: reasons[random(reasons.length)] ?? null, targetCounterId: targets[random(targets.length)] ?? null,
          status: random(6) === 0 ? 'held' : 'waiting' }));
      for (const callPolicy of policies) {
        const counter = makeCounter({ serviceIds: ['medical', 'pension'], callPolicy });
        let left = [...candidates];
        const called: number[] = [];
        for (let next = chooseNext(left, counter); next; next = chooseNext(left, counter)) {
          called.push(next.id);
          left = left.filter((ticket) => ticket.id !== next?.id);
        }
        expect(ids(callOrder(candidates, counter))).toEqual(called);
      }
    }
  });
});
