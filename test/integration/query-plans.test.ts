/**
 * The hot paths (issue, track, call, recall, start, finish, no-show, hold, resume, transfer, desk,
 * the desk's own figures, snapshot, and the broadcasts after them) read through indexes: no statement they prepare scans a table
 * that grows with the hall's history. Every statement prepared while the hall works is collected and
 * its EXPLAIN QUERY PLAN checked, so a new query on these paths is checked without being listed here.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../server/db/open';
import type { IssuedTicket } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

/** Tables (and the aliases the queries give them) small enough to read whole: configuration, not history. */
const SMALL_TABLES = new Set([
  'services', 's', 'centres', 'counters', 'c', 'counter_services', 'cs', 'devices', 'd', 'printers', 'settings',
  'service_guides', 'users', 'u', 'sample_files', 'boards',
  // The tickets changed since the roll-up last caught up (a second's worth), read whole on purpose.
  'report_pending',
  // "SCAN CONSTANT ROW": a SELECT without a table (the snapshot cache's total_changes()).
  'CONSTANT',
]);

function planOf(db: Db, sql: string): string[] {
  const params: unknown[] = (sql.match(/\?/g) ?? []).map(() => null);
  // Named parameters (the queue order's clock, `@now`) are bound by name.
  const named = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? '');
  if (named.length) params.push(Object.fromEntries(named.map((name) => [name, null])));
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('query plans of the hot paths', () => {
  let th: TestHall;
  const prepared = new Set<string>();
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    th = await startTestHall({
      beforeStart: (db) => {
        const prepare = db.prepare.bind(db);
        jest.spyOn(db, 'prepare').mockImplementation((sql: string): Statement => {
          prepared.add(sql);
          return prepare(sql);
        });
      },
    });
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await th.close();
  });

  it('use indexes for every table that grows with history', async () => {
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const display = await connect(th.url, { deviceKey: th.displayKey });
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    sockets.push(kiosk, display, staff);
    const issue = async (): Promise<IssuedTicket> =>
      ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    const phoneTicket = await issue();
    await issue();
    await issue();
    const phone = await connect(th.url);
    sockets.push(phone);
    ok(await send(phone, 'ticket.track', { token: phoneTicket.ticket.token }));
    ok(await send(staff, 'counter.open', { counterId: 4 }));
    ok(await send(staff, 'counter.callNext', { counterId: 4 }));
    ok(await send(staff, 'counter.recall', { counterId: 4 }));
    ok(await send(staff, 'counter.start', { counterId: 4 }));
    ok(await send(staff, 'counter.finish', { counterId: 4 }));
    ok(await send(staff, 'counter.callNext', { counterId: 4 }));
    ok(await send(staff, 'counter.noShow', { counterId: 4 }));
    ok(await send(staff, 'counter.callNext', { counterId: 4 }));
    ok(await send(staff, 'counter.hold', { counterId: 4 }));
    const desk = ok(await send(staff, 'counter.desk', { counterId: 4 }));
    ok(await send(staff, 'counter.resume', { counterId: 4, ticketId: desk.held[0]?.id ?? 0 }));
    ok(await send(staff, 'counter.transfer', { counterId: 4, toServiceId: 'disability-certificate' }));
    ok(await send(display, 'hall.snapshot', {}));
    // The desk's own figures after a finish: bounded by the business day through indexes.
    ok(await send(staff, 'desk.figures', {}));
    // The slot-window timer's look at the waiting line (it wakes when a booked window opens or closes).
    th.hall.slotWindows.check();

    const scans: { sql: string; plan: string[] }[] = [];
    jest.restoreAllMocks();
    for (const sql of [...prepared]) {
      const plan = planOf(th.hall.db, sql);
      const bad = plan.filter((detail) => {
        const scanned = /^SCAN (\S+)/.exec(detail)?.[1];
        return scanned !== undefined && !SMALL_TABLES.has(scanned);
      });
      if (bad.length) scans.push({ sql: sql.replace(/\s+/g, ' '), plan });
    }
    expect(prepared.size).toBeGreaterThan(20);
    expect(scans).toEqual([]);

    // The waiting line is sorted and counted on every call and every ticket issued, and a morning line
    // is long: those statements, and the wait estimate's service times, read their index alone, never a
    // ticket row per waiting resident (migration 024).
    const lineReads = [...prepared].filter((sql) => /status = 'waiting'\s+AND service_id = \?/.test(sql)
      || /status = 'finished' AND started_at IS NOT NULL\s+ORDER BY finished_at DESC/.test(sql));
    expect(lineReads.length).toBeGreaterThanOrEqual(3);
    for (const sql of lineReads) {
      expect({ sql: sql.replace(/\s+/g, ' '), plan: planOf(th.hall.db, sql) })
        .toEqual({ sql: sql.replace(/\s+/g, ' '), plan: expect.arrayContaining([expect.stringMatching(/USING COVERING INDEX/)]) });
    }
  });
});
