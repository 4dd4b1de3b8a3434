/**
 * ratingPush.status and ratingPush.configure (admins): the 好差评 push's endpoint and how far it has sent.
 * The token is kept to send to the receiver and is never answered, audited or logged: admins see only
 * whether there is one and its last four characters.
 */
import type { RatingPushSettingsView, RatingPushStatus } from '../../protocol/rating-push';
import type { CommandDef } from './define';
import type { Db } from '../db/open';
import { ratingPushRecord, saveRatingPushSettings, type RatingPushRecord } from '../db/queries/rating-push';
import { ratingsCountAfter } from '../db/queries/rating-export';
import { audit } from './audit';

function settingsView(r: Pick<RatingPushRecord, 'enabled' | 'url' | 'token' | 'batchSize'>): RatingPushSettingsView {
  return { enabled: r.enabled, url: r.url, batchSize: r.batchSize, tokenHint: r.token === null ? null : `…${r.token.slice(-4)}` };
}

function status(db: Db): RatingPushStatus {
  const r = ratingPushRecord(db);
  return {
    settings: settingsView(r),
    state: {
      ackedRatingId: r.ackedRatingId, pending: ratingsCountAfter(db, r.ackedRatingId), sentTotal: r.sentTotal,
      lastSuccessAt: r.lastSuccessAt, lastAttemptAt: r.lastAttemptAt, lastError: r.lastError, failures: r.failures,
      nextAttemptAt: r.nextAttemptAt,
    },
  };
}

export const ratingPushStatus: CommandDef<'ratingPush.status'> = {
  name: 'ratingPush.status',
  permits: ['admin'],
  run(ctx) {
    return status(ctx.db);
  },
};

export const ratingPushConfigure: CommandDef<'ratingPush.configure'> = {
  name: 'ratingPush.configure',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const before = ratingPushRecord(ctx.db);
    const next = { enabled: input.enabled, url: input.url, batchSize: input.batchSize,
      token: input.token === undefined ? before.token : input.token };
    saveRatingPushSettings(ctx.db, next);
    audit(ctx, 'ratingPush', settingsView(before), settingsView(next));
    return status(ctx.db);
  },
};
