import type { Db } from '../open';
import { statement } from './statement';

// A sequence's key is the prefix of its numbers: services sharing a prefix share the sequence.

export function lastSequence(db: Db, businessDay: string, sequenceKey: string): number {
  const row = statement(db, 'SELECT last_seq FROM sequences WHERE business_day = ? AND sequence_key = ?')
    .get(businessDay, sequenceKey) as { last_seq: number } | undefined;
  return row ? row.last_seq : 0;
}

/** Records the number just issued; runs in the issuing transaction, so two tickets never share one. */
export function storeSequence(db: Db, businessDay: string, sequenceKey: string, seq: number): void {
  statement(db, `INSERT INTO sequences (business_day, sequence_key, last_seq) VALUES (?, ?, ?)
    ON CONFLICT (business_day, sequence_key) DO UPDATE SET last_seq = excluded.last_seq`)
    .run(businessDay, sequenceKey, seq);
}
