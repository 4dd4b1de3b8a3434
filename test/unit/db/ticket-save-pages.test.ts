/**
 * Saving a ticket writes the index pages its change needs and no others: a call or a finish leaves the
 * indexes keyed by service alone (SQLite rewrites an index entry whenever an UPDATE assigns one of its
 * columns, even to the same value), and a transfer still moves the ticket to its new service. Which
 * B-trees a save wrote is read from the WAL's frame headers, mapped to tables and indexes by SQLite's
 * dbstat, on a real database file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../../../server/db/open';
import { insertCentre, insertCounter, insertService } from '../../../server/db/queries/hall-admin';
import { insertTicket, saveTicket, ticketById } from '../../../server/db/queries/tickets';
import { call, finish, transfer, type Counter, type EngineResult, type Ticket, type Transition } from '../../../server/queue';
import { tempDir } from '../../../testkit/hall';

const DAY = '2026-12-03';
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

const COUNTER: Counter = { id: 1, centreId: 'c', status: 'open', serviceIds: ['s1', 's2'], callPolicy: 'oldest-first', staffId: null };

function transitioned(verdict: EngineResult<Transition>): Ticket {
  if (!verdict.ok) throw new Error(`refused: ${verdict.code}`);
  return verdict.value.ticket;
}

describe('saving a ticket', () => {
  let dir: string;
  let db: Db;

  beforeAll(() => {
    dir = tempDir('hall-save-pages-');
    db = openDatabase(dir);
    insertCentre(db, { id: 'c', name: '中心', nameMn: '', icon: '', sortOrder: 0 });
    ['s1', 's2'].forEach((id, i) => insertService(db, {
      id, centreId: 'c', name: id, nameMn: '', prefix: 'AB'[i] ?? 'Z', dailyLimit: null, hours: null,
      defaultServiceMinutes: 5, sortOrder: i,
    }));
    insertCounter(db, { id: 1, name: '1号窗口', centreId: 'c', callPolicy: 'oldest-first', serviceIds: ['s1', 's2'] });
    // Enough tickets that the indexes span many pages, as in a day of a hall.
    db.transaction(() => {
      for (let i = 0; i < 600; i += 1) {
        const serviceId = i % 2 === 0 ? 's1' : 's2';
        insertTicket(db, {
          businessDay: DAY, serviceId, centreId: 'c', prefix: 'A', seq: i + 1, number: `A${String(i + 1).padStart(3, '0')}`,
          priority: null, arrivedAt: 1_000 + i, queueKey: 1_000 + i, slotFrom: null, slotTo: null,
        }, { token: `token-${i}`, ratingCode: '000000' }, 'test', `key-${i}`);
      }
    })();
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The tables and indexes whose pages one committed save wrote. */
  function btreesWrittenBy(save: () => void): Set<string> {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.transaction(save)();
    const wal = fs.readFileSync(path.join(dir, 'hall.sqlite-wal'));
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const pages: number[] = [];
    for (let at = WAL_HEADER; at + FRAME_HEADER <= wal.length; at += FRAME_HEADER + pageSize) pages.push(wal.readUInt32BE(at));
    expect(pages.length).toBeGreaterThan(0);
    const names = db.prepare(`SELECT DISTINCT name FROM dbstat WHERE pageno IN (${pages.map(() => '?').join(',')})`)
      .pluck().all(...pages) as string[];
    return new Set(names);
  }

  function stored(id: number): Ticket {
    const ticket = ticketById(db, id);
    if (!ticket) throw new Error(`ticket ${id} is gone`);
    return ticket;
  }

  it('a call and a finish write no page of the indexes keyed by service', () => {
    const called = transitioned(call(stored(301), COUNTER, null, 5_000));
    const written = btreesWrittenBy(() => saveTicket(db, called));
    expect(written).toContain('tickets');
    expect(written).toContain('tickets_in_hand');
    expect(written).not.toContain('tickets_day');
    expect(stored(301)).toEqual(called);

    const finished = transitioned(finish(called, 1, 6_000));
    const afterFinish = btreesWrittenBy(() => saveTicket(db, finished));
    expect(afterFinish).toContain('tickets_service_times');
    expect(afterFinish).not.toContain('tickets_day');
    expect(stored(301)).toEqual(finished);
  });

  it('a transfer moves the ticket to its new service, with the indexes that say so', () => {
    const called = transitioned(call(stored(303), COUNTER, null, 7_000));
    saveTicket(db, called);
    const moved = transitioned(transfer(called, 1, { serviceId: 's2', centreId: 'c', targetCounterId: null }, 8_000));
    const written = btreesWrittenBy(() => saveTicket(db, moved));
    expect(written).toContain('tickets_day');
    expect(stored(303)).toEqual(moved);
    expect(stored(303).serviceId).toBe('s2');
  });

  it('a save from a stale copy changes nothing, whether or not it moves the service', () => {
    const before = stored(305);
    const called = transitioned(call(before, COUNTER, null, 9_000));
    saveTicket(db, called);
    expect(() => saveTicket(db, called)).toThrow('changed concurrently');
    const staleMove = { ...called, serviceId: 's1', version: called.version };
    expect(() => saveTicket(db, staleMove)).toThrow('changed concurrently');
    expect(stored(305)).toEqual(called);
  });
});
