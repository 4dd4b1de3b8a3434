/**
 * The 好差评 push through the real server against a fake receiver on 127.0.0.1 that fails (500s, no
 * answer, an answer that is not HTTP, nobody listening, a batch taken but its answer lost) and recovers:
 * off until an admin switches it on; the cursor moves only past batches answered 2xx; a failure pauses
 * the push for a doubling time on the hall's clock; the hall keeps serving while a batch hangs; the token
 * is sent to the receiver and never shown again; and across a restart every rating reaches the
 * receiver's de-duplicated set exactly once, none lost. The test drives each attempt itself (the
 * module's own timer is set to an hour), so nothing depends on how fast the machine is.
 */
import fs from 'node:fs';
import type { RatingPushStatus } from '../../protocol/rating-push';
import type { AuditLine } from '../../protocol/admin';
import { ADMIN_PASSWORD, startTestHall, tempDir, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { createRatingPushModule, type RatingPushModule } from '../../server/ratings-out/push/pusher';
import { FIRST_PAUSE_MS } from '../../server/ratings-out/push/backoff';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { FakeReceiver } from '../support/fake-receiver';
import { servedTicket } from '../support/served';

const COUNTER = 3;
const SERVICE = 'food-business-permit';
const TOKEN = 'push-secret-0123456789abcdef';

let dataDir: string;
let clock: ManualClock;
let th: TestHall;
let push: RatingPushModule;
let api: HttpApi;
let admin: Caller;
let kiosk: ClientSocket;
let desk: ClientSocket;
let receiver: FakeReceiver;
const logLines: string[] = [];
let kioskKey = '';

async function startHall(seed: boolean): Promise<void> {
  th = await startTestHall({ clock, dataDir, keepDataDir: true, seed,
    modules: (_config, db, hallClock) => {
      push = createRatingPushModule(db, hallClock, { warn: (fields, message) => logLines.push(`${message} ${JSON.stringify(fields)}`) },
        { timeoutMs: 2_000, intervalMs: 3_600_000 });
      return [push];
    } });
  api = new HttpApi(th.url);
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  // A restart reopens the same hall: its kiosk keeps the key the first start issued.
  kioskKey ||= th.kioskKey;
  kiosk = await connect(th.url, { deviceKey: kioskKey });
}

async function stopHall(): Promise<void> {
  kiosk.close();
  desk.close();
  await th.close();
}

/** Ratings of every level (the 1 and 2 open cases), through the phone page, as residents leave them. */
async function rateSome(levels: number[]): Promise<void> {
  for (const level of levels) {
    const issued = await servedTicket(kiosk, desk, COUNTER, SERVICE);
    await api.ok('POST', '/api/ratings', { body: { token: issued.ticket.token, level, ...(level <= 2 ? { reasons: ['waiting'] } : {}) } });
    clock.advance(60_000);
  }
}

/** Attempts until nothing is left to send (waiting out the push's own follow-up attempts too); answers what each did. */
async function untilIdle(): Promise<string[]> {
  const outcomes: string[] = [];
  for (let outcome = await push.attempt(); outcome !== 'idle'; outcome = await push.attempt()) {
    outcomes.push(outcome);
    if (outcome !== 'sent') throw new Error(`push ${outcome}`);
  }
  return outcomes;
}

const status = (): Promise<RatingPushStatus> => api.ok<RatingPushStatus>('GET', '/api/admin/rating-push', admin);
const allRatingIds = (): number[] => (th.hall.db.prepare('SELECT id FROM ratings ORDER BY id').all() as { id: number }[]).map((r) => r.id);

beforeAll(async () => {
  dataDir = tempDir();
  clock = new ManualClock(beijing('2026-11-30T10:00:00'));
  receiver = new FakeReceiver();
  await receiver.start();
  await startHall(true);
  desk = await connect(th.url, { token: await login(th.url, 'staff') });
  ok(await send(desk, 'counter.open', { counterId: COUNTER }));
});

afterAll(async () => {
  await stopHall();
  await receiver.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('is off in a new hall: ratings stay in the hall until an admin switches the push on', async () => {
  await rateSome([5, 4]);
  expect(await push.attempt()).toBe('off');
  expect(await status()).toEqual({
    settings: { enabled: false, url: null, batchSize: 100, tokenHint: null },
    state: { ackedRatingId: 0, pending: 2, sentTotal: 0, lastSuccessAt: null, lastAttemptAt: null, lastError: null, failures: 0,
      nextAttemptAt: null },
  });
  expect(receiver.requests).toBe(0);
  // Switching it on needs somewhere to send to.
  await api.refused('PUT', '/api/admin/rating-push', 'BAD_REQUEST', { ...admin, body: { enabled: true, url: null, batchSize: 3 } });
});

it('fails in every way a receiver can, pausing longer each time on the hall\'s clock, and never moves past an unanswered batch', async () => {
  await rateSome([3, 1, 2]);
  receiver.mode = 'error500';
  const configured = await api.ok<RatingPushStatus>('PUT', '/api/admin/rating-push',
    { ...admin, body: { enabled: true, url: receiver.url, batchSize: 3, token: TOKEN } });
  expect(configured.settings).toEqual({ enabled: true, url: receiver.url, batchSize: 3, tokenHint: '…cdef' });
  // The first batch meets the 500.
  expect(await push.attempt()).toBe('failed');
  let now = await status();
  expect(now.state).toMatchObject({ ackedRatingId: 0, pending: 5, lastError: 'http:500', failures: 1,
    nextAttemptAt: clock.now() + FIRST_PAUSE_MS, lastAttemptAt: clock.now() });
  // Within the pause nothing is sent.
  const requests = receiver.requests;
  expect(await push.attempt()).toBe('waiting');
  expect(receiver.requests).toBe(requests);

  // No answer at all: the batch times out; meanwhile the hall serves as ever.
  receiver.mode = 'hang';
  clock.advance(FIRST_PAUSE_MS);
  const held = receiver.nextRequest();
  const hanging = push.attempt();
  await held;
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
  expect(issued.ticket.status).toBe('waiting');
  ok(await send(desk, 'counter.callNext', { counterId: COUNTER }));
  ok(await send(desk, 'counter.finish', { counterId: COUNTER }));
  expect(await hanging).toBe('failed');
  now = await status();
  expect(now.state).toMatchObject({ lastError: 'timeout', failures: 2, nextAttemptAt: clock.now() + 2 * FIRST_PAUSE_MS, ackedRatingId: 0 });

  receiver.mode = 'garbage';
  clock.advance(2 * FIRST_PAUSE_MS);
  expect(await push.attempt()).toBe('failed');
  expect((await status()).state).toMatchObject({ lastError: 'protocol', failures: 3, nextAttemptAt: clock.now() + 4 * FIRST_PAUSE_MS });

  await receiver.stop();
  clock.advance(4 * FIRST_PAUSE_MS);
  expect(await push.attempt()).toBe('failed');
  expect((await status()).state).toMatchObject({ lastError: 'unreachable', failures: 4, ackedRatingId: 0, pending: 5, sentTotal: 0 });
  expect(receiver.taken).toEqual([]);
});

it('sends a batch again when its answer was lost, moves on after a 2xx, and carries each rating\'s follow-up', async () => {
  await receiver.start();
  receiver.mode = 'lose-answer';
  clock.advance(8 * FIRST_PAUSE_MS);
  expect(await push.attempt()).toBe('failed');
  const [first] = allRatingIds();
  expect(receiver.taken.map((b) => b.batch)).toEqual([`${first}-${allRatingIds()[2]}`]);
  expect((await status()).state).toMatchObject({ ackedRatingId: 0, failures: 5 });

  receiver.mode = 'ok';
  clock.advance(16 * FIRST_PAUSE_MS);
  expect(await push.attempt()).toBe('sent');
  // A full batch may have more behind it: the push goes on by itself until nothing is left.
  await untilIdle();
  // The same ratings make the same batch: the receiver recognises the repeat by its ids.
  const ids = allRatingIds();
  expect(receiver.taken.map((b) => b.batch)).toEqual([`${first}-${ids[2]}`, `${first}-${ids[2]}`, `${ids[3]}-${ids[4]}`]);
  const after = await status();
  expect(after.state).toMatchObject({ ackedRatingId: ids[4], pending: 0, sentTotal: 5, lastError: null, failures: 0,
    nextAttemptAt: null, lastSuccessAt: clock.now() });
  const batch = receiver.taken[1];
  expect(batch).toMatchObject({ format: 'haochaping-ratings', version: 1, hall: th.hall.settings.name });
  expect(batch?.rows.map((r) => [r.level, r.channel])).toEqual([[5, 'qr-code'], [4, 'qr-code'], [3, 'qr-code']]);
  expect(receiver.authorizations.every((a) => a === `Bearer ${TOKEN}`)).toBe(true);
});

it('resumes after a restart where the receiver last said yes: every rating arrives, none lost', async () => {
  // More ratings while the receiver fails, then the hall stops with a batch still unsent.
  receiver.mode = 'error500';
  await rateSome([1, 5, 4]);
  expect(await push.attempt()).toBe('failed');
  const before = allRatingIds();
  await stopHall();

  receiver.mode = 'ok';
  await startHall(false);
  desk = await connect(th.url, { token: await login(th.url, 'staff') });
  // The new process tries at once (the pause belonged to the old one), then batch after batch until nothing is left.
  await untilIdle();
  expect(allRatingIds()).toEqual(before);
  expect(receiver.ratingIds()).toEqual(before);
  // Each rating was taken once, but for the batch whose answer was lost.
  const times = new Map<number, number>();
  for (const id of receiver.taken.flatMap((b) => b.rows.map((r) => r.ratingId))) times.set(id, (times.get(id) ?? 0) + 1);
  expect([...times.entries()].filter(([, n]) => n > 1).map(([id]) => id)).toEqual(before.slice(0, 3));
  expect((await status()).state).toMatchObject({ pending: 0, sentTotal: before.length, ackedRatingId: before.at(-1), lastError: null });
  // A 差评's follow-up travels with it.
  const bad = receiver.taken.flatMap((b) => b.rows).find((r) => r.level === 1);
  expect(bad?.followUp).toMatchObject({ status: 'open', callBacks: 0 });
});

it('never shows, audits or logs the token; only admins see or change the push', async () => {
  const seen = JSON.stringify([await status(), await api.ok<AuditLine[]>('GET', '/api/admin/audit?command=ratingPush', admin), logLines]);
  expect(seen).not.toContain(TOKEN);
  expect(seen).not.toContain(TOKEN.slice(0, 12));
  expect(logLines.length).toBeGreaterThan(0);
  // Left out, the token stays; null removes it.
  await api.ok('PUT', '/api/admin/rating-push', { ...admin, body: { enabled: true, url: receiver.url, batchSize: 50 } });
  expect((await status()).settings.tokenHint).toBe('…cdef');
  await api.ok('PUT', '/api/admin/rating-push', { ...admin, body: { enabled: false, url: receiver.url, batchSize: 50, token: null } });
  expect((await status()).settings).toEqual({ enabled: false, url: receiver.url, batchSize: 50, tokenHint: null });
  const lead = { token: await login(th.url, 'supervisor') };
  await api.refused('GET', '/api/admin/rating-push', 'FORBIDDEN', lead);
  await api.refused('PUT', '/api/admin/rating-push', 'FORBIDDEN', { ...lead, body: { enabled: false, url: null, batchSize: 5 } });
});
