/**
 * The reports' roll-up follows the commands a second at a time (server/reports/rollup.ts): a command
 * marks the tickets it changed in its own transaction; the marks are rolled up together within a
 * second, and always before a report is read, so a report never misses a ticket's figures.
 */
import type { Actor } from '../../server/auth/actor';
import { businessDay } from '../../server/queue';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { DEFAULT_HALL_SETTINGS, storeHallSettings } from '../../server/hall/settings';
import { SETTLE_BATCH } from '../../server/reports/rollup';
import { demoAdmin, demoKiosk } from '../../testkit/actors';
import { idemKey, ok } from '../../testkit/clients';
import { until } from '../e2e/until';

let th: TestHall;
let kiosk: Actor;
let admin: Actor;

beforeAll(async () => {
  // One kiosk issues a flood below: lift the per-kiosk issuing limit out of the way.
  th = await startTestHall({ beforeStart: (db) => storeHallSettings(db, { ...DEFAULT_HALL_SETTINGS, issuePerMinute: 100_000 }) });
  kiosk = demoKiosk(th);
  admin = demoAdmin(th);
});
afterAll(async () => {
  await th.close();
});

function issue(): number {
  return ok(th.hall.bus.execute('ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }, kiosk)).ticket.id;
}

function marked(ticketId: number): boolean {
  return th.hall.db.prepare('SELECT 1 FROM report_pending WHERE ticket_id = ?').get(ticketId) !== undefined;
}

function rolledUp(ticketId: number): boolean {
  return th.hall.db.prepare('SELECT 1 FROM report_tickets WHERE ticket_id = ?').get(ticketId) !== undefined;
}

function issuedToday(): number {
  const today = businessDay(th.hall.clock.now(), th.hall.settings.timezone);
  const report = ok(th.hall.bus.execute('report.get', { from: today, to: today, by: 'service' }, admin));
  return report.rows.find((r) => r.key === 'venue-booking')?.issued ?? 0;
}

it('a report read at once counts the ticket just issued: the report rolls up what is marked first', () => {
  th.hall.bus.settleReports();
  const before = issuedToday();
  const id = issue();
  expect(marked(id)).toBe(true);
  expect(rolledUp(id)).toBe(false);
  expect(issuedToday()).toBe(before + 1);
  expect(marked(id)).toBe(false);
  expect(rolledUp(id)).toBe(true);
});

it('rolls up what commands marked within a second, with no report asked for', async () => {
  const id = issue();
  expect(marked(id)).toBe(true);
  await until(() => rolledUp(id) && !marked(id), 'the roll-up of the ticket just issued');
});

it('rolls up without a flush of its own, and leaves the commands their durable commits', () => {
  issue();
  expect(th.hall.bus.settleReports()).toBeGreaterThan(0);
  // 2 = FULL: every command's commit is flushed to disk before it is answered, as before the roll-up ran.
  expect(th.hall.db.pragma('synchronous', { simple: true })).toBe(2);
});

it('rolls up inside a transaction too, sharing its flush (SQLite keeps the safety level there)', () => {
  issue();
  expect(th.hall.db.transaction(() => th.hall.bus.settleReports())()).toBeGreaterThan(0);
  expect(th.hall.db.pragma('synchronous', { simple: true })).toBe(2);
});

it('rolls up a flood larger than one step in several, and leaves nothing marked', async () => {
  th.hall.bus.settleReports();
  const ids = Array.from({ length: SETTLE_BATCH * 2 + 10 }, issue);
  expect(ids.every(marked)).toBe(true);
  await until(() => ids.every(rolledUp) && !ids.some(marked), 'the roll-up of every ticket of the flood');
});

it('a refused command marks nothing', () => {
  th.hall.bus.settleReports();
  const refused = th.hall.bus.execute('ticket.issue', { serviceId: 'no-such-service', idempotencyKey: idemKey() }, kiosk);
  expect(refused.ok).toBe(false);
  expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM report_pending').get()).toEqual({ n: 0 });
});
