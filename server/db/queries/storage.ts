import type Database from 'better-sqlite3';

/**
 * A real write that changes nothing: rewriting user_version with its own value commits one page to the
 * WAL (and fsyncs it), so it fails exactly when a command's write would — read-only file, full disk,
 * broken device. Throws the SQLite error.
 */
export function probeStorageWrite(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.pragma(`user_version = ${version}`);
}
