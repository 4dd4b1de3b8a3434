/**
 * A hall database with years of history: the demo hall, staff accounts for the benchmark's counters,
 * and N finished tickets spread over past business days (1,000 a day, every service, real service
 * times), written once per bench run into a temporary directory with fast bulk inserts. The hall then
 * opens it like any restart, so every figure can be compared with and without history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../server/db/open';
import { ensureAdmin } from '../server/hall/bootstrap';
import { seedDemoHall } from '../server/demo/seed';
import { insertUser } from '../server/db/queries/users';
import { hashPassword } from '../server/auth/password';
import { DEFAULT_HALL_SETTINGS, storeHallSettings } from '../server/hall/settings';
import { ADMIN_PASSWORD, STAFF_PASSWORD } from '../testkit/hall';

export const BENCH_STAFF = 12;
const TICKETS_PER_DAY = 1000;

export interface BenchHallFile {
  dataDir: string;
  kioskKey: string;
  displayKey: string;
  staff: string[];
  historyTickets: number;
}

/** Past finished tickets, generated inside SQLite (a recursive CTE), in key order so B-trees only append. */
function writeHistory(db: Db, n: number): void {
  // Secondary indexes are rebuilt once at the end (the same SQL the migrations created): far faster
  // than updating them row by row. The table's own UNIQUE keys stay and are filled in order.
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'
    AND sql IS NOT NULL`).all() as { name: string; sql: string }[];
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
    db.exec(`CREATE TEMP TABLE bench_services AS
      SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, centre_id, prefix FROM services`);
    const services = (db.prepare('SELECT COUNT(*) AS n FROM bench_services').get() as { n: number }).n;
    db.prepare(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
      INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number, priority, status,
        arrived_at, queue_key, counter_id, called_at, started_at, finished_at, issued_by)
      SELECT printf('hist%09d', i), date('2018-01-01', '+' || (i / ${TICKETS_PER_DAY}) || ' days'), s.id, s.centre_id,
        s.prefix, i % ${TICKETS_PER_DAY} + 1, s.prefix || printf('%04d', i % ${TICKETS_PER_DAY} + 1),
        CASE WHEN i % 17 = 0 THEN 'elderly70' END, 'finished',
        t0, t0, 1 + i % 12, t0 + 300000, t0 + 360000, t0 + 360000 + (i % 20) * 60000, 'history'
      FROM (SELECT i, 1514736000000 + (i / ${TICKETS_PER_DAY}) * 86400000 + (i % ${TICKETS_PER_DAY}) * 30000 AS t0 FROM n)
      JOIN bench_services s ON s.k = i % ${services}`).run(n);
    db.exec('DROP TABLE bench_services');
    for (const index of indexes) db.exec(index.sql);
  })();
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
    return { dataDir, kioskKey: key('kiosk'), displayKey: key('display'), staff, historyTickets };
  } finally {
    db.close();
  }
}
