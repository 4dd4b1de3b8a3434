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
/** Statements answering rows as arrays live in a cache of their own: raw mode is a setting of the statement. */
const rawCaches = new WeakMap<Db, Map<string, Statement>>();

function cached(all: WeakMap<Db, Map<string, Statement>>, db: Db, sql: string, prepare: () => Statement): Statement {
  let cache = all.get(db);
  if (!cache) {
    cache = new Map();
    all.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = prepare();
    cache.set(sql, stmt);
  }
  return stmt;
}

export function statement(db: Db, sql: string): Statement {
  return cached(caches, db, sql, () => db.prepare(sql));
}

/**
 * The same, answering each row as an array of its columns in the order selected: for rows read many at
 * a time or many times a command, where building a keyed object per row costs more than reading it.
 */
export function rawStatement(db: Db, sql: string): Statement {
  return cached(rawCaches, db, sql, () => db.prepare(sql).raw(true));
}
