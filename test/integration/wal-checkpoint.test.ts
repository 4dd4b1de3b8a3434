/**
 * WAL checkpoints run on a worker thread, not inside the commits that answer kiosks and counters: after a
 * burst of tickets and a short pause, the database file on its own (without its -wal file) already holds
 * them, although the serving connection's own threshold is far from reached; so does a lone ticket.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { SAFETY_NET_PAGES } from '../../server/db/checkpointer';
import { DEFAULT_HALL_SETTINGS, storeHallSettings } from '../../server/hall/settings';
import { startTestHall, tempDir, type TestHall } from '../../testkit/hall';
import { demoKiosk } from '../../testkit/actors';
import { idemKey, ok } from '../../testkit/clients';
import { until } from '../e2e/until';

let th: TestHall;

beforeAll(async () => {
  th = await startTestHall({ beforeStart: (db) => storeHallSettings(db, { ...DEFAULT_HALL_SETTINGS, issuePerMinute: 100_000 }) });
});
afterAll(async () => {
  await th.close();
});

/**
 * Tickets in a copy of the database file without its WAL: only what has been checkpointed into it. The
 * copy is taken while the worker may be writing the file, so it can be torn (SQLite calls it malformed);
 * that copy counts as not there yet (-1) and the next poll copies again. A file that stayed damaged
 * would never count its tickets, and the wait would time out.
 */
function ticketsInMainFileAlone(): number {
  const dir = tempDir('hall-wal-copy-');
  try {
    const copy = path.join(dir, 'copy.sqlite');
    fs.copyFileSync(path.join(th.dataDir, 'hall.sqlite'), copy);
    const db = new Database(copy, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
    } catch (err) {
      if (err instanceof Database.SqliteError && (err.code === 'SQLITE_CORRUPT' || err.code === 'SQLITE_NOTADB')) return -1;
      throw err;
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it('moves committed tickets into the database file off the serving thread', async () => {
  expect(th.hall.db.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_NET_PAGES);
  const kiosk = demoKiosk(th);
  for (let i = 0; i < 100; i += 1) {
    ok(th.hall.bus.execute('ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }, kiosk));
  }
  // 100 tickets are some 1,200 WAL pages: below the serving connection's own threshold.
  await until(() => ticketsInMainFileAlone() === 100, 'the checkpoint worker to copy the tickets into the database file');
});

it('copies a single ticket too', async () => {
  const kiosk = demoKiosk(th);
  let before = -1;
  await until(() => (before = ticketsInMainFileAlone()) >= 0, 'a whole copy of the database file');
  ok(th.hall.bus.execute('ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }, kiosk));
  // A dozen pages, far below the serving connection's own threshold: only the worker copies them.
  await until(() => ticketsInMainFileAlone() === before + 1, 'the checkpoint worker to copy a lone ticket');
});
