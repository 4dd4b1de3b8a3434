/**
 * The 好差评 push's one record: the endpoint an admin set (off until switched on) and where the push
 * stands, kept in the hall's settings table under `ratingPush`. Every rating with an id up to
 * `ackedRatingId` was answered 2xx by the receiver; the cursor moves only then, so a restart resumes
 * where the push stopped and nothing is skipped. The token is sent to the receiver and shown to nobody.
 * Each change below reads and writes the record in one synchronous step, so none can interleave.
 */
import type { Db } from '../open';
import type { PushFailure } from '../../../protocol/rating-push';
import { readSetting, writeSetting } from './settings';

export interface RatingPushRecord {
  enabled: boolean;
  url: string | null;
  token: string | null;
  batchSize: number;
  ackedRatingId: number;
  sentTotal: number;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: PushFailure | null;
  failures: number;
  nextAttemptAt: number | null;
}

const KEY = 'ratingPush';

const NEW_HALL: RatingPushRecord = {
  enabled: false, url: null, token: null, batchSize: 100, ackedRatingId: 0, sentTotal: 0, lastSuccessAt: null,
  lastAttemptAt: null, lastError: null, failures: 0, nextAttemptAt: null,
};

export function ratingPushRecord(db: Db): RatingPushRecord {
  return { ...NEW_HALL, ...(readSetting<Partial<RatingPushRecord>>(db, KEY) ?? {}) };
}

function change(db: Db, next: (r: RatingPushRecord) => RatingPushRecord | null): void {
  db.transaction(() => {
    const changed = next(ratingPushRecord(db));
    if (changed) writeSetting(db, KEY, changed);
  })();
}

/** An admin's settings; a changed endpoint is tried at once (the pause after failures starts again). */
export function saveRatingPushSettings(db: Db, s: { enabled: boolean; url: string | null; token: string | null; batchSize: number }): void {
  change(db, (r) => ({ ...r, ...s, failures: 0, nextAttemptAt: null }));
}

/** A batch the receiver took: the cursor moves past it, unless it moved since the batch was read. */
export function ackRatingBatch(db: Db, b: { fromId: number; toId: number; count: number; at: number }): void {
  change(db, (r) => (r.ackedRatingId !== b.fromId ? null : {
    ...r, ackedRatingId: b.toId, sentTotal: r.sentTotal + b.count, lastSuccessAt: b.at, lastAttemptAt: b.at, lastError: null,
    failures: 0, nextAttemptAt: null,
  }));
}

export function recordRatingPushFailure(db: Db, f: { failure: PushFailure; at: number; nextAttemptAt: number }): void {
  change(db, (r) => ({ ...r, lastError: f.failure, lastAttemptAt: f.at, failures: r.failures + 1, nextAttemptAt: f.nextAttemptAt }));
}

/** After a restart the push tries at once: the pause belonged to the process that failed. */
export function clearRatingPushPause(db: Db): void {
  change(db, (r) => (r.nextAttemptAt === null ? null : { ...r, nextAttemptAt: null }));
}
