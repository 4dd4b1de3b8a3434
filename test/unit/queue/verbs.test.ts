import type { TicketStatus } from '../../../protocol/views';
import {
  call, cancel, expire, finish, hold, noShow, recall, requeue, resume, start, transfer,
  type EngineResult, type Ticket, type TicketEventType, type Transition,
} from '../../../server/queue';
import {
  ALL_STATUSES, COUNTER_ID, OTHER_COUNTER_ID, STAFF_ID, at, frozen, makeCounter, makeSettings, ticketIn,
} from './builders';

const NOW = at('2026-11-27T10:00');
const TODAY = '2026-11-27';
const YESTERDAY = '2026-11-26';
const openCounter = makeCounter();
const toMedical = { serviceId: 'medical', centreId: 'health', targetCounterId: null };

interface VerbSpec {
  name: string;
  /** Statuses the verb applies to; every other status must be refused. */
  legal: readonly TicketStatus[];
  becomes: TicketStatus;
  event: TicketEventType;
  /** Whether the verb acts at one counter, so a ticket at another counter must be refused. */
  atCounter: boolean;
  /** Business day the ticket needs for the verb to apply. */
  day?: string;
  run: (ticket: Ticket) => EngineResult<Transition>;
}

const VERBS: readonly VerbSpec[] = [
  { name: 'call', legal: ['waiting'], becomes: 'called', event: 'called', atCounter: false,
    run: (t) => call(t, openCounter, STAFF_ID, NOW) },
  { name: 'recall', legal: ['called'], becomes: 'called', event: 'recalled', atCounter: true,
    run: (t) => recall(t, COUNTER_ID, NOW) },
  { name: 'noShow', legal: ['called'], becomes: 'no_show', event: 'no_show', atCounter: true,
    run: (t) => noShow(t, COUNTER_ID, NOW) },
  { name: 'start', legal: ['called'], becomes: 'serving', event: 'started', atCounter: true,
    run: (t) => start(t, COUNTER_ID, NOW) },
  { name: 'finish', legal: ['called', 'serving'], becomes: 'finished', event: 'finished', atCounter: true,
    run: (t) => finish(t, COUNTER_ID, NOW) },
  { name: 'transfer', legal: ['called', 'serving'], becomes: 'waiting', event: 'transferred', atCounter: true,
    run: (t) => transfer(t, COUNTER_ID, toMedical, NOW) },
  { name: 'hold', legal: ['called', 'serving'], becomes: 'held', event: 'held', atCounter: true,
    run: (t) => hold(t, COUNTER_ID, NOW) },
  { name: 'resume', legal: ['held'], becomes: 'serving', event: 'resumed', atCounter: true,
    run: (t) => resume(t, openCounter, NOW) },
  { name: 'cancel', legal: ['waiting', 'held'], becomes: 'cancelled', event: 'cancelled', atCounter: false,
    run: (t) => cancel(t, NOW) },
  { name: 'requeue', legal: ['no_show'], becomes: 'waiting', event: 'requeued', atCounter: false,
    run: (t) => requeue(t, makeSettings({ lateReturn: 'requeue-once' }), NOW) },
  { name: 'expire', legal: ['waiting', 'called', 'serving', 'held'], becomes: 'expired', event: 'expired',
    atCounter: false, day: YESTERDAY, run: (t) => expire(t, TODAY) },
];

function legalCases(): [string, TicketStatus, VerbSpec][] {
  return VERBS.flatMap((verb) => verb.legal.map((status): [string, TicketStatus, VerbSpec] => [verb.name, status, verb]));
}

function illegalCases(): [string, TicketStatus, VerbSpec][] {
  return VERBS.flatMap((verb) => ALL_STATUSES
    .filter((status) => !verb.legal.includes(status))
    .map((status): [string, TicketStatus, VerbSpec] => [verb.name, status, verb]));
}

function expectOk(result: EngineResult<Transition>): Transition {
  if (!result.ok) throw new Error(`expected success, got ${result.code}`);
  return result.value;
}

