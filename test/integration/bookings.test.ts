/**
 * Appointments (预约) through the real server: admins switch a service to bookable (audited), residents
 * see slots and book with a name and mobile number, every refusal has its code, what is stored, answered
 * and audited is masked, the limits hold (one per service and day, a cap per number, missed bookings
 * block for a while), staff book on a resident's behalf and cancel, and codes cannot be guessed (failed
 * lookups limited per address). The hall runs without demo mode (SEED_DEMO=0), so hours and the
 * calendar apply; 2026-11-30 is a Monday.
 */
import type { BookingDayAnswer, BookingSettings, BookingView, SlotsAnswer } from '../../protocol/booking';
import type { AuditLine } from '../../protocol/admin';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { login } from '../../testkit/clients';
import { insertUser } from '../../server/db/queries/users';
import { hashPassword } from '../../server/auth/password';
import { FAILED_LOOKUPS_ALLOWED } from '../../server/auth/command-limits';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { rawRequest } from '../support/raw-http';
import { expectHttpRefusal } from '../support/refusal';

const SERVICE = 'company-registration';
const SETTINGS = { bookable: true, slotMinutes: 30, capacity: 2, walkInPercent: 50, daysAhead: 7, cancelMinutesBefore: 120 };
const PHONE = '13812345678';
const NAME = '王小明';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let admin: Caller;
let lead: Caller;

beforeEach(async () => {
  clock = new ManualClock(beijing('2026-11-30T10:00:00'));
  th = await startTestHall({ clock, env: { SEED_DEMO: '0' }, beforeStart: (db) => {
    insertUser(db, { username: 'lead', displayName: '值班长', role: 'supervisor', passwordHash: hashPassword(STAFF_PASSWORD) }, clock.now());
  } });
  api = new HttpApi(th.url);
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  lead = { token: await login(th.url, 'lead') };
  await api.ok<BookingSettings>('PUT', `/api/admin/booking-settings/${SERVICE}`, { ...admin, body: SETTINGS });
});
afterEach(async () => {
  await th.close();
});

function book(body: Record<string, unknown>, caller: Caller = {}): Promise<BookingView> {
  return api.ok<BookingView>('POST', '/api/bookings', { ...caller, body: { serviceId: SERVICE, name: NAME, phone: PHONE, ...body } });
}

function refusedBooking(code: Parameters<HttpApi['refused']>[2], body: Record<string, unknown>): ReturnType<HttpApi['refused']> {
  return api.refused('POST', '/api/bookings', code, { body: { serviceId: SERVICE, name: NAME, phone: PHONE, ...body } });
}

function bookingRows(): Record<string, unknown>[] {
  return th.hall.db.prepare('SELECT * FROM bookings ORDER BY id').all() as Record<string, unknown>[];
}

describe('settings and slots', () => {
  it('admins set a service bookable (audited); supervisors read; anyone sees the slots with places left', async () => {
    const all = await api.ok<BookingSettings[]>('GET', '/api/admin/booking-settings', lead);
    expect(all.find((s) => s.serviceId === SERVICE)).toEqual({ serviceId: SERVICE, ...SETTINGS });
    expect(all.find((s) => s.serviceId === 'venue-booking')?.bookable).toBe(false);
    await api.refused('PUT', `/api/admin/booking-settings/${SERVICE}`, 'FORBIDDEN', { ...lead, body: SETTINGS });
    await api.refused('PUT', '/api/admin/booking-settings/no-such-service', 'SERVICE_NOT_FOUND', { ...admin, body: SETTINGS });
    const lines = await api.ok<AuditLine[]>('GET', '/api/admin/audit?command=booking.', admin);
    expect(lines.map((l) => [l.command, l.subject])).toEqual([['booking.configure', `booking-settings:${SERVICE}`]]);

    const today = await api.ok<SlotsAnswer>('GET', `/api/slots?serviceId=${SERVICE}&date=2026-11-30`);
    expect(today.reason).toBeNull();
    expect(today.slots.filter((s) => s.open).map((s) => s.start)).toEqual(['10:30', '11:00', '11:30', '14:30', '15:00', '15:30', '16:00',
      '16:30', '17:00']);
    expect(today.slots[0]).toMatchObject({ start: '08:30', places: 1, left: 1, open: false });
    expect(today.lastDate).toBe('2026-12-07');
    await book({ date: '2026-12-01', start: '09:00' });
    const tomorrow = await api.ok<SlotsAnswer>('GET', `/api/slots?serviceId=${SERVICE}&date=2026-12-01`);
    expect(tomorrow.slots.find((s) => s.start === '09:00')).toMatchObject({ places: 1, left: 0, open: false });
    expect((await api.ok<SlotsAnswer>('GET', '/api/slots?serviceId=venue-booking&date=2026-12-01')).reason).toBe('SERVICE_NOT_BOOKABLE');
    await api.refused('GET', `/api/slots?serviceId=${SERVICE}&date=2026-13-01`, 'BAD_REQUEST');
    await api.refused('GET', '/api/slots?serviceId=no-such-service&date=2026-12-01', 'SERVICE_NOT_FOUND');
  });

  it('a holiday has no slots and a make-up Saturday (调休) has them', async () => {
    await api.ok('PUT', '/api/admin/calendar/2026-12-02', { ...admin, body: { kind: 'holiday', name: '测试假日' } });
    await api.ok('PUT', '/api/admin/calendar/2026-12-05', { ...admin, body: { kind: 'workday', name: '测试调休上班' } });
    expect(await api.ok<SlotsAnswer>('GET', `/api/slots?serviceId=${SERVICE}&date=2026-12-02`)).toMatchObject({ reason: 'BOOKING_DATE_CLOSED', slots: [] });
    await refusedBooking('BOOKING_DATE_CLOSED', { date: '2026-12-02', start: '09:00' });
    const saturday = await api.ok<SlotsAnswer>('GET', `/api/slots?serviceId=${SERVICE}&date=2026-12-05`);
    expect(saturday.slots.map((s) => s.start).slice(0, 2)).toEqual(['08:30', '09:00']);
    expect((await book({ date: '2026-12-05', start: '09:00' })).status).toBe('booked');
    expect((await api.ok<SlotsAnswer>('GET', `/api/slots?serviceId=${SERVICE}&date=2026-12-06`)).reason).toBe('BOOKING_DATE_CLOSED');
  });
});

