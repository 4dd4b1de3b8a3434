/**
 * Group commit: commands that reach the server together run in one SQLite transaction, each in its own
 * savepoint, and are answered and published only after that one commit. Proven here through the real
 * server (a burst from several kiosks shares commits, every answer is a stored, distinct ticket) and on
 * the bus itself (a refused command in a group changes nothing and spoils nothing else, an administrative
 * command runs alone, listeners hear a group only after its commit, and a group whose transaction is
 * lost answers none of its commands ok).
 */
import type { Actor } from '../../server/auth/actor';
import type { CommandOutcome, GroupedCommand } from '../../server/commands/bus';
import type { CommandName } from '../../protocol/commands';
import { DEFAULT_HALL_SETTINGS, storeHallSettings } from '../../server/hall/settings';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { demoAdmin, demoKiosk } from '../../testkit/actors';
import { connect, idemKey, ok, send, type ClientSocket } from '../../testkit/clients';
import { MAX_GROUP } from '../../server/realtime/socket-server';
import { rebuildRollup } from '../../server/reports/rollup';

const KIOSKS = 8;
const PER_KIOSK = 10;

let th: TestHall;
let kiosk: Actor;
let admin: Actor;
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  // One kiosk key issues for all the sockets below: lift the per-kiosk issuing limit out of the way.
  // The flood below comes from one socket: lift the per-socket command budget too.
  th = await startTestHall({ env: { COMMAND_LIMIT_PER_SOCKET: '65535' },
    beforeStart: (db) => storeHallSettings(db, { ...DEFAULT_HALL_SETTINGS, issuePerMinute: 100_000 }) });
  kiosk = demoKiosk(th);
  admin = demoAdmin(th);
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await th.close();
});

function ticketCount(): number {
  return (th.hall.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
}

function storedNumber(number: string): boolean {
  return th.hall.db.prepare('SELECT 1 FROM tickets WHERE number = ?').get(number) !== undefined;
}

function issue(serviceId: string): GroupedCommand {
  return { name: 'ticket.issue', raw: { serviceId, idempotencyKey: idemKey() }, actor: kiosk };
}

function numberOf(outcome: CommandOutcome<CommandName> | undefined): string {
  const result = outcome?.result;
  if (!result?.ok) throw new Error(`expected an issued ticket, got ${JSON.stringify(result)}`);
  const data = result.data as { ticket: { number: string } };
  return data.ticket.number;
}

it('a burst from several kiosks shares commits, and every answer is a distinct stored ticket', async () => {
  for (let i = 0; i < KIOSKS; i += 1) sockets.push(await connect(th.url, { deviceKey: th.kioskKey }));
  const before = ticketCount();
  const commitsBefore = th.hall.bus.commits;
  const answers = await Promise.all(sockets.flatMap((socket) => Array.from({ length: PER_KIOSK },
    () => send(socket, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }))));
  const numbers = answers.map((a) => ok(a).ticket.number);
  expect(new Set(numbers).size).toBe(KIOSKS * PER_KIOSK);
  for (const n of numbers) expect(storedNumber(n)).toBe(true);
  expect(ticketCount() - before).toBe(KIOSKS * PER_KIOSK);
  // Fewer commits than commands: at least some arrived together and shared one.
  expect(th.hall.bus.commits - commitsBefore).toBeLessThan(KIOSKS * PER_KIOSK);
});

it('a flood from one socket runs in bounded groups, each command once and in the order sent, so the event loop is never held for long', async () => {
  const socket = await connect(th.url, { deviceKey: th.kioskKey });
  sockets.push(socket);
  const bus = th.hall.bus;
  const sizes: number[] = [];
  const original = bus.dispatchGroup.bind(bus);
  bus.dispatchGroup = (commands, until) => {
    // The commands the group ran: those its time left over come again in the next group.
    const outcomes = original(commands, until);
    sizes.push(outcomes.length);
    return outcomes;
  };
  try {
    const flood = 3 * MAX_GROUP + 10;
    const answers = await Promise.all(Array.from({ length: flood },
      () => send(socket, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() })));
    const numbers = answers.map((a) => ok(a).ticket.number);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(flood);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_GROUP);
    // Still grouped: fewer groups than half the commands (a group's 50 ms hold ten or more on any machine).
    expect(sizes.length).toBeLessThan(flood / 2);
    // Numbers were given in the order the commands were sent.
    const sequence = numbers.map((n) => Number(n.replace(/\D/g, '')));
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
  } finally {
    bus.dispatchGroup = original;
  }
});

it('commands a group had no time for wait for the next turn: each runs once, in the order sent', async () => {
  const socket = await connect(th.url, { deviceKey: th.kioskKey });
  sockets.push(socket);
  const bus = th.hall.bus;
  const offered: number[] = [];
  const ran: number[] = [];
  const original = bus.dispatchGroup.bind(bus);
  // As on a machine so loaded that every group's time is up after its first command.
  bus.dispatchGroup = (commands) => {
    offered.push(commands.length);
    const outcomes = original(commands, 0);
    ran.push(outcomes.length);
    return outcomes;
  };
  try {
    // More than a group takes at once, so commands left over and commands not yet offered wait side by side.
    const flood = MAX_GROUP + 10;
    const before = ticketCount();
    const answers = await Promise.all(Array.from({ length: flood },
      () => send(socket, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() })));
    const sequence = answers.map((a) => Number(ok(a).ticket.number.replace(/\D/g, '')));
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    expect(new Set(sequence).size).toBe(flood);
    expect(ticketCount() - before).toBe(flood);
    // One command a turn, the rest offered again next turn.
    expect(ran.every((n) => n === 1)).toBe(true);
    expect(ran).toHaveLength(flood);
    expect(Math.max(...offered)).toBeGreaterThan(1);
  } finally {
    bus.dispatchGroup = original;
  }
});

