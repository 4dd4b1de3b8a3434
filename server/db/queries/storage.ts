import type Database from 'better-sqlite3';

/**
 * A real write that changes nothing: rewriting user_version with its own value commits one page to the
 * WAL, so it fails exactly when a command's write would — read-only file, full disk, broken device.
 * The commit skips its fsync (nothing in it needs to survive a power cut), which keeps a health check
 * cheap. Throws the SQLite error.
 */
export function probeStorageWrite(db: Database.Database): void {
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
}
