/**
 * Work run in one SQLite transaction (a savepoint inside another), through a wrapper made once per
 * caller and kept: better-sqlite3 builds four wrapper functions for every `db.transaction` call, a cost
 * a caller on the busiest paths (every command, every broadcast, every supervision board) would pay
 * each time. Reads gain too: outside a transaction SQLite takes the WAL's read lock and snapshot around
 * each query; inside one, once for all of them.
 */
import type { Db } from './open';

export type InOneTransaction = <T>(work: () => T) => T;

export function inOneTransaction(db: Db): InOneTransaction {
  const transaction = db.transaction((work: () => unknown) => work());
  return <T>(work: () => T): T => transaction(work) as T;
}