describe('every verb', () => {
  it.each(legalCases())('%s applies to a %s ticket without touching its input', (_name, status, verb) => {
    const { value: ticket, copy } = frozen(ticketIn(status, { businessDay: verb.day ?? TODAY, version: 7 }));
    const transition = expectOk(verb.run(ticket));
    expect(transition.event).toBe(verb.event);
    expect(transition.ticket.status).toBe(verb.becomes);
    expect(transition.ticket.version).toBe(8);
    expect(transition.ticket.id).toBe(ticket.id);
    expect(transition.ticket).not.toBe(ticket);
    expect(ticket).toEqual(copy);
  });

  it.each(illegalCases())('%s refuses a %s ticket', (_name, status, verb) => {
    const { value: ticket, copy } = frozen(ticketIn(status, { businessDay: verb.day ?? TODAY }));
    expect(verb.run(ticket)).toEqual({ ok: false, code: 'TICKET_STATE_INVALID' });
    expect(ticket).toEqual(copy);
  });

  const counterCases = legalCases().filter(([, , verb]) => verb.atCounter);
  it.each(counterCases)('%s refuses a %s ticket held by another counter', (_name, status, verb) => {
    const ticket = ticketIn(status, { counterId: OTHER_COUNTER_ID });
    expect(verb.run(ticket)).toEqual({ ok: false, code: 'TICKET_STATE_INVALID' });
  });
});

describe('verbs that need an open counter', () => {
  const cases = (['paused', 'closed'] as const).flatMap((counterStatus) => ALL_STATUSES.map(
    (status): [string, TicketStatus, 'paused' | 'closed'] => [counterStatus, status, counterStatus],
  ));
  const codeFor = { paused: 'COUNTER_PAUSED', closed: 'COUNTER_NOT_OPEN' } as const;

  it.each(cases)('call at a %s counter is refused for a %s ticket', (_label, status, counterStatus) => {
    const counter = makeCounter({ status: counterStatus });
    expect(call(ticketIn(status), counter, STAFF_ID, NOW)).toEqual({ ok: false, code: codeFor[counterStatus] });
  });

  it.each(cases)('resume at a %s counter is refused for a %s ticket', (_label, status, counterStatus) => {
    const counter = makeCounter({ status: counterStatus });
    expect(resume(ticketIn(status), counter, NOW)).toEqual({ ok: false, code: codeFor[counterStatus] });
  });
});

describe('call', () => {
  it('puts the ticket at the counter with the caller and the call time', () => {
    const ticket = ticketIn('waiting', { recallCount: 2, startedAt: null });
    const { ticket: called } = expectOk(call(ticket, openCounter, STAFF_ID, NOW));
    expect(called).toEqual({
      ...ticket,
      status: 'called',
      counterId: COUNTER_ID,
      staffId: STAFF_ID,
      calledAt: NOW,
      startedAt: null,
      recallCount: 0,
      targetCounterId: null,
      version: ticket.version + 1,
    });
  });

  it('accepts a call without a staff member (e.g. a supervisor console)', () => {
    expect(expectOk(call(ticketIn('waiting'), openCounter, null, NOW)).ticket.staffId).toBeNull();
  });

  it('refuses a ticket of a service the counter does not serve', () => {
    const ticket = ticketIn('waiting', { serviceId: 'marriage' });
    expect(call(ticket, openCounter, STAFF_ID, NOW)).toEqual({ ok: false, code: 'COUNTER_NOT_SERVING_SERVICE' });
  });

  it('refuses a ticket reserved for another counter and accepts one reserved for this counter', () => {
    const elsewhere = ticketIn('waiting', { targetCounterId: OTHER_COUNTER_ID });
    expect(call(elsewhere, openCounter, STAFF_ID, NOW)).toEqual({ ok: false, code: 'COUNTER_NOT_SERVING_SERVICE' });
    const here = ticketIn('waiting', { targetCounterId: COUNTER_ID });
    expect(expectOk(call(here, openCounter, STAFF_ID, NOW)).ticket.targetCounterId).toBeNull();
  });

  it('checks the ticket status before the service', () => {
    const ticket = ticketIn('finished', { serviceId: 'marriage' });
    expect(call(ticket, openCounter, STAFF_ID, NOW)).toEqual({ ok: false, code: 'TICKET_STATE_INVALID' });
  });
});

