/**
 * Twenty counters call next at the same moment, round after round, while two kiosks keep issuing (every
 * third round the counters with a resident in hand 办结并叫号 in the same moment as the others call):
 * every ticket is called exactly once by exactly one counter, none is lost, no number is issued twice,
 * and priority (绿色通道) residents go before earlier ordinary residents of the same services.
 * Also: one idempotency key sent ten times at once yields one ticket.
 */
import type { Result } from '../../protocol/errors';
import { PRIORITY_REASONS, type CounterState, type IssuedTicket, type PriorityReason } from '../../protocol/views';
import { t } from '../../protocol/catalog';
import { insertCounter } from '../../server/db/queries/hall-admin';
import { DEMO_SERVICES } from '../../server/demo/hall-data';
import { addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';

// Services without a daily limit; the demo hall runs in demo mode, so every issue must succeed whatever the clock says.
const SERVICES = DEMO_SERVICES.filter((s) => s.dailyLimit === null).map((s) => s.id);
const EXTRA_COUNTERS = [15, 16, 17, 18, 19, 20];
const COUNTER_IDS = [...Array.from({ length: 14 }, (_v, i) => i + 1), ...EXTRA_COUNTERS];
const ROUNDS = 12;
const FIRST_BATCH_PER_KIOSK = 20;
const ROUND_BATCH_PER_KIOSK = 9;
/** Kiosks may issue 20 tickets a minute each: the hand-moved clock opens a new window every round. */
const MINUTE_AND_A_BIT = 61_000;

interface CallRecord { counterId: number; verb: 'counter.callNext' | 'counter.finishAndCallNext'; result: Result<CounterState> }
interface EventRow { id: number; ticket_id: number; type: string; counter_id: number | null }
interface TicketRow { id: number; number: string; service_id: string; priority: string | null; status: string; counter_id: number | null }

// Hundreds of real socket round trips: alone it takes seconds, beside other suites on two busy cores
// it has taken longer than jest's default limit. The limit guards against a hang, not a speed.
jest.setTimeout(120_000);

describe('concurrent counters and kiosks', () => {
  let th: TestHall;
  let clock: ManualClock;
  const sockets: ClientSocket[] = [];
  const open = async (auth: { token?: string; deviceKey?: string }): Promise<ClientSocket> => {
    const s = await connect(th.url, auth);
    sockets.push(s);
    return s;
  };

  beforeEach(async () => {
    clock = new ManualClock(beijing('2026-03-02T09:00:00'));
    th = await startTestHall({ clock });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  it('calls every ticket exactly once across 20 counters calling at the same moment', async () => {
    // Six more counters that serve every service, with both call policies and different service orders,
    // so that all twenty counters compete for the same queues.
    EXTRA_COUNTERS.forEach((id, i) => insertCounter(th.hall.db, {
      id, name: t('counter.name', 'zh', { n: id }), centreId: 'admin-approval',
      callPolicy: i % 2 === 0 ? 'oldest-first' : 'service-order',
      serviceIds: [...SERVICES.slice(i * 2), ...SERVICES.slice(0, i * 2)],
    }));
    const staffNames = addStaff(th.hall, COUNTER_IDS.length);
    const desks = await Promise.all(staffNames.map(async (name) => open({ token: await login(th.url, name) })));
    const kiosks = [await open({ deviceKey: th.kioskKey }), await open({ deviceKey: th.seed.devices.filter((d) => d.kind === 'kiosk')[1]?.key ?? '' })];
    const deskOf = (counterId: number): ClientSocket => desks[COUNTER_IDS.indexOf(counterId)] as ClientSocket;
    await Promise.all(COUNTER_IDS.map(async (counterId) => ok(await send(deskOf(counterId), 'counter.open', { counterId }))));

    let issuedCount = 0;
    const issueBatch = (perKiosk: number): Promise<Result<IssuedTicket>>[] => kiosks.flatMap((kiosk) =>
      Array.from({ length: perKiosk }, () => {
        issuedCount += 1;
        const priority: PriorityReason | null = issuedCount % 6 === 0
          ? PRIORITY_REASONS[issuedCount % PRIORITY_REASONS.length] ?? null : null;
        const serviceId = SERVICES[(issuedCount * 7) % SERVICES.length] ?? '';
        return send(kiosk, 'ticket.issue', { serviceId, priority, idempotencyKey: idemKey() }) as Promise<Result<IssuedTicket>>;
      }));

    const issueResults: Result<IssuedTicket>[] = await Promise.all(issueBatch(FIRST_BATCH_PER_KIOSK));
    const calls: CallRecord[] = [];
    const inHand = new Set<number>();
    for (let round = 1; round <= ROUNDS; round += 1) {
      clock.advance(MINUTE_AND_A_BIT);
      // End what each counter has in hand, then all twenty call at once while both kiosks issue; or, every
      // third round, the counters in hand finish and call on in one command while the idle ones call.
      const combined = round % 3 === 0;
      if (!combined) {
        await Promise.all([...inHand].map(async (counterId) =>
          ok(await send(deskOf(counterId), round % 4 === 0 ? 'counter.noShow' : 'counter.finish', { counterId }))));
        inHand.clear();
      }
      const callPromises = COUNTER_IDS.map((counterId) => {
        const verb = inHand.has(counterId) ? 'counter.finishAndCallNext' : 'counter.callNext';
        return (send(deskOf(counterId), verb, { counterId }) as Promise<Result<CounterState>>)
          .then((result): CallRecord => ({ counterId, verb, result }));
      });
      inHand.clear();
      const [roundCalls, roundIssues] = await Promise.all([Promise.all(callPromises), Promise.all(issueBatch(ROUND_BATCH_PER_KIOSK))]);
      issueResults.push(...roundIssues);
      calls.push(...roundCalls);
      for (const c of roundCalls) if (c.result.ok && c.result.data.current) inHand.add(c.counterId);
    }

    // Every issue was acknowledged, and no number was issued twice.
    const issued = issueResults.map(ok);
    expect(issued).toHaveLength(2 * (FIRST_BATCH_PER_KIOSK + ROUNDS * ROUND_BATCH_PER_KIOSK));
    const numbers = issued.map((i) => i.ticket.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const seqsByPrefix = new Map<string, number[]>();
    for (const n of numbers) seqsByPrefix.set(n.slice(0, -3), [...(seqsByPrefix.get(n.slice(0, -3)) ?? []), Number(n.slice(-3))]);
    for (const seqs of seqsByPrefix.values()) {
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs.map((_s, i) => i + 1)); // 1..n, no gap, no repeat
    }

    // Every answered call handed a ticket to the counter that asked; the rest found their queues empty
    // (a 办结并叫号 then still finished its resident and answers with nobody in hand).
    const answered = calls.filter((c) => c.result.ok && c.result.data.current !== null);
    for (const c of calls) {
      if (!c.result.ok) {
        expect([c.verb, c.result.error.code]).toEqual(['counter.callNext', 'QUEUE_EMPTY']);
        continue;
      }
      expect(c.result.data.counter.id).toBe(c.counterId);
      if (c.result.data.current === null) expect(c.verb).toBe('counter.finishAndCallNext');
      else expect(c.result.data.current).toMatchObject({ status: 'called', counterId: c.counterId });
    }
    expect(answered.length).toBeGreaterThan(ROUNDS * 10);
    const combinedCalls = answered.filter((c) => c.verb === 'counter.finishAndCallNext');
    expect(combinedCalls.length).toBeGreaterThan(10); // the combined command really competed
    const calledBy = new Map<number, number>();
    for (const c of answered) {
      const ticketId = c.result.ok ? c.result.data.current?.id ?? -1 : -1;
      expect(calledBy.has(ticketId)).toBe(false); // no ticket handed out twice
      calledBy.set(ticketId, c.counterId);
    }

    // The event log agrees: exactly one 'called' event per called ticket, at the counter that got it.
    const db = th.hall.db;
    const callEvents = db.prepare("SELECT id, ticket_id, type, counter_id FROM ticket_events WHERE type = 'called' ORDER BY id")
      .all() as EventRow[];
    expect(callEvents).toHaveLength(answered.length);
    expect(new Map(callEvents.map((e) => [e.ticket_id, e.counter_id]))).toEqual(calledBy);
    const handsPerCounter = db.prepare(`SELECT counter_id, COUNT(*) AS n FROM tickets
      WHERE status IN ('called', 'serving') GROUP BY counter_id`).all() as { counter_id: number; n: number }[];
    expect(handsPerCounter.every((h) => h.n === 1)).toBe(true);
    for (const h of handsPerCounter) expect(calledBy.get(
      (db.prepare("SELECT id FROM tickets WHERE counter_id = ? AND status = 'called'").get(h.counter_id) as { id: number }).id,
    )).toBe(h.counter_id);

    // None is lost: each ticket is either still waiting or was called, and the table holds just these.
    const tickets = db.prepare('SELECT id, number, service_id, priority, status, counter_id FROM tickets ORDER BY id').all() as TicketRow[];
    expect(tickets.map((r) => r.number).sort()).toEqual([...numbers].sort());
    const waiting = tickets.filter((r) => r.status === 'waiting');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((r) => !calledBy.has(r.id))).toBe(true);
    expect(waiting.length + calledBy.size).toBe(issued.length);
    expect(tickets.filter((r) => r.status !== 'waiting').every((r) => calledBy.has(r.id))).toBe(true);
    expect(db.prepare(`SELECT business_day, number FROM tickets GROUP BY business_day, number HAVING COUNT(*) > 1`).all()).toEqual([]);

    // Order: when an ordinary ticket was called, no priority ticket of its service was waiting; within
    // a service, ordinary tickets were called in the order they were issued (nobody skipped).
    const issuedAt = new Map((db.prepare("SELECT ticket_id, id FROM ticket_events WHERE type = 'issued'").all() as
      { ticket_id: number; id: number }[]).map((e) => [e.ticket_id, e.id]));
    const calledAt = new Map(callEvents.map((e) => [e.ticket_id, e.id]));
    const waitingAt = (r: TicketRow, eventId: number): boolean =>
      (issuedAt.get(r.id) ?? Infinity) < eventId && (calledAt.get(r.id) ?? Infinity) > eventId;
    let priorityOvertakes = 0;
    for (const n of tickets.filter((r) => r.priority === null && calledAt.has(r.id))) {
      const at = calledAt.get(n.id) ?? 0;
      const sameService = tickets.filter((p) => p.service_id === n.service_id);
      expect(sameService.filter((p) => p.priority !== null && waitingAt(p, at)).map((p) => p.number)).toEqual([]);
      expect(sameService.filter((o) => o.priority === null && o.id < n.id && waitingAt(o, at)).map((o) => o.number)).toEqual([]);
      priorityOvertakes += sameService.filter((p) => p.priority !== null && p.id > n.id
        && (calledAt.get(p.id) ?? Infinity) < at).length;
    }
    expect(priorityOvertakes).toBeGreaterThan(0); // the priority rule was actually exercised
  });

  it('answers the same idempotency key sent ten times at once with one ticket', async () => {
    const kiosk = await open({ deviceKey: th.kioskKey });
    const key = idemKey();
    const answers = (await Promise.all(Array.from({ length: 10 }, () =>
      send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: key })))).map((r) => ok(r) as IssuedTicket);
    expect(new Set(answers.map((a) => a.ticket.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.ticket.number))).toEqual(new Set(['E001']));

    // Over HTTP too, ten at once, from the same kiosk with another key.
    const httpKey = idemKey();
    const overHttp = await Promise.all(Array.from({ length: 10 }, () => http<IssuedTicket>(th.url, 'POST', '/api/tickets',
      { deviceKey: th.kioskKey, body: { serviceId: 'elderly-allowance', idempotencyKey: httpKey } })));
    expect(overHttp.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(overHttp.map((r) => ok(r.body).ticket.number))).toEqual(new Set(['E002']));

    const db = th.hall.db;
    expect(db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 2 });
    expect(db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get()).toEqual({ n: 2 });
    const next = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    expect(next.ticket.number).toBe('E003');
  });
});
