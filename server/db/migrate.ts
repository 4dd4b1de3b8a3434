/**
 * Forward-only numbered migrations. The applied version is SQLite's user_version; each migration runs
 * in its own transaction, so a failure leaves the previous version intact.
 */
import type Database from 'better-sqlite3';
import { migrations } from './migrations';

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
