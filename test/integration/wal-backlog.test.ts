/**
 * The WAL backlog read from the WAL-index (server/db/wal/backlog.ts) agrees with what SQLite itself
 * reports: `PRAGMA wal_checkpoint` answers the frames in the WAL and how many it copied back.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { walBacklog } from '../../server/db/wal/backlog';
import { tempDir } from '../../testkit/hall';

let dir: string;
let db: Database.Database;

beforeEach(() => {
  dir = tempDir('hall-wal-backlog-');
  db = new Database(path.join(dir, 'w.sqlite'));
  db.pragma('journal_mode = WAL');
  // Only this test checkpoints, so every frame stays until it does.
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(rows: number): void {
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < rows; i += 1) insert.run('x'.repeat(500));
}

/** SQLite's own figures from a checkpoint: frames in the WAL and frames copied back (all, with no reader). */
function sqliteFrames(): { log: number; checkpointed: number } {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  if (!row) throw new Error('wal_checkpoint answered nothing');
  return row;
}

it('counts the frames written since the last checkpoint, and none once they are copied', () => {
  write(50);
  const before = walBacklog(db.name);
  const { log, checkpointed } = sqliteFrames();
  // Nothing was copied before this checkpoint: the backlog was every frame of the WAL.
  expect(before).toBe(log);
  expect(log).toBeGreaterThan(10);
  expect(checkpointed).toBe(log);
  expect(walBacklog(db.name)).toBe(0);

  write(5);
  const more = walBacklog(db.name);
  expect(more).toBeGreaterThan(0);
  // SQLite restarts the WAL from its start once every frame was copied; the new frames are all that wait.
  expect(more).toBe(sqliteFrames().log);
});

it('knows no backlog for a database without a WAL-index', () => {
  expect(walBacklog(path.join(dir, 'none.sqlite'))).toBeNull();
});
