/**
 * Storage at scale: a year of a busy hall (N tickets, most finished) and the cost of the call-next
 * queue-head query and of a people-ahead count on it.
 */
import fs from 'node:fs';
import { openDatabase } from '../server/db/open';
import { ensureAdmin } from '../server/hall/bootstrap';
import { seedDemoHall } from '../server/demo/seed';
import { queueHeads, peopleAhead, ticketById } from '../server/db/queries/tickets';
import { tempDir } from '../testkit/hall';
import { summary, mb } from './stats';

export function benchLargeTable(n: number) {
  const dir = tempDir('hall-bench-');
  const db = openDatabase(dir);
  try {
    ensureAdmin(db, 'bench-password', Date.now());
    seedDemoHall(db, Date.now(), 'bench-password');
    const insert = db.prepare(`INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number,
      status, arrived_at, queue_key, issued_by) VALUES (?, ?, 'elderly-allowance', 'social-services', 'E', ?, ?, ?, ?, ?, 'bench')`);
    const t0 = process.hrtime.bigint();
    db.transaction(() => {
      for (let i = 0; i < n; i += 1) {
        const day = `2025-${String(1 + (Math.floor(i / 900) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 30) % 28)).padStart(2, '0')}-${Math.floor(i / 900)}`;
        const waiting = i >= n - 200;
        insert.run(`bench-${i}`, waiting ? '2026-11-28' : day, (i % 900) + 1, `E${i}`, waiting ? 'waiting' : 'finished', i, i);
      }
    })();
    const insertMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const heads: number[] = [];
    const ahead: number[] = [];
    const last = ticketById(db, n);
    for (let i = 0; i < 2000; i += 1) {
      const a = process.hrtime.bigint();
      queueHeads(db, ['elderly-allowance', 'disability-certificate'], 5);
      heads.push(Number(process.hrtime.bigint() - a) / 1e6);
      const b = process.hrtime.bigint();
      if (last) peopleAhead(db, last);
      ahead.push(Number(process.hrtime.bigint() - b) / 1e6);
    }
    return { tickets: n, bulkInsertMs: Math.round(insertMs), queueHeadsMs: summary(heads), peopleAheadMs: summary(ahead),
      fileMb: mb(fs.statSync(`${dir}/hall.sqlite`).size) };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