describe('refusals', () => {
  it('answers every bad booking with its own code and stores nothing', async () => {
    await refusedBooking('SERVICE_NOT_BOOKABLE', { serviceId: 'venue-booking', date: '2026-12-01', start: '09:00' });
    await refusedBooking('SERVICE_NOT_FOUND', { serviceId: 'no-such-service', date: '2026-12-01', start: '09:00' });
    await refusedBooking('BOOKING_DATE_OUT_OF_RANGE', { date: '2026-11-27', start: '09:00' });
    await refusedBooking('BOOKING_DATE_OUT_OF_RANGE', { date: '2026-12-08', start: '09:00' });
    await refusedBooking('BOOKING_DATE_CLOSED', { date: '2026-12-06', start: '09:00' });
    await refusedBooking('BOOKING_OUTSIDE_HOURS', { date: '2026-12-01', start: '12:30' });
    await refusedBooking('BOOKING_OUTSIDE_HOURS', { date: '2026-12-01', start: '09:10' });
    await refusedBooking('BOOKING_SLOT_PAST', { date: '2026-11-30', start: '09:30' });
    await refusedBooking('BOOKING_SLOT_PAST', { date: '2026-11-30', start: '10:00' });
    for (const phone of ['12812345678', '1381234567', '138123456789', '23812345678', 'abcdefghijk', '0472-1234567']) {
      expect((await refusedBooking('PHONE_INVALID', { date: '2026-12-01', start: '09:00', phone })).fields).toEqual(['phone']);
    }
    await refusedBooking('TEXT_INVALID', { date: '2026-12-01', start: '09:00', name: '王\u202E明' });
    await refusedBooking('BAD_REQUEST', { date: '2026-12-01', start: '09:00', name: '' });
    expect(bookingRows()).toEqual([]);
    // Spaces, dashes and +86 are how people write numbers: they are read as the same number.
    const written = await book({ date: '2026-12-01', start: '09:00', phone: '+86 138-1234-5678' });
    expect(written.phoneMasked).toBe('138****5678');
  });

  it('refuses a full slot, a second booking for the service that day, more than three open, and cancels up to the deadline', async () => {
    await book({ date: '2026-12-01', start: '09:00' });
    await api.refused('POST', '/api/bookings', 'BOOKING_SLOT_FULL',
      { body: { serviceId: SERVICE, name: '李四', phone: '13900000001', date: '2026-12-01', start: '09:00' } });
    await refusedBooking('BOOKING_DUPLICATE', { date: '2026-12-01', start: '10:00' });
    await book({ date: '2026-12-02', start: '09:00' });
    await book({ date: '2026-12-03', start: '09:00' });
    await refusedBooking('BOOKING_LIMIT_REACHED', { date: '2026-12-04', start: '09:00' });
    expect(bookingRows()).toHaveLength(3);

    // Cancelling frees the place and the number's quota; once cancelled, again is refused.
    const first = bookingRows()[0] as { code: string };
    const cancelled = await api.ok<BookingView>('POST', `/api/bookings/${first.code}/cancel`, { body: {} });
    expect(cancelled.status).toBe('cancelled');
    await api.refused('POST', `/api/bookings/${first.code}/cancel`, 'BOOKING_CANCELLED', { body: {} });
    expect((await book({ date: '2026-12-04', start: '09:00' })).status).toBe('booked');

    // Too late: a booking for 11:30 today can only be cancelled until 09:30 (120 minutes before).
    const soon = await api.ok<BookingView>('POST', '/api/bookings',
      { body: { serviceId: SERVICE, name: '赵六', phone: '13700000002', date: '2026-11-30', start: '11:30' } });
    expect(soon.cancellable).toBe(false);
    await api.refused('POST', `/api/bookings/${soon.code}/cancel`, 'BOOKING_CANCEL_TOO_LATE', { body: {} });
    await api.refused('GET', '/api/bookings/ABCD-EFGH-JKMN', 'BOOKING_NOT_FOUND');
    await api.refused('POST', '/api/bookings/ABCD-EFGH-JKMN/cancel', 'BOOKING_NOT_FOUND', { body: {} });
  });

  it('records missed bookings when their window closes, and three in 30 days block the number for a while', async () => {
    for (const date of ['2026-11-30', '2026-12-01', '2026-12-02']) {
      clock.set(beijing(`${date}T08:00:00`));
      const b = await book({ date, start: '09:00' });
      clock.set(beijing(`${date}T09:40:00`)); // the check-in window closes 10 minutes after the slot
      expect((await api.ok<BookingView>('GET', `/api/bookings/${b.code}`)).status).toBe('no_show');
    }
    await refusedBooking('BOOKING_BLOCKED', { date: '2026-12-03', start: '09:00' });
    // Another number is not held back; nor is this one once the first miss is 30 days old.
    await api.ok('POST', '/api/bookings', { body: { serviceId: SERVICE, name: '李四', phone: '13900000001', date: '2026-12-03', start: '09:00' } });
    clock.set(beijing('2026-12-30T10:00:00'));
    expect((await book({ date: '2026-12-31', start: '09:00' })).status).toBe('booked');
    expect(bookingRows().filter((r) => r.status === 'no_show' && r.phone_masked === '138****5678').map((r) => r.settled_at))
      .toEqual(['2026-11-30', '2026-12-01', '2026-12-02'].map((d) => beijing(`${d}T09:40:00`)));
  });
});