it('a refused command in a group changes nothing and spoils nothing else; an admin command runs alone', () => {
  const heard: { inTransaction: boolean; tickets: number }[] = [];
  th.hall.bus.onCommit((outbox) => heard.push({ inTransaction: th.hall.db.inTransaction, tickets: outbox.tickets.size }));
  const before = ticketCount();
  const commitsBefore = th.hall.bus.commits;
  const outcomes = th.hall.bus.dispatchGroup([
    issue('venue-booking'),
    issue('no-such-service'),
    issue('company-registration'),
    { name: 'calendar.set', raw: { date: '2099-01-02', kind: 'holiday', name: '测试假日' }, actor: admin },
    issue('venue-booking'),
  ]);
  expect(outcomes).toHaveLength(5);
  expect(outcomes[1]?.result).toMatchObject({ ok: false, error: { code: 'SERVICE_NOT_FOUND' } });
  for (const i of [0, 2, 4]) expect(storedNumber(numberOf(outcomes[i]))).toBe(true);
  expect(ticketCount() - before).toBe(3);
  // Every published outbox was heard after its commit, never inside a transaction.
  expect(heard.every((h) => !h.inTransaction)).toBe(true);
  expect(heard.filter((h) => h.tickets > 0)).toHaveLength(3);
  // Two groups around the administrative change, and the change alone: three commits for five commands.
  expect(th.hall.bus.commits - commitsBefore).toBe(3);
});

it('a group whose time is up starts no further command: the rest are left to the caller, untouched', () => {
  const before = ticketCount();
  const commitsBefore = th.hall.bus.commits;
  // Time already up: the first command still runs (a group always makes progress), alone.
  const first = th.hall.bus.dispatchGroup([issue('venue-booking'), issue('venue-booking'), issue('venue-booking')], 0);
  expect(first).toHaveLength(1);
  expect(storedNumber(numberOf(first[0]))).toBe(true);
  expect(ticketCount() - before).toBe(1);
  expect(th.hall.bus.commits - commitsBefore).toBe(1);
  // Time up between groups: an administrative command runs alone and the group after it waits.
  const adminFirst = th.hall.bus.dispatchGroup([
    { name: 'calendar.set', raw: { date: '2099-01-03', kind: 'holiday', name: '测试假日' }, actor: admin },
    issue('venue-booking'),
  ], 0);
  expect(adminFirst).toHaveLength(1);
  expect(adminFirst[0]?.result.ok).toBe(true);
  expect(ticketCount() - before).toBe(1);
  // With time to spare, the whole group runs and shares one commit.
  const all = th.hall.bus.dispatchGroup([issue('venue-booking'), issue('venue-booking'), issue('venue-booking')],
    performance.now() + 60_000);
  expect(all).toHaveLength(3);
  expect(ticketCount() - before).toBe(4);
  expect(th.hall.bus.commits - commitsBefore).toBe(3);
});

it('a group whose transaction is lost answers none of its commands ok', () => {
  const db = th.hall.db;
  const pages = (db.pragma('page_count', { simple: true }) as number);
  const limit = (db.pragma('max_page_count', { simple: true }) as number);
  db.pragma(`max_page_count = ${pages}`);
  let outcomes: CommandOutcome<CommandName>[];
  try {
    outcomes = th.hall.bus.dispatchGroup(Array.from({ length: 200 }, () => issue('venue-booking')));
  } finally {
    db.pragma(`max_page_count = ${limit}`);
  }
  const refused = outcomes.filter((o) => !o.result.ok);
  expect(refused.length).toBeGreaterThan(0);
  for (const o of refused) expect(o.result).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } });
  // What was answered ok is stored; nothing refused is.
  for (const o of outcomes.filter((x) => x.result.ok)) expect(storedNumber(numberOf(o))).toBe(true);
  // With room again, the hall issues on.
  expect(storedNumber(numberOf(th.hall.bus.dispatchGroup([issue('venue-booking'), issue('venue-booking')])[1]))).toBe(true);
});

it("the roll-up a group's tickets are taken into, once for the group, is the one built again from its tickets and events", () => {
  const db = th.hall.db;
  const counter = (db.prepare("SELECT counter_id AS id FROM counter_services WHERE service_id = 'venue-booking' ORDER BY counter_id LIMIT 1")
    .get() as { id: number }).id;
  const at = (name: CommandName, raw: unknown): GroupedCommand => ({ name, raw, actor: admin });
  const rollup = (): unknown[] => [
    db.prepare('SELECT * FROM report_days ORDER BY dim, business_day, key').all(),
    db.prepare('SELECT * FROM report_buckets ORDER BY dim, business_day, key, measure, bucket').all(),
    db.prepare('SELECT * FROM report_tickets ORDER BY ticket_id').all(),
  ];
  expect(th.hall.bus.dispatchGroup([at('counter.open', { counterId: counter })]).every((o) => o.result.ok)).toBe(true);
  // Several tickets moving the same day rows (the hall's day, its hour, one service) in one group, one of
  // them issued and called in the same group, and a refused command whose savepoint takes nothing along.
  const outcomes = th.hall.bus.dispatchGroup([
    issue('venue-booking'),
    issue('venue-booking'),
    issue('company-registration'),
    issue('no-such-service'),
    at('counter.callNext', { counterId: counter }),
    at('counter.finish', { counterId: counter }),
    at('counter.callNext', { counterId: counter }),
  ]);
  expect(outcomes.map((o) => o.result.ok)).toEqual([true, true, true, false, true, true, true]);
  th.hall.bus.catchUpReports();
  const live = rollup();
  rebuildRollup(db, th.hall.settings.timezone);
  expect(rollup()).toEqual(live);
});
