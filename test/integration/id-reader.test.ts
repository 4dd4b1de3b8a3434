/**
 * The ID-card reader bridge through the real server (issue 13, point 4): a fake reader agent presents
 * cards with the kiosk's key; the kiosk's socket is told the masked name; a ticket taken with the
 * reading states its person once, so the same person cannot hold two open tickets of one service; the
 * reading is the kiosk's own, used once and short-lived; and the ID number is nowhere — not in answers,
 * not in the database file or its WAL — only its salted hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, nextEvent, ok, send, type ClientSocket } from '../../testkit/clients';
import { fakeIdReader, type FakeIdReader } from '../../testkit/fake-id-reader';
import { ID_READING_TTL_MS } from '../../protocol/idcard';
import { ManualClock } from '../support/clock';
import { OPEN_TICKET_OF_PERSON } from '../../server/db/queries/id-readings';
import { OPEN_BOOKINGS_OF_PERSON, saveBookingSettings } from '../../server/db/queries/bookings';
import { defaultBookingSettings, type BookingView, type SlotsAnswer } from '../../protocol/booking';

const CARD = { idNumber: '150202199003071232', name: '张三丰' };
const OTHER = { idNumber: '150203195206114026', name: '乌兰' };
const SERVICE = 'company-registration';
const BOOKED_SERVICE = 'elderly-allowance';

let th: TestHall;
let clock: ManualClock;
let kiosk: ClientSocket;
let reader: FakeIdReader;

beforeAll(async () => {
  clock = new ManualClock(Date.parse('2026-12-01T10:00:00+08:00'));
  th = await startTestHall({ clock,
    beforeStart: (db) => saveBookingSettings(db, { ...defaultBookingSettings(BOOKED_SERVICE), bookable: true }) });
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  reader = fakeIdReader(th.url, th.kioskKey);
});

afterAll(async () => {
  kiosk.close();
  await th.close();
});

async function presentAtKiosk(card: typeof CARD): Promise<string> {
  const told = nextEvent(kiosk, 'idcard.presented');
  const answer = await reader.present(card);
  expect(answer.status).toBe(200);
  const reading = await told;
  expect(answer.body).toEqual({ ok: true, data: reading });
  return reading.token;
}

function issueWith(idReading: string, serviceId = SERVICE) {
  return send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey(), idReading });
}

function ticketCount(): number {
  return (th.hall.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
}

it('tells the kiosk the masked name, never the number', async () => {
  const told = nextEvent(kiosk, 'idcard.presented');
  const answer = await reader.present(CARD);
  const reading = await told;
  expect(reading.maskedName).toBe('张*丰');
  expect(reading.expiresAt).toBe(clock.now() + ID_READING_TTL_MS);
  expect(JSON.stringify(answer.body)).not.toContain(CARD.idNumber.slice(6, 14));
  expect(JSON.stringify(reading)).not.toContain('三');
});

it('states the person on the ticket once: a second open ticket of the service is refused, another service is not', async () => {
  const first = ok(await issueWith(await presentAtKiosk(CARD)));
  const row = th.hall.db.prepare('SELECT person_hash AS hash, person_name_masked AS name FROM tickets WHERE id = ?')
    .get(first.ticket.id) as { hash: string; name: string };
  expect(row.name).toBe('张*丰');
  expect(row.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);

  const before = ticketCount();
  const again = await issueWith(await presentAtKiosk(CARD));
  expect(again).toMatchObject({ ok: false, error: { code: 'PERSON_HAS_OPEN_TICKET' } });
  expect(ticketCount()).toBe(before);
  // The refusal left the reading in place (the transaction rolled back): the resident may choose another service.
  const other = ok(await issueWith(await presentAtKiosk(CARD), 'venue-booking'));
  expect(other.ticket.serviceId).toBe('venue-booking');
  // Someone else is not held back by it.
  ok(await issueWith(await presentAtKiosk(OTHER)));
});

it('lets the person take the service again once their ticket is finished', async () => {
  const staff = await connect(th.url, { token: await login(th.url, 'staff') });
  try {
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    // Serve company-registration until the first card's ticket is through.
    for (;;) {
      const called = ok(await send(staff, 'counter.callNext', { counterId: 1 }));
      ok(await send(staff, 'counter.start', { counterId: 1 }));
      ok(await send(staff, 'counter.finish', { counterId: 1 }));
      const hash = th.hall.db.prepare('SELECT person_name_masked AS name FROM tickets WHERE id = ?').get(called.current?.id ?? 0);
      if ((hash as { name: string | null } | undefined)?.name === '张*丰') break;
    }
    ok(await issueWith(await presentAtKiosk(CARD)));
  } finally {
    staff.close();
  }
});

it('uses a reading once, at its own kiosk, before it expires', async () => {
  const token = await presentAtKiosk(OTHER);
  ok(await issueWith(token, 'legal-consultation'));
  expect(await issueWith(token, 'people-mediation')).toMatchObject({ ok: false, error: { code: 'ID_READING_GONE', fields: ['idReading'] } });

  // Another kiosk cannot take a ticket in this person's name with the token.
  const admin = await login(th.url, 'admin', 'admin-test-password');
  const adminSocket = await connect(th.url, { token: admin });
  const second = ok(await send(adminSocket, 'device.issue', { kind: 'kiosk', name: '二号取号机' }));
  adminSocket.close();
  const otherKiosk = await connect(th.url, { deviceKey: second.key });
  try {
    const fresh = await presentAtKiosk(OTHER);
    const before = ticketCount();
    const stolen = await send(otherKiosk, 'ticket.issue', { serviceId: 'people-mediation', idempotencyKey: idemKey(), idReading: fresh });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'ID_READING_GONE' } });
    expect(ticketCount()).toBe(before);
  } finally {
    otherKiosk.close();
  }

  // A reading left unused expires.
  const stale = await presentAtKiosk(OTHER);
  clock.advance(ID_READING_TTL_MS);
  expect(await issueWith(stale, 'people-mediation')).toMatchObject({ ok: false, error: { code: 'ID_READING_GONE' } });
  // A newer reading replaces the older one; a discarded one is gone.
  const older = await presentAtKiosk(OTHER);
  const newer = await presentAtKiosk(CARD);
  expect(await issueWith(older, 'people-mediation')).toMatchObject({ ok: false, error: { code: 'ID_READING_GONE' } });
  expect(ok(await send(kiosk, 'idcard.discard', { idReading: newer }))).toEqual({ discarded: true });
  expect(await issueWith(newer, 'people-mediation')).toMatchObject({ ok: false, error: { code: 'ID_READING_GONE' } });
});

it('refuses a malformed number without echoing it, and callers other than kiosks', async () => {
  const wrongCheck = { idNumber: '150202199003071233', name: '张三丰' };
  const refused = await reader.present(wrongCheck);
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', fields: ['idNumber'] } });
  expect(JSON.stringify(refused.body)).not.toContain('1990030');
  const badDate = await reader.present({ idNumber: '150202199002301239', name: '张三丰' });
  expect(badDate.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', fields: ['idNumber'] } });

  const display = await http(th.url, 'POST', '/api/idcard/read', { body: CARD, deviceKey: th.displayKey });
  expect(display).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
  const anonymous = await http(th.url, 'POST', '/api/idcard/read', { body: CARD });
  expect(anonymous.status).toBe(401);
});

it('finds the person\'s booking of today when it was made with their ID number', async () => {
  const slots = await http<SlotsAnswer>(th.url, 'GET', `/api/slots?serviceId=${BOOKED_SERVICE}&date=2026-12-01`);
  const slot = ok(slots.body).slots.find((s) => s.open);
  if (!slot) throw new Error('the demo service has an open slot this afternoon');
  const booking = { serviceId: BOOKED_SERVICE, date: '2026-12-01', start: slot.start, name: '张三丰', phone: '13812345678' };
  const wrongId = await http(th.url, 'POST', '/api/bookings', { body: { ...booking, idNumber: '150202199003071233' } });
  expect(wrongId).toMatchObject({ status: 400, body: { ok: false, error: { code: 'BAD_REQUEST', fields: ['idNumber'] } } });
  const made = ok((await http<BookingView>(th.url, 'POST', '/api/bookings', { body: { ...booking, idNumber: ` ${CARD.idNumber} ` } })).body);

  const told = nextEvent(kiosk, 'idcard.presented');
  await reader.present(CARD);
  expect((await told).bookings).toEqual([{ code: made.code.replace(/-/g, ''), serviceId: BOOKED_SERVICE,
    slotStart: made.startsAt, slotEnd: made.endsAt }]);
  // Someone else's card finds nothing; nor does the card once the booking is checked in.
  const other = nextEvent(kiosk, 'idcard.presented');
  await reader.present(OTHER);
  expect((await other).bookings).toEqual([]);
  expect(ok(await send(kiosk, 'booking.checkIn', { code: made.code })).outcome).toBe('on-time');
  const again = nextEvent(kiosk, 'idcard.presented');
  await reader.present(CARD);
  expect((await again).bookings).toEqual([]);
  const plan = th.hall.db.prepare(`EXPLAIN QUERY PLAN ${OPEN_BOOKINGS_OF_PERSON}`).all('x', '2026-12-01') as { detail: string }[];
  expect(plan.map((p) => p.detail).join(' ')).toContain('bookings_open_person');
});

it('keeps no ID number or full name in the database, its WAL or its audit', async () => {
  await presentAtKiosk(CARD);
  const files = fs.readdirSync(th.dataDir).filter((f) => f.startsWith('hall.sqlite'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(th.dataDir, file));
    for (const secret of [CARD.idNumber, OTHER.idNumber, CARD.name, OTHER.name]) {
      expect({ file, found: bytes.includes(Buffer.from(secret, 'utf8')) }).toEqual({ file, found: false });
    }
  }
});

it('finds a person\'s open ticket through its own index, whatever the history', () => {
  const plan = th.hall.db.prepare(`EXPLAIN QUERY PLAN ${OPEN_TICKET_OF_PERSON}`).all('x', SERVICE) as { detail: string }[];
  expect(plan.map((p) => p.detail).join(' ')).toContain('tickets_open_person');
});