describe('masking', () => {
  it('answers, stores and audits the name and number masked only; the full number is nowhere', async () => {
    const own = await book({ date: '2026-12-01', start: '09:00' });
    expect(own).toMatchObject({ nameMasked: '王*明', phoneMasked: '138****5678', status: 'booked', byStaff: false, date: '2026-12-01',
      start: '09:00', end: '09:30' });
    expect(own.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const staffMade = await book({ date: '2026-12-02', start: '09:00', name: '欧阳娜娜', phone: '13987654321' }, lead);
    expect(staffMade).toMatchObject({ nameMasked: '欧**娜', phoneMasked: '139****4321', byStaff: true });
    const day = await api.ok<BookingDayAnswer>('GET', '/api/admin/bookings?date=2026-12-01', lead);
    expect(day.bookings).toHaveLength(1);
    expect(day.bookings[0]?.code).toMatch(/^[A-Z2-9]{4}-\*{4}-\*{4}$/);

    const answers = JSON.stringify([own, staffMade, day, await api.ok('GET', `/api/bookings/${own.code}`)]);
    const audit = JSON.stringify(await api.ok<AuditLine[]>('GET', '/api/admin/audit', admin));
    const stored = JSON.stringify(bookingRows()) + JSON.stringify(th.hall.db.prepare('SELECT * FROM audit_log').all());
    for (const text of [answers, audit, stored]) {
      for (const secret of [PHONE, '13987654321', NAME, '欧阳娜娜', '12345678', '87654321']) expect(text).not.toContain(secret);
    }
    // The audit line of 代约 holds no usable code either.
    expect(audit).not.toContain(staffMade.code);
    const row = bookingRows()[0] ?? {};
    expect(Object.keys(row).sort()).toEqual(['business_day', 'check_in_until', 'code', 'created_at', 'created_by', 'id', 'idempotency_key',
      'name_masked', 'person_hash', 'phone_hash', 'phone_masked', 'service_id', 'settled_at', 'slot_end', 'slot_start', 'status', 'ticket_id']);
    expect(row.phone_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('staff', () => {
  it('supervisors book on a resident\'s behalf (代约) and cancel from the day\'s list, both audited; counter staff cannot', async () => {
    const staff = { token: await login(th.url, 'staff') };
    await api.refused('POST', '/api/bookings', 'FORBIDDEN', { ...staff, body: { serviceId: SERVICE, name: NAME, phone: PHONE, date: '2026-12-01', start: '09:00' } });
    await api.refused('GET', '/api/admin/bookings?date=2026-12-01', 'FORBIDDEN', staff);
    const made = await book({ date: '2026-12-01', start: '09:00' }, lead);
    const day = await api.ok<BookingDayAnswer>('GET', `/api/admin/bookings?date=2026-12-01&serviceId=${SERVICE}`, lead);
    const id = day.bookings[0]?.id ?? 0;
    expect(id).toBe(made.id);
    const revoked = await api.ok<BookingView>('POST', `/api/admin/bookings/${id}/cancel`, { ...lead, body: {} });
    expect(revoked.status).toBe('cancelled');
    await api.refused('POST', `/api/admin/bookings/${id}/cancel`, 'BOOKING_CANCELLED', { ...lead, body: {} });
    const lines = await api.ok<AuditLine[]>('GET', '/api/admin/audit?subject=booking', admin);
    expect(lines.map((l) => l.command).reverse()).toEqual(['booking.create', 'booking.revoke']);
    // A retried request (same number and key) answers the booking it made, once.
    const key = 'retry-key-0001';
    const first = await book({ date: '2026-12-02', start: '09:00', idempotencyKey: key });
    const again = await book({ date: '2026-12-02', start: '09:00', idempotencyKey: key });
    expect(again.code).toBe(first.code);
    expect(bookingRows()).toHaveLength(2);
  });
});

describe('abuse', () => {
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it(`failed code lookups are limited per address (${FAILED_LOOKUPS_ALLOWED}); other addresses and known codes elsewhere still work`, async () => {
    const b = await book({ date: '2026-12-01', start: '09:00' });
    const code = b.code.replace(/-/g, '');
    const wrongs = [...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'].map((ch) => `${code.slice(0, 8)}${ch}${code.slice(9)}`).filter((c) => c !== code);
    for (const wrong of wrongs.slice(0, FAILED_LOOKUPS_ALLOWED)) {
      expectHttpRefusal(await rawRequest(th.url, { method: 'GET', path: `/api/bookings/${wrong}`, headers: from('10.7.7.7') }), 'BOOKING_NOT_FOUND');
    }
    // Even the right code is refused now from that address; another address reads it.
    expectHttpRefusal(await rawRequest(th.url, { method: 'GET', path: `/api/bookings/${code}`, headers: from('10.7.7.7') }), 'RATE_LIMITED');
    expectHttpRefusal(await rawRequest(th.url, { method: 'POST', path: `/api/bookings/${code}/cancel`, body: '{}', headers: from('10.7.7.7') }),
      'RATE_LIMITED');
    const elsewhere = await rawRequest(th.url, { method: 'GET', path: `/api/bookings/${code}`, headers: from('10.7.7.8') });
    expect(elsewhere.status).toBe(200);
  });

  it('anonymous bookings are limited per address', async () => {
    const answers = [];
    for (let i = 0; i < 11; i += 1) {
      answers.push(await rawRequest(th.url, { method: 'POST', path: '/api/bookings', headers: from('10.8.8.8'),
        body: JSON.stringify({ serviceId: SERVICE, name: NAME, phone: `1390000${String(i).padStart(4, '0')}`, date: '2026-12-01', start: '09:00' }) }));
    }
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual([200, ...Array.from({ length: 9 }, () => 409)]);
    expectHttpRefusal(answers[10] as NonNullable<(typeof answers)[number]>, 'RATE_LIMITED');
  });
});

describe('the last place', () => {
  it('two dozen residents racing for the last place over concurrent requests: exactly one gets it', async () => {
    const racers = Array.from({ length: 24 }, (_, i) => rawRequest(th.url, { method: 'POST', path: '/api/bookings',
      body: JSON.stringify({ serviceId: SERVICE, name: '抢号人', phone: `1370000${String(i).padStart(4, '0')}`, date: '2026-12-01', start: '15:00' }) }));
    const answers = await Promise.all(racers);
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(1);
    for (const lost of answers.filter((a) => a.status !== 200)) expectHttpRefusal(lost, 'BOOKING_SLOT_FULL');
    const rows = th.hall.db.prepare(`SELECT COUNT(*) AS n FROM bookings WHERE slot_start = ?`).get(beijing('2026-12-01T15:00:00')) as { n: number };
    expect(rows.n).toBe(1);
  });
});
