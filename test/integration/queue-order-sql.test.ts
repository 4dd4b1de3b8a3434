/**
 * The SQL that picks the next ticket agrees with the pure engine. Thousands of random queues (seeded, so
 * a failure repeats) are written to a real SQLite file; for a random counter, the storage layer's choice
 * (queue heads → chooseNext) must be the engine's `chooseNext` over every ticket, the desk's waiting list
 * must be the engine's order, and every people-ahead count must be the engine's. Some tickets are booked
 * (预约签到) with a slot window, and each queue is judged at a random moment: before, inside or after the
 * windows, and on their edges, so the clock-dependent rank agrees too.
 */
import fs from 'node:fs';
import { openDatabase, type Db } from '../../server/db/open';
import { insertCentre, insertCounter, insertService } from '../../server/db/queries/hall-admin';
import { insertTicket, peopleAhead, queueHeads, saveTicket, waitingFor } from '../../server/db/queries/tickets';
import {
  callOrder, chooseNext, isAhead, type CallPolicy, type Counter, type Ticket,
} from '../../server/queue';
import { PRIORITY_REASONS, type TicketStatus } from '../../protocol/views';
import { tempDir } from '../../testkit/hall';

const SERVICES = ['s1', 's2', 's3', 's4'];
const COUNTER_IDS = [1, 2, 3];
const CASES = 3000;
const DAY = '2026-11-27';

/** mulberry32: a small seeded PRNG, so every run sees the same queues. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function setUpHall(db: Db): void {
  insertCentre(db, { id: 'c', name: '中心', nameMn: '', icon: '', sortOrder: 0 });
  SERVICES.forEach((id, i) => insertService(db, {
    id, centreId: 'c', name: id, nameMn: '', prefix: 'ABCD'[i] ?? 'Z', dailyLimit: null, hours: null,
    defaultServiceMinutes: 5, sortOrder: i,
  }));
  for (const id of COUNTER_IDS) {
    insertCounter(db, { id, name: `${id}号窗口`, centreId: 'c', callPolicy: 'oldest-first', serviceIds: SERVICES });
  }
}

describe('the SQL queue order agrees with the engine', () => {
  let dir: string;
  let db: Db;

  beforeAll(() => {
    dir = tempDir('hall-order-');
    db = openDatabase(dir);
    setUpHall(db);
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`on ${CASES} random queues and clocks, both call policies, priority, booked and reserved tickets`, () => {
    const random = prng(20261127);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const otherStatuses: TicketStatus[] = ['called', 'serving', 'held', 'finished', 'no_show', 'cancelled'];
    const mismatches: { case: number; what: string; sql: unknown; engine: unknown }[] = [];
    let compared = 0;
    let nonEmpty = 0;
    let inWindow = 0;
    for (let c = 0; c < CASES; c += 1) {
      db.exec('BEGIN');
      try {
        const tickets: Ticket[] = [];
        const size = Math.floor(random() * 30);
        for (let i = 0; i < size; i += 1) {
          const serviceId = pick(SERVICES);
          // Few distinct queue keys, so ties (broken by id) happen often.
          const key = 1_000 + Math.floor(random() * 12) * 1_000;
          // A third are booked: a window on the same coarse grid, so `now` often falls on an edge.
          const slotFrom = random() < 0.33 ? Math.floor(random() * 12) * 1_000 : null;
          const created = insertTicket(db, {
            businessDay: DAY, serviceId, centreId: 'c', prefix: 'A', seq: i + 1, number: `A${String(i + 1).padStart(3, '0')}`,
            priority: random() < 0.25 ? pick(PRIORITY_REASONS) : null, arrivedAt: key, queueKey: key,
            slotFrom, slotTo: slotFrom === null ? null : slotFrom + (1 + Math.floor(random() * 4)) * 1_000,
          }, { token: `token-${c}-${i}`, ratingCode: '000000' }, 'test', `key-${c}-${i}`);
          const status: TicketStatus = random() < 0.75 ? 'waiting' : pick(otherStatuses);
          const target = random() < 0.25 ? pick(COUNTER_IDS) : null;
          const atCounter = status === 'waiting' || status === 'cancelled' ? null : pick(COUNTER_IDS);
          const changed = { ...created, status, targetCounterId: target, counterId: atCounter, version: created.version + 1 };
          saveTicket(db, changed);
          tickets.push(changed);
        }
        const serving = SERVICES.filter(() => random() < 0.6);
        const counter: Counter = {
          id: pick(COUNTER_IDS), centreId: 'c', status: 'open', staffId: null,
          serviceIds: [...(serving.length ? serving : [pick(SERVICES)])].sort(() => random() - 0.5),
          callPolicy: pick<CallPolicy>(['oldest-first', 'service-order']),
        };

        const now = Math.floor(random() * 16) * 1_000;
        if (tickets.some((t) => t.slotFrom !== null && t.slotTo !== null && t.slotFrom <= now && now < t.slotTo && t.status === 'waiting')) {
          inWindow += 1;
        }
        const expected = chooseNext(tickets, counter, now);
        const fromSql = chooseNext(queueHeads(db, counter.serviceIds, counter.id, now), counter, now);
        if ((fromSql?.id ?? null) !== (expected?.id ?? null)) {
          mismatches.push({ case: c, what: 'next', sql: fromSql?.id ?? null, engine: expected?.id ?? null });
        }
        if (expected) nonEmpty += 1;

        // The desk's list: the engine's call order over all tickets, and over what the SQL reads for it.
        const list = callOrder(tickets, counter, now).map((t) => t.id);
        const sqlList = callOrder(waitingFor(db, counter.serviceIds, counter.id, 100, now), counter, now).map((t) => t.id);
        if (sqlList.join() !== list.join()) mismatches.push({ case: c, what: 'list', sql: sqlList, engine: list });

        for (const t of tickets.filter((x) => x.status === 'waiting')) {
          const ahead = tickets.filter((other) => isAhead(other, t, now)).length;
          const sqlAhead = peopleAhead(db, t, now);
          if (sqlAhead !== ahead) mismatches.push({ case: c, what: `ahead of ${t.id}`, sql: sqlAhead, engine: ahead });
          compared += 1;
        }
      } finally {
        db.exec('ROLLBACK');
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // The random queues really exercised the rules, not only empty lines.
    expect(nonEmpty).toBeGreaterThan(CASES / 2);
    expect(compared).toBeGreaterThan(CASES * 5);
    // …and booked tickets in an open window were often among them.
    expect(inWindow).toBeGreaterThan(CASES / 4);
  }, 120_000);
});
