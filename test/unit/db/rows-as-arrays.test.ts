/**
 * Tickets, services, counters, ticket events and report facts are read as arrays of columns (raw mode,
 * for speed) and put into their fields by position. Here every column of a stored row holds a value no
 * other column holds, and each record read that way must equal the same row read by column name: a
 * column list and a field order that drift apart put a value in the wrong field, and this fails.
 */
import { openDatabase, type Db } from '../../../server/db/open';
import { seedDemoHall } from '../../../server/demo/seed';
import { appendTicketEvent, insertTicket, ticketById, ticketEvents } from '../../../server/db/queries/tickets';
import { counterById, listServices, serviceById } from '../../../server/db/queries/hall';
import { saveFact, storedFact } from '../../../server/db/queries/report-rollup';
import { tempDir } from '../../../testkit/hall';

type Row = Record<string, unknown>;

let db: Db;

beforeAll(() => {
  db = openDatabase(tempDir('rows-'));
  seedDemoHall(db, Date.UTC(2026, 11, 1, 1), 'staff-password');
  // Values that break references (a counter or account that does not exist) are fine for reading back.
  db.pragma('foreign_keys = OFF');
});

afterAll(() => db.close());

function byName(sql: string, ...params: unknown[]): Row {
  const row = db.prepare(sql).get(...params) as Row | undefined;
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

it('a ticket', () => {
  const service = listServices(db)[0];
  if (!service) throw new Error('the demo hall has no service');
  const { id } = insertTicket(db, { businessDay: '2026-12-01', serviceId: service.id, centreId: service.centreId, prefix: 'Q', seq: 7,
    number: 'Q007', priority: 'elderly70', arrivedAt: 1_001, queueKey: 1_002, slotFrom: 1_003, slotTo: 1_004 },
  { token: 'tok-1', ratingCode: 'RC1' }, 'kiosk:9', 'idem-1');
  db.prepare(`UPDATE tickets SET status = 'held', counter_id = 21, target_counter_id = 22, staff_id = 23, called_at = 1005,
    started_at = 1006, finished_at = 1007, recall_count = 24, requeued = 1, transfer_count = 25, version = 26 WHERE id = ?`).run(id);
  const r = byName('SELECT * FROM tickets WHERE id = ?', id);
  expect(ticketById(db, id)).toEqual({
    id: r.id, token: r.token, businessDay: r.business_day, serviceId: r.service_id, centreId: r.centre_id, prefix: r.prefix,
    seq: r.seq, number: r.number, priority: r.priority, status: r.status, arrivedAt: r.arrived_at, queueKey: r.queue_key,
    counterId: r.counter_id, targetCounterId: r.target_counter_id, staffId: r.staff_id, calledAt: r.called_at,
    startedAt: r.started_at, finishedAt: r.finished_at, recallCount: r.recall_count, requeued: r.requeued === 1,
    transferCount: r.transfer_count, version: r.version, slotFrom: r.slot_from, slotTo: r.slot_to,
  });
  appendTicketEvent(db, id, 'called', 2_001, 31, { userId: 32, deviceId: 33 }, { note: 'x' });
  appendTicketEvent(db, id, 'recalled', 2_002, null, { userId: null, deviceId: 34 });
  expect(ticketEvents(db, id)).toEqual(db.prepare('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id').all(id));
  expect(ticketEvents(db, id)).toHaveLength(2);
});

it('a service and a counter', () => {
  const service = listServices(db)[0];
  if (!service) throw new Error('the demo hall has no service');
  db.prepare(`UPDATE services SET name_mn = 'mn', opening_hours = NULL, daily_limit = 41, morning_limit = 42, afternoon_limit = 43, priority_offered = 0,
    default_service_minutes = 44, sort_order = 45 WHERE id = ?`).run(service.id);
  const s = byName('SELECT s.*, c.enabled AS centre_enabled FROM services s JOIN centres c ON c.id = s.centre_id WHERE s.id = ?', service.id);
  expect(serviceById(db, service.id)).toEqual({
    id: s.id, centreId: s.centre_id, name: s.name, nameMn: s.name_mn, prefix: s.prefix, dailyLimit: s.daily_limit,
    morningLimit: s.morning_limit, afternoonLimit: s.afternoon_limit, hours: null,
    enabled: s.enabled === 1 && s.centre_enabled === 1, priorityOffered: s.priority_offered === 1,
    defaultServiceMinutes: s.default_service_minutes, sortOrder: s.sort_order,
  });
  const counterId = (byName('SELECT MIN(id) AS id FROM counters') as { id: number }).id;
  db.prepare("UPDATE counters SET status = 'paused', staff_id = 51, call_policy = 'service-order' WHERE id = ?").run(counterId);
  const c = byName('SELECT * FROM counters WHERE id = ?', counterId);
  const serviceIds = (db.prepare('SELECT service_id FROM counter_services WHERE counter_id = ? ORDER BY position').all(counterId) as
    { service_id: string }[]).map((x) => x.service_id);
  expect(serviceIds.length).toBeGreaterThan(0);
  expect(counterById(db, counterId)).toEqual({
    id: c.id, name: c.name, centreId: c.centre_id, callPolicy: c.call_policy, status: c.status, staffId: c.staff_id, serviceIds,
    enabled: c.enabled === 1,
  });
});

it("a ticket's stored report fact", () => {
  const ticketId = (byName('SELECT MAX(id) AS id FROM tickets') as { id: number }).id;
  saveFact(db, { ticketId, businessDay: '2026-12-01', hour: 9, centreId: 'c-x', serviceId: 's-x', counterKey: '61', staffKey: '62',
    outcome: 'finished', transferred: true, priority: false, waitMs: 63, serviceMs: 64, rating: 2, badContact: true,
    rectifiedOnTime: false, calledBackOnTime: true });
  const f = byName('SELECT * FROM report_tickets WHERE ticket_id = ?', ticketId);
  expect(storedFact(db, ticketId)).toEqual({
    ticketId: f.ticket_id, businessDay: f.business_day, hour: f.hour, centreId: f.centre_id, serviceId: f.service_id,
    counterKey: f.counter_key, staffKey: f.staff_key, outcome: f.outcome, transferred: f.transferred === 1,
    priority: f.priority === 1, waitMs: f.wait_ms, serviceMs: f.service_ms, rating: f.rating, badContact: f.bad_contact === 1,
    rectifiedOnTime: f.rectified_on_time === 1, calledBackOnTime: f.called_back_on_time === 1,
  });
});