describe('recall', () => {
  it('counts recalls and keeps the first call time', () => {
    const ticket = ticketIn('called');
    const once = expectOk(recall(ticket, COUNTER_ID, NOW)).ticket;
    const twice = expectOk(recall(once, COUNTER_ID, NOW + 30_000)).ticket;
    expect(twice.recallCount).toBe(2);
    expect(twice.calledAt).toBe(ticket.calledAt);
    expect(twice.version).toBe(ticket.version + 2);
  });
});

describe('noShow', () => {
  it('ends the ticket at now and keeps the counter for the record', () => {
    const { ticket } = expectOk(noShow(ticketIn('called'), COUNTER_ID, NOW));
    expect(ticket).toMatchObject({ status: 'no_show', finishedAt: NOW, counterId: COUNTER_ID });
  });
});

describe('start', () => {
  it('records the start of service', () => {
    const { ticket } = expectOk(start(ticketIn('called'), COUNTER_ID, NOW));
    expect(ticket).toMatchObject({ status: 'serving', startedAt: NOW, counterId: COUNTER_ID });
  });
});

describe('finish', () => {
  it('keeps the start time of a ticket in service', () => {
    const serving = ticketIn('serving');
    const { ticket } = expectOk(finish(serving, COUNTER_ID, NOW));
    expect(ticket).toMatchObject({ status: 'finished', finishedAt: NOW, startedAt: serving.startedAt });
  });

  it('counts from the call when the counter finishes without starting', () => {
    const called = ticketIn('called');
    const { ticket } = expectOk(finish(called, COUNTER_ID, NOW));
    expect(ticket.startedAt).toBe(called.calledAt);
    expect(ticket.finishedAt).toBe(NOW);
  });
});

describe('transfer', () => {
  it('sends the ticket back to waiting in the target service, keeping its arrival and queue key', () => {
    const arrivedAt = at('2026-11-27T09:00');
    const serving = ticketIn('serving', { arrivedAt, queueKey: arrivedAt, recallCount: 1, priority: 'elderly70' });
    const { ticket } = expectOk(transfer(serving, COUNTER_ID, toMedical, NOW));
    expect(ticket).toEqual({
      ...serving,
      status: 'waiting',
      serviceId: 'medical',
      centreId: 'health',
      targetCounterId: null,
      counterId: null,
      staffId: null,
      calledAt: null,
      startedAt: null,
      recallCount: 0,
      transferCount: 1,
      version: serving.version + 1,
    });
    expect(ticket.arrivedAt).toBe(arrivedAt);
    expect(ticket.queueKey).toBe(arrivedAt);
    expect(ticket.priority).toBe('elderly70');
  });

  it('counts every transfer', () => {
    const { ticket } = expectOk(transfer(ticketIn('called', { transferCount: 2 }), COUNTER_ID, toMedical, NOW));
    expect(ticket.transferCount).toBe(3);
  });

  it('reserves the ticket for a target counter', () => {
    const target = { serviceId: 'medical', centreId: 'health', targetCounterId: 9 };
    expect(expectOk(transfer(ticketIn('serving'), COUNTER_ID, target, NOW)).ticket.targetCounterId).toBe(9);
  });

  it('may move a ticket to one counter of the same service', () => {
    const target = { serviceId: 'pension', centreId: 'social', targetCounterId: 9 };
    const { ticket } = expectOk(transfer(ticketIn('serving'), COUNTER_ID, target, NOW));
    expect(ticket).toMatchObject({ status: 'waiting', serviceId: 'pension', targetCounterId: 9 });
  });

  it('refuses a transfer to the same service without a target counter', () => {
    const target = { serviceId: 'pension', centreId: 'social', targetCounterId: null };
    expect(transfer(ticketIn('serving'), COUNTER_ID, target, NOW)).toEqual({ ok: false, code: 'TRANSFER_TARGET_INVALID' });
  });
});

