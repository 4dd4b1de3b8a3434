/**
 * Opens the hall's SQLite file. WAL lets displays read while a command writes; synchronous=FULL makes
 * every acknowledged ticket survive a power cut, not only a process crash (a hall issues a few tickets
 * a second at most, far below what FULL sustains — see bench/).
 *
 * A hall's file is never replaced by a new one behind anyone's back: a new database is built under a
 * temporary name and renamed into place only once it is complete, so an existing file that is empty,
 * damaged, read-only or unopenable is a fault to report (DatabaseOpenError), never a reason to start a
 * new demo hall. The file holds tracking tokens and password hashes: it and its directory are the
 * owner's only (SQLite gives the -wal and -shm files the database file's mode).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { t, type MessageKey } from '../../protocol/catalog';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { probeStorageWrite } from './queries/storage';
import { storageFault } from '../storage/fault';

export type Db = Database.Database;

export const OWNER_ONLY_DIR = 0o700;
export const OWNER_ONLY_FILE = 0o600;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The database cannot be used; `message` is the one line (from the catalog) for the technician. */
export class DatabaseOpenError extends Error {
  constructor(readonly key: MessageKey, readonly file: string, vars: Record<string, string | number> = {}) {
    super(t(key, 'zh', { file, ...vars }));
    this.name = 'DatabaseOpenError';
  }
}

const FAULT_MESSAGES = {
  full: 'server.dbFull', 'read-only': 'server.dbReadOnly', damaged: 'server.dbDamaged', unavailable: 'server.dbUnavailable',
} as const satisfies Record<string, MessageKey>;

export function openDatabase(dataDir: string, fileName = 'hall.sqlite'): Db {
  const file = path.join(dataDir, fileName);
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: OWNER_ONLY_DIR });
    if (!fs.existsSync(file)) createDatabase(file);
    checkHeader(file);
    return openExisting(file);
  } catch (err) {
    if (err instanceof DatabaseOpenError) throw err;
    const fault = storageFault(err);
    if (fault) throw new DatabaseOpenError(FAULT_MESSAGES[fault], file);
    throw err;
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Every command runs in a savepoint (a group of commands shares one transaction), and SQLite keeps
  // a savepoint's undo pages in a sub-journal. With temporary files on disk (this build's default) it
  // spilled past 64 KiB into a temp file: measured while issuing, each group commit opened, wrote and
  // unlinked a file, about half of its 115 writes. In memory it costs a few pages of RAM per group.
  db.pragma('temp_store = MEMORY');
}

/** Builds the schema under a temporary name and renames the finished file into place. */
function createDatabase(file: string): void {
  const building = `${file}.creating`;
  for (const leftover of [building, `${building}-wal`, `${building}-shm`]) fs.rmSync(leftover, { force: true });
  fs.writeFileSync(building, '', { mode: OWNER_ONLY_FILE });
  const db = new Database(building, { fileMustExist: true });
  try {
    configure(db);
    migrate(db);
  } finally {
    db.close(); // checkpoints the WAL into the file and removes -wal and -shm
  }
  fs.renameSync(building, file);
  syncDirectory(path.dirname(file));
}

/** Makes the rename itself durable, so a power cut cannot leave a hall without its file. */
function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function checkHeader(file: string): void {
  const size = fs.statSync(file).size;
  if (size === 0) throw new DatabaseOpenError('server.dbEmpty', file);
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER)) throw new DatabaseOpenError('server.dbDamaged', file);
}

function openExisting(file: string): Db {
  const db = new Database(file, { fileMustExist: true });
  try {
    configure(db);
    const latest = migrations[migrations.length - 1]?.version ?? 0;
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > latest) throw new DatabaseOpenError('server.dbNewer', file, { found, supported: latest });
    migrate(db);
    // SQLite opens a file it may not write without complaint; find out now, not at the first ticket.
    probeStorageWrite(db);
    tightenModes(file);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Files left group- or world-readable by an older version become the owner's only. */
function tightenModes(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((fs.statSync(f).mode & 0o077) !== 0) fs.chmodSync(f, OWNER_ONLY_FILE);
    } catch {
      // Not ours to change (or gone): SQLite already told us the file is usable.
    }
  }
}
