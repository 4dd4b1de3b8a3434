/**
 * The 好差评 push as a hall module: beside the hall, never in its way. After each committed command and
 * on a slow timer it sends the next batch of ratings the receiver has not taken, one batch at a time,
 * and moves the stored cursor past a batch only when the receiver answered 2xx. A failure (no answer in
 * time, nobody there, an answer that is not HTTP, another status) leaves the cursor, is stored for the
 * admins, and pauses the push for a time that doubles (./backoff.ts) on the hall's clock. A batch whose
 * answer was lost is sent again whole; each row carries its rating id, by which the receiver
 * de-duplicates. Nothing here can stop the hall: its errors are logged and the next attempt comes.
 */
import type { Db } from '../../db/open';
import type { Clock } from '../../commands/context';
import type { HallModule, HallServer } from '../../hall-server';
import type { RatingPushBatch } from '../../../protocol/rating-push';
import { ratingsAfter } from '../../db/queries/rating-export';
import { ackRatingBatch, clearRatingPushPause, ratingPushRecord, recordRatingPushFailure } from '../../db/queries/rating-push';
import { exportRow } from '../export-row';
import { pauseAfter } from './backoff';
import { postJson } from './post-json';

/** What one attempt did: `off` (not switched on), `waiting` (paused after failures), `idle` (nothing new). */
export type PushOutcome = 'off' | 'waiting' | 'idle' | 'sent' | 'failed';

/** Where the push says what went wrong (the hall's logger): never a token, never a row. */
export interface PushLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface RatingPushOptions {
  /** Longest wait for the receiver's answer to one batch. */
  timeoutMs: number;
  /** How often the push looks for work without a command to wake it (a pause ending, a restart). */
  intervalMs: number;
}

const DEFAULTS: RatingPushOptions = { timeoutMs: 10_000, intervalMs: 5_000 };

export interface RatingPushModule extends HallModule {
  /** Sends the next batch if there is one and the push may; while a batch is out, answers that one's outcome. */
  attempt(): Promise<PushOutcome>;
}

export function createRatingPushModule(db: Db, clock: Clock, logger: PushLog | null,
  options: Partial<RatingPushOptions> = {}): RatingPushModule {
  const { timeoutMs, intervalMs } = { ...DEFAULTS, ...options };
  let hall: HallServer | null = null;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<PushOutcome> | null = null;
  let closed = false;
  const stopping = new AbortController();

  const sendNext = async (): Promise<PushOutcome> => {
    const push = ratingPushRecord(db);
    if (!push.enabled || push.url === null || hall === null) return 'off';
    const now = clock.now();
    if (push.nextAttemptAt !== null && now < push.nextAttemptAt) return 'waiting';
    const rows = ratingsAfter(db, push.ackedRatingId, push.batchSize);
    const last = rows.at(-1);
    if (!last) return 'idle';
    const { name, timezone } = hall.settings;
    const batch: RatingPushBatch = {
      format: 'haochaping-ratings', version: 1, hall: name, batch: `${rows[0]?.id ?? last.id}-${last.id}`,
      rows: rows.map((r) => exportRow(r, timezone)),
    };
    const outcome = await postJson(push.url, JSON.stringify(batch), push.token, timeoutMs, stopping.signal);
    // The hall stopped while the batch was out: nothing is written, and the next start sends the batch again.
    if (closed) return outcome.ok ? 'sent' : 'failed';
    const at = clock.now();
    if (outcome.ok) {
      ackRatingBatch(db, { fromId: push.ackedRatingId, toId: last.id, count: rows.length, at });
      // A full batch may have more behind it (a backlog when the push is first switched on): go on at once.
      if (rows.length === push.batchSize) setImmediate(() => void attempt());
      return 'sent';
    }
    recordRatingPushFailure(db, { failure: outcome.failure, at, nextAttemptAt: at + pauseAfter(push.failures + 1) });
    logger?.warn({ failure: outcome.failure, batch: batch.batch }, 'rating push: the receiver did not take the batch');
    return 'failed';
  };

  function attempt(): Promise<PushOutcome> {
    if (inFlight) return inFlight;
    if (closed) return Promise.resolve('off');
    const running = sendNext().catch((err: unknown) => {
      logger?.warn({ err: err instanceof Error ? err.message : String(err) }, 'rating push: attempt failed');
      return 'failed' as const;
    }).finally(() => {
      inFlight = null;
    });
    inFlight = running;
    return running;
  }

  return {
    attempt,
    start(server) {
      hall = server;
      clearRatingPushPause(db);
      timer = setInterval(() => void attempt(), intervalMs);
      timer.unref();
      void attempt();
    },
    onCommit() {
      void attempt();
    },
    async close() {
      if (timer) clearInterval(timer);
      closed = true;
      stopping.abort();
      if (inFlight) await inFlight;
    },
  };
}
