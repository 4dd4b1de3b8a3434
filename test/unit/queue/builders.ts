/** Builders of engine inputs with sensible defaults, so each test states only what it is about. */
import type { TicketStatus } from '../../../protocol/views';
import type { Counter, QueueSettings, ServiceRule, Ticket } from '../../../server/queue';

export const ZONE = 'Asia/Shanghai';
export const COUNTER_ID = 3;
export const OTHER_COUNTER_ID = 4;
export const STAFF_ID = 21;

export const ALL_STATUSES: readonly TicketStatus[] = [
  'waiting', 'called', 'serving', 'held', 'finished', 'no_show', 'cancelled', 'expired',
];

/** Epoch ms of a local time in the hall's zone (UTC+8, no DST), e.g. at('2026-11-27T09:00'). */
export function at(localIso: string): number {
  const ms = Date.parse(`${localIso}+08:00`);
  if (Number.isNaN(ms)) throw new Error(`bad test time ${localIso}`);
  return ms;
}

let nextId = 1;

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  const id = overrides.id ?? nextId++;
  const arrivedAt = overrides.arrivedAt ?? at('2026-11-27T09:00');
  return {
    id,
    token: `token-${id}`,
    businessDay: '2026-11-27',
    serviceId: 'pension',
    centreId: 'social',
    prefix: 'A',
    seq: id,
    number: `A${String(id).padStart(3, '0')}`,
    priority: null,
    status: 'waiting',
    arrivedAt,
    queueKey: arrivedAt,
    counterId: null,
    targetCounterId: null,
    staffId: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    recallCount: 0,
    requeued: false,
    transferCount: 0,
    slotFrom: null,
    slotTo: null,
    version: 1,
    ...overrides,
  };
}

/** A ticket in `status` with the fields that status implies, held by COUNTER_ID where it is at a counter. */
export function ticketIn(status: TicketStatus, overrides: Partial<Ticket> = {}): Ticket {
  const calledAt = at('2026-11-27T09:10');
  const startedAt = at('2026-11-27T09:12');
  const finishedAt = at('2026-11-27T09:20');
  const byStatus: Record<TicketStatus, Partial<Ticket>> = {
    waiting: {},
    called: { counterId: COUNTER_ID, staffId: STAFF_ID, calledAt },
    serving: { counterId: COUNTER_ID, staffId: STAFF_ID, calledAt, startedAt },
    held: { counterId: COUNTER_ID, staffId: STAFF_ID, calledAt, startedAt },
    finished: { counterId: COUNTER_ID, staffId: STAFF_ID, calledAt, startedAt, finishedAt },
    no_show: { counterId: COUNTER_ID, staffId: STAFF_ID, calledAt, finishedAt },
    cancelled: { finishedAt },
    expired: {},
  };
  return makeTicket({ status, ...byStatus[status], ...overrides });
}

export function makeCounter(overrides: Partial<Counter> = {}): Counter {
  return {
    id: COUNTER_ID,
    centreId: 'social',
    status: 'open',
    serviceIds: ['pension'],
    callPolicy: 'oldest-first',
    staffId: STAFF_ID,
    ...overrides,
  };
}

export function makeService(overrides: Partial<ServiceRule> = {}): ServiceRule {
  return {
    id: 'pension',
    centreId: 'social',
    prefix: 'A',
    dailyLimit: null,
    morningLimit: null,
    afternoonLimit: null,
    hours: null,
    enabled: true,
    priorityOffered: true,
    defaultServiceMinutes: 8,
    ...overrides,
  };
}

export function makeSettings(overrides: Partial<QueueSettings> = {}): QueueSettings {
  return {
    timezone: ZONE,
    lateReturn: 'requeue-once',
    priorityReasons: ['elderly70', 'disability', 'military', 'pregnancy'],
    demoMode: false,
    ...overrides,
  };
}

/** Freezes a ticket (and answers a copy to compare with) so a verb that mutates its input fails loudly. */
export function frozen<T extends object>(value: T): { value: Readonly<T>; copy: T } {
  return { value: Object.freeze({ ...value }), copy: structuredClone(value) };
}
