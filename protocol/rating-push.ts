/**
 * 好差评 push: new ratings (with their follow-up) sent in batches to an HTTP endpoint an admin sets, off
 * until switched on. The rows are the export's (./ratings-export.ts); docs/HAOCHAPING.md describes the
 * batches and how a receiver de-duplicates them by rating id.
 */
import type { RatingExportRow } from './ratings-export';

export const RATING_PUSH_BATCH_MAX = 500;

/** Why the last batch was not taken: no answer in time, nobody there, an answer that is not HTTP, or a status that is not 2xx. */
export type PushFailure = 'timeout' | 'unreachable' | 'protocol' | `http:${number}`;

/** The endpoint as admins see it: never the token itself, only whether there is one and its last four characters. */
export interface RatingPushSettingsView {
  enabled: boolean;
  url: string | null;
  batchSize: number;
  tokenHint: string | null;
}

export interface RatingPushState {
  /** Every rating up to this id has been taken by the receiver. */
  ackedRatingId: number;
  /** Ratings still to send. */
  pending: number;
  /** Ratings the receiver has taken since the hall began pushing. */
  sentTotal: number;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: PushFailure | null;
  /** Failed attempts in a row (0 after a success). */
  failures: number;
  /** Not before this moment is the next batch sent (after failures, the pause doubles up to 5 minutes). */
  nextAttemptAt: number | null;
}

export interface RatingPushStatus {
  settings: RatingPushSettingsView;
  state: RatingPushState;
}

/** One batch as the receiver gets it (POST, JSON). */
export interface RatingPushBatch {
  format: 'haochaping-ratings';
  version: 1;
  hall: string;
  /** `<first rating id>-<last rating id>`: the same ratings always make the same batch id. */
  batch: string;
  rows: RatingExportRow[];
}
