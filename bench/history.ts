/**
 * A hall database with a year of history: the demo hall, staff accounts for the benchmark's counters,
 * and N past tickets spread over 365 business days (every service, realistic waits, service times,
 * outcomes, ratings and 差评 cases, and the reports' roll-up built from them), written once per bench
 * run into a temporary directory with fast bulk inserts. The hall then opens it like any restart, so
 * every figure can be compared with and without history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../server/db/open';
import { ensureAdmin } from '../server/hall/bootstrap';
import { seedDemoHall } from '../server/demo/seed';
import { insertUser } from '../server/db/queries/users';
import { issueDeviceKey } from '../server/auth/devices';
import { hashPassword } from '../server/auth/password';
import { DEFAULT_HALL_SETTINGS, storeHallSettings } from '../server/hall/settings';
import { ADMIN_PASSWORD, STAFF_PASSWORD } from '../testkit/hall';
import { rebuildRollup } from '../server/reports/rollup';

export const BENCH_STAFF = 12;

export interface BenchHallFile {
  dataDir: string;
  /** A kiosk whose slips print on the lobby printer. */
  kioskKey: string;
  /**
   * A kiosk without a printer (its residents take the ticket on screen and by phone): issuing measured
   * as the durable ticket alone, which is what the raw SQLite baseline writes.
   */
  screenKioskKey: string;
  displayKey: string;
  staff: string[];
  historyTickets: number;
}

/** First business day of the history: the history fills one year from here. */
export const HISTORY_FROM = '2018-01-01';
export const HISTORY_DAYS = 365;
/** The hall's zone in the benchmark (the server's default HALL_TIMEZONE). */
export const BENCH_ZONE = 'Asia/Shanghai';

/**
 * A year of a large hall's tickets with their event logs, ratings and 差评 cases, generated inside SQLite
 * (recursive CTEs, in key order so B-trees only append): spread over 08:00–17:00 local time, waits of
 * 0–45 minutes, 2–27 minutes of service, 1 in 17 with priority, some no-shows, cancellations, expiries
 * and transfers, 60 % of finished tickets rated (mostly 非常满意, some 差评), each 差评 with a case that was
 * called back and rectified — some after their deadline.
 */