describe('hold and resume', () => {
  it('hold keeps the ticket at the counter', () => {
    const { ticket } = expectOk(hold(ticketIn('serving'), COUNTER_ID, NOW));
    expect(ticket).toMatchObject({ status: 'held', counterId: COUNTER_ID, staffId: STAFF_ID });
  });

  it('resume keeps an earlier start time', () => {
    const held = ticketIn('held');
    const { ticket } = expectOk(resume(held, openCounter, NOW));
    expect(ticket).toMatchObject({ status: 'serving', startedAt: held.startedAt });
  });

  it('resume starts service now for a ticket held before it was started', () => {
    const heldWhenCalled = expectOk(hold(ticketIn('called'), COUNTER_ID, NOW)).ticket;
    expect(heldWhenCalled.startedAt).toBeNull();
    const later = NOW + 5 * 60_000;
    expect(expectOk(resume(heldWhenCalled, openCounter, later)).ticket.startedAt).toBe(later);
  });
});

describe('cancel', () => {
  it.each(['waiting', 'held'] as const)('ends a %s ticket at now', (status) => {
    expect(expectOk(cancel(ticketIn(status), NOW)).ticket).toMatchObject({ status: 'cancelled', finishedAt: NOW });
  });
});

describe('requeue', () => {
  it('sends a late no-show to the back of the queue once', () => {
    const arrivedAt = at('2026-11-27T08:40');
    const noShowTicket = ticketIn('no_show', { arrivedAt, queueKey: arrivedAt });
    const { ticket } = expectOk(requeue(noShowTicket, makeSettings(), NOW));
    expect(ticket).toMatchObject({
      status: 'waiting',
      queueKey: NOW,
      arrivedAt,
      requeued: true,
      counterId: null,
      staffId: null,
      calledAt: null,
      finishedAt: null,
    });
  });

  it('allows only one requeue per ticket', () => {
    const settings = makeSettings();
    const first = expectOk(requeue(ticketIn('no_show'), settings, NOW)).ticket;
    const calledAgain = expectOk(call(first, openCounter, STAFF_ID, NOW + 60_000)).ticket;
    const missedAgain = expectOk(noShow(calledAgain, COUNTER_ID, NOW + 120_000)).ticket;
    expect(missedAgain.requeued).toBe(true);
    expect(requeue(missedAgain, settings, NOW + 180_000)).toEqual({ ok: false, code: 'REQUEUE_NOT_ALLOWED' });
  });

  it('is not allowed when the hall does not requeue late returns', () => {
    expect(requeue(ticketIn('no_show'), makeSettings({ lateReturn: 'none' }), NOW))
      .toEqual({ ok: false, code: 'REQUEUE_NOT_ALLOWED' });
  });

  it('reports the wrong status before the policy', () => {
    expect(requeue(ticketIn('finished'), makeSettings({ lateReturn: 'none' }), NOW))
      .toEqual({ ok: false, code: 'TICKET_STATE_INVALID' });
  });
});

describe('expire', () => {
  it.each(['waiting', 'called', 'serving', 'held'] as const)('closes a %s ticket of an earlier day', (status) => {
    const ticket = ticketIn(status, { businessDay: YESTERDAY });
    expect(expectOk(expire(ticket, TODAY)).ticket).toMatchObject({ status: 'expired', counterId: ticket.counterId });
  });

  it.each(['waiting', 'called', 'serving', 'held'] as const)('leaves a %s ticket of today alone', (status) => {
    expect(expire(ticketIn(status, { businessDay: TODAY }), TODAY)).toEqual({ ok: false, code: 'TICKET_STATE_INVALID' });
  });

  it('compares days across months and years', () => {
    expect(expire(ticketIn('waiting', { businessDay: '2026-12-31' }), '2027-01-01').ok).toBe(true);
    expect(expire(ticketIn('waiting', { businessDay: '2027-01-01' }), '2026-12-31').ok).toBe(false);
  });
});
