/**
 * The reports' roll-up takes changed tickets in after the change, not inside it (server/reports/rollup.ts):
 * a command only notes its tickets, in its own transaction; the roll-up catches up by itself a moment
 * later, at the next start after a crash, and before any report is read. So a report always counts every
 * change committed before it was asked for.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import type { Actor } from '../../server/auth/actor';
import type { ReportAnswer } from '../../protocol/reports';
import { businessDay } from '../../server/queue';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { demoAdmin, demoKiosk } from '../../testkit/actors';
import { idemKey } from '../../testkit/clients';
import type { Db } from '../../server/db/open';
import { CATCH_UP_DELAY_MS } from '../../server/reports/catch-up-timer';

const halls: TestHall[] = [];

afterEach(async () => {
  await Promise.all(halls.splice(0).map((h) => h.close()));
});

async function hall(opts: Parameters<typeof startTestHall>[0] = {}): Promise<TestHall> {
  const th = await startTestHall(opts);
  halls.push(th);
  return th;
}

const pending = (db: Db): number[] =>
  (db.prepare('SELECT ticket_id AS id FROM report_pending ORDER BY ticket_id').all() as { id: number }[]).map((r) => r.id);
const facts = (db: Db): number[] =>
  (db.prepare('SELECT ticket_id AS id FROM report_tickets ORDER BY ticket_id').all() as { id: number }[]).map((r) => r.id);

function issue(th: TestHall, kiosk: Actor, serviceId = 'elderly-allowance'): number {
  const result = th.hall.bus.execute('ticket.issue', { serviceId, idempotencyKey: idemKey() }, kiosk);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.ticket.id;
}

function issuedToday(th: TestHall, admin: Actor): number {
  const today = businessDay(Date.now(), th.hall.settings.timezone);
  const result = th.hall.bus.execute('report.get', { from: today, to: today, by: 'centre' }, admin);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const answer: ReportAnswer = result.data;
  return answer.total.issued;
}

it('a command notes its tickets for the roll-up, and a report read at once counts them', async () => {
  const th = await hall();
  const kiosk = demoKiosk(th);
  const admin = demoAdmin(th);
  // Without a turn of the event loop in between, the roll-up's own timer cannot have run.
  const first = issue(th, kiosk);
  const second = issue(th, kiosk, 'company-registration');
  expect(pending(th.hall.db)).toEqual([first, second]);
  expect(facts(th.hall.db)).toEqual([]);
  expect(issuedToday(th, admin)).toBe(2);
  expect(pending(th.hall.db)).toEqual([]);
  expect(facts(th.hall.db)).toEqual([first, second]);
  // A refused command notes nothing.
  expect(th.hall.bus.execute('ticket.issue', { serviceId: 'no-such-service', idempotencyKey: idemKey() }, kiosk).ok).toBe(false);
  expect(pending(th.hall.db)).toEqual([]);
});

it('a report in the same group commit as an issue counts that ticket', async () => {
  const th = await hall();
  const today = businessDay(Date.now(), th.hall.settings.timezone);
  const [issued, report] = th.hall.bus.dispatchGroup([
    { name: 'ticket.issue', raw: { serviceId: 'elderly-allowance', idempotencyKey: idemKey() }, actor: demoKiosk(th) },
    { name: 'report.get', raw: { from: today, to: today, by: 'centre' }, actor: demoAdmin(th) },
  ]);
  expect(issued?.result.ok).toBe(true);
  if (!report?.result.ok) throw new Error(JSON.stringify(report?.result));
  expect((report.result.data as ReportAnswer).total.issued).toBe(1);
});

it('the roll-up catches up by itself a moment after a change', async () => {
  const th = await hall();
  const id = issue(th, demoKiosk(th));
  expect(pending(th.hall.db)).toEqual([id]);
  const deadline = Date.now() + CATCH_UP_DELAY_MS + 10_000;
  while (pending(th.hall.db).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(pending(th.hall.db)).toEqual([]);
  expect(facts(th.hall.db)).toEqual([id]);
});

it('tickets noted before a crash are taken into the roll-up at the next start', async () => {
  const th = await startTestHall({ keepDataDir: true });
  const id = issue(th, demoKiosk(th));
  // Stopped in the same turn as the command, before the roll-up's timer: what a crash would leave.
  await th.close();
  const file = new Database(path.join(th.dataDir, 'hall.sqlite'), { readonly: true });
  expect(pending(file)).toEqual([id]);
  expect(facts(file)).toEqual([]);
  file.close();

  const restarted = await hall({ dataDir: th.dataDir, seed: false });
  expect(pending(restarted.hall.db)).toEqual([]);
  expect(facts(restarted.hall.db)).toEqual([id]);
  const day = restarted.hall.db.prepare("SELECT issued FROM report_days WHERE dim = 'hall'").get() as { issued: number };
  expect(day.issued).toBe(1);
});
