/**
 * Opens the hall's SQLite file. WAL lets displays read while a command writes; synchronous=FULL makes
 * every acknowledged ticket survive a power cut, not only a process crash (a hall issues a few tickets
 * a second at most, far below what FULL sustains — see bench/).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';

export type Db = Database.Database;

export function openDatabase(dataDir: string, fileName = 'hall.sqlite'): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, fileName));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