function writeHistory(db: Db, n: number): void {
  const perDay = Math.ceil(n / HISTORY_DAYS);
  // Secondary indexes are rebuilt once at the end (the same SQL the migrations created): far faster
  // than updating them row by row. The table's own UNIQUE keys stay and are filled in order.
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index'
    AND tbl_name IN ('tickets', 'ticket_events', 'ratings', 'cases', 'case_events') AND sql IS NOT NULL`).all() as { name: string; sql: string }[];
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
    db.exec(`CREATE TEMP TABLE bench_services AS
      SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, centre_id, prefix FROM services`);
    db.exec(`CREATE TEMP TABLE bench_staff AS
      SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM users WHERE username LIKE 'staff__'`);
    const services = (db.prepare('SELECT COUNT(*) AS n FROM bench_services').get() as { n: number }).n;
    const staff = Math.max(1, (db.prepare('SELECT COUNT(*) AS n FROM bench_staff').get() as { n: number }).n);
    // Local 08:00 of the first day (UTC+8), then each day's tickets spread over nine hours.
    const start = Date.parse(`${HISTORY_FROM}T08:00:00+08:00`);
    db.prepare(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1),
      shaped AS (SELECT i, t0, wait, svc,
          CASE WHEN i % 50 = 0 THEN 'no_show' WHEN i % 50 = 1 THEN 'cancelled' WHEN i % 100 = 2 THEN 'expired' ELSE 'finished' END AS status
        FROM (SELECT i, ${start} + (i / ${perDay}) * 86400000 + (i % ${perDay}) * ${Math.floor(32_400_000 / perDay)} AS t0,
          (i * 7919) % 2700 * 1000 AS wait, ((i * 104729) % 1500 + 120) * 1000 AS svc FROM n))
      INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number, priority, status,
        arrived_at, queue_key, counter_id, staff_id, called_at, started_at, finished_at, transfer_count, issued_by)
      SELECT printf('hist%09d', i), date('${HISTORY_FROM}', '+' || (i / ${perDay}) || ' days'), s.id, s.centre_id,
        s.prefix, i % ${perDay} + 1, s.prefix || printf('%05d', i % ${perDay} + 1),
        CASE WHEN i % 17 = 0 THEN 'elderly70' END, status, t0, t0,
        CASE WHEN status IN ('finished', 'no_show') THEN 1 + i % 12 END,
        CASE WHEN status IN ('finished', 'no_show') THEN (SELECT id FROM bench_staff WHERE k = i % ${staff}) END,
        CASE WHEN status IN ('finished', 'no_show') THEN t0 + wait END,
        CASE WHEN status = 'finished' THEN t0 + wait + 60000 END,
        CASE status WHEN 'finished' THEN t0 + wait + 60000 + svc WHEN 'no_show' THEN t0 + wait + 120000 END,
        CASE WHEN i % 53 = 0 AND status = 'finished' THEN 1 ELSE 0 END, 'history'
      FROM shaped JOIN bench_services s ON s.k = i % ${services}`).run(n);
    // The event log, one pass per kind so each ticket's events are in order of id.
    const events = [
      ["'issued'", 'arrived_at', 'NULL', '1'],
      ["'called'", 'called_at', 'counter_id', "status IN ('finished', 'no_show')"],
      ["'started'", 'started_at', 'counter_id', "status = 'finished'"],
      ["status", 'finished_at', 'counter_id', "status IN ('finished', 'no_show')"],
      ["'cancelled'", 'arrived_at + 600000', 'NULL', "status = 'cancelled'"],
      ["'expired'", 'arrived_at + 43200000', 'NULL', "status = 'expired'"],
    ];
    for (const [type, at, counter, where] of events) {
      db.exec(`INSERT INTO ticket_events (ticket_id, type, at, counter_id) SELECT id, ${type}, ${at}, ${counter} FROM tickets
        WHERE issued_by = 'history' AND ${where} ORDER BY id`);
    }
    db.exec(`INSERT INTO ratings (ticket_id, level, counter_id, staff_id, source, at)
      SELECT id, CASE WHEN id % 97 = 0 THEN 1 WHEN id % 89 = 0 THEN 2 WHEN id % 13 = 0 THEN 3 WHEN id % 4 = 0 THEN 4 ELSE 5 END,
        counter_id, staff_id, 'rating-pad', finished_at + 60000
      FROM tickets WHERE issued_by = 'history' AND status = 'finished' AND id % 5 < 3 ORDER BY id`);
    // 差评 cases: due three weeks later; called back and rectified within 0–24 days, so some are late.
    db.exec(`INSERT INTO cases (kind, rating_id, ticket_id, service_id, counter_id, staff_id, contact_phone, opened_at, deadline,
        status, rectification, result, closed_at)
      SELECT 'bad_rating', r.id, t.id, t.service_id, t.counter_id, t.staff_id, CASE WHEN t.id % 2 = 0 THEN '13800000000' END,
        r.at, date(t.business_day, '+21 days'), 'closed', '已整改', '已回访', r.at + (t.id % 25 + 1) * 86400000
      FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE r.level <= 2 ORDER BY r.id`);
    db.exec(`INSERT INTO case_events (case_id, at, type, reached, note) SELECT id, opened_at, 'opened', NULL, '' FROM cases ORDER BY id`);
    db.exec(`INSERT INTO case_events (case_id, at, type, reached, note)
      SELECT id, opened_at + (id % 20) * 86400000, 'call_back', 1, '已回访' FROM cases WHERE contact_phone IS NOT NULL ORDER BY id`);
    db.exec(`INSERT INTO case_events (case_id, at, type, reached, note)
      SELECT id, opened_at + (id % 25) * 86400000, 'rectified', NULL, '已整改' FROM cases ORDER BY id`);
    db.exec(`INSERT INTO case_events (case_id, at, type, reached, note) SELECT id, closed_at, 'closed', NULL, '' FROM cases ORDER BY id`);
    db.exec('DROP TABLE bench_services');
    db.exec('DROP TABLE bench_staff');
    for (const index of indexes) db.exec(index.sql);
  })();
  // The reports' roll-up, by the very back-fill an upgraded hall runs at its first start.
  rebuildRollup(db, BENCH_ZONE);
  db.pragma('synchronous = FULL');
}

/** Creates the benchmark hall in a new directory under `parent`, with `historyTickets` past tickets. */
export function createBenchHall(parent: string, historyTickets: number): BenchHallFile {
  const dataDir = fs.mkdtempSync(path.join(parent, `hall-${historyTickets}-`));
  const db = openDatabase(dataDir);
  try {
    const now = Date.now();
    ensureAdmin(db, ADMIN_PASSWORD, now);
    const seed = seedDemoHall(db, now, STAFF_PASSWORD);
    // The benchmark's few kiosks issue far faster than residents could: lift the per-device limit.
    storeHallSettings(db, { ...DEFAULT_HALL_SETTINGS, issuePerMinute: 1_000_000 });
    const staff: string[] = [];
    const hash = hashPassword(STAFF_PASSWORD);
    for (let i = 1; i <= BENCH_STAFF; i += 1) {
      const username = `staff${String(i).padStart(2, '0')}`;
      insertUser(db, { username, displayName: `窗口人员${i}`, role: 'staff', passwordHash: hash }, now);
      staff.push(username);
    }
    if (historyTickets > 0) writeHistory(db, historyTickets);
    const key = (kind: string): string => seed.devices.find((d) => d.kind === kind)?.key ?? '';
    const screenKiosk = issueDeviceKey(db, { kind: 'kiosk', name: '大厅取号机（无打印机）', printerId: null, counterId: null,
      centreId: null, centreIds: [], displayKind: null }, now);
    return { dataDir, kioskKey: key('kiosk'), screenKioskKey: screenKiosk.key, displayKey: key('display'), staff, historyTickets };
  } finally {
    db.close();
    flushToDisk(dataDir);
  }
}

/**
 * The history is written with synchronous=OFF: about 340 MB of a 3-million-ticket file is still only in
 * the page cache when the file closes, and the kernel writes it out some 30 s later, in the middle of
 * whichever measurement runs then (the first one after generating, a bare broadcast, once had a p99 of
 * 165 ms against 85–110 ms in other runs). Flushed here, every server starts on a quiet disk.
 */
function flushToDisk(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    const fd = fs.openSync(path.join(dataDir, name), 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}
