/**
 * Prepared statements, compiled once per database and SQL text. Preparing a statement costs far more
 * than running a small one, and the hall runs the same few dozen queries on every command and every
 * broadcast, so every query function takes its statement from here instead of `db.prepare`.
 * The cache lives as long as its database (a WeakMap key), and SQL texts are fixed strings (or a few
 * variants of an IN list), so it stays small.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
