/**
 * The public portal's one read, `portal.services` (GET /api/portal/services), through the real server:
 * anyone may read it without a credential, over HTTP and socket.io; it holds the centres, services,
 * boards and two weeks of the working-day calendar with each service's hours (holidays closed, a 调休
 * Saturday with Monday's hours), today's waiting moves when a ticket is issued, nothing personal is in
 * it, and one address is limited on its own. The clock is fixed on Monday 2026-09-28 in Baotou, two
 * weeks that hold the demo calendar's 国庆节 and its make-up Saturday.
 */
import type { PortalServices } from '../../protocol/portal';
import { PORTAL_DAYS } from '../../protocol/portal';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { DEMO_CENTRES, DEMO_SERVICES } from '../../server/demo/hall-data';
import { beijing, ManualClock } from '../support/clock';
import { rawRequest } from '../support/raw-http';
import { expectHttpRefusal } from '../support/refusal';

/** The demo hours: the winter timetable from 10-01, the summer one (a later afternoon) before it. */
const DEMO_HOURS = '08:30-12:00,14:30-17:30';
const SUMMER_HOURS = '08:30-12:00,15:00-18:00';
let th: TestHall;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  th = await startTestHall({ clock: new ManualClock(beijing('2026-09-28T10:00:00')), env: { SEED_DEMO: '0' } });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await th.close();
});

async function portal(headers: Record<string, string> = {}): Promise<PortalServices> {
  const res = await rawRequest(th.url, { method: 'GET', path: '/api/portal/services', headers });
  expect(res.status).toBe(200);
  return ok(res.json as { ok: true; data: PortalServices });
}

it('answers anyone, without a credential, with the centres, services, boards and two weeks of days', async () => {
  const data = await portal();
  expect(data.hall.businessDay).toBe('2026-09-28');
  expect(data.centres.map((c) => c.id)).toEqual(DEMO_CENTRES.map((c) => c.id));
  expect(data.services.map((s) => s.id).sort()).toEqual(DEMO_SERVICES.map((s) => s.id).sort());
  expect(data.boards.map((b) => b.id)).toEqual(expect.arrayContaining(['procedure', 'commitment', 'discipline', 'complaints']));
  for (const board of data.boards) expect(board.zh.body.trim()).not.toBe('');
  expect(data.days).toHaveLength(PORTAL_DAYS);
  expect(data.days.map((d) => d.date)).toEqual([
    '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04',
    '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11',
  ]);
  const day = (date: string) => data.days.find((d) => d.date === date);
  expect(day('2026-09-28')).toEqual({ date: '2026-09-28', weekday: 1, working: true, calendar: null });
  expect(day('2026-10-01')).toEqual({ date: '2026-10-01', weekday: 4, working: false, calendar: { kind: 'holiday', name: '国庆节', nameMn: 'ᠤᠯᠤᠰ ᠤᠨ ᠪᠠᠶᠢᠷ' } });
  expect(day('2026-10-10')).toEqual({ date: '2026-10-10', weekday: 6, working: true, calendar: { kind: 'workday', name: '国庆节调休上班',
    nameMn: 'ᠤᠯᠤᠰ ᠤᠨ ᠪᠠᠶᠢᠷ ᠤᠨ ᠰᠣᠯᠢᠯᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ' } });
  expect(day('2026-10-11')).toEqual({ date: '2026-10-11', weekday: 7, working: false, calendar: null });
  // Each service's hours follow the days: the summer timetable in September, the winter one from 10-01,
  // closed on the holidays and the Sunday, Monday's hours on the 调休 Saturday.
  const service = data.services.find((s) => s.id === 'elderly-allowance');
  expect(service?.hours).toEqual([SUMMER_HOURS, SUMMER_HOURS, SUMMER_HOURS, null, null, null, null, null, null, null,
    DEMO_HOURS, DEMO_HOURS, DEMO_HOURS, null]);
  expect(service).toMatchObject({ centreId: 'social-services', name: '高龄津贴申领', waiting: 0, closedReason: null });
  // The same answer reaches an anonymous socket (phones, the portal) through the same handler.
  const phone = await connect(th.url);
  sockets.push(phone);
  expect(ok(await send(phone, 'portal.services', {}))).toEqual(data);
});

it('today’s waiting moves when a ticket is issued, and nothing personal is in the answer', async () => {
  const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  sockets.push(kiosk);
  const before = await portal();
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() }));
  ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() }));
  const after = await portal();
  const waiting = (data: PortalServices, id: string) => data.services.find((s) => s.id === id)?.waiting;
  expect(waiting(before, 'elderly-allowance')).toBe(0);
  expect(waiting(after, 'elderly-allowance')).toBe(2);
  expect(waiting(after, 'minimum-living-allowance')).toBe(0);
  expect(after.services.find((s) => s.id === 'elderly-allowance')?.estimateMinutes).toBeGreaterThan(0);

  // A staff member at a counter, a ticket with its token and rating code: none of it reaches the portal.
  const staff = await login(th.url, 'staff');
  const desk = await connect(th.url, { token: staff });
  sockets.push(desk);
  ok(await send(desk, 'counter.open', { counterId: 4 }));
  ok(await send(desk, 'counter.callNext', { counterId: 4 }));
  const text = JSON.stringify(await portal());
  for (const secret of [issued.ticket.token, issued.ratingCode, issued.ticket.number, issued.trackUrl]) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/"(token|ratingCode|staffName|staffNumber|staffPhoto|phone|number|counterId|counters|userId|deviceId)"/);
  expect(Object.keys(after).sort()).toEqual(['boards', 'centres', 'days', 'hall', 'mnTexts', 'services']);
  expect(Object.keys(after.hall).sort()).toEqual(['businessDay', 'complaintPhone', 'demoMode', 'name', 'nameMn', 'timezone']);
  expect(Object.keys(after.services[0] ?? {}).sort())
    .toEqual(['bookable', 'centreId', 'closedReason', 'estimateMinutes', 'hours', 'id', 'name', 'nameMn', 'waiting']);
});

it('a day set through the calendar command shows at once; a disabled service is left out', async () => {
  const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
  ok((await http(th.url, 'POST', '/api/admin/calendar', { token: admin, body: { date: '2026-09-29', kind: 'holiday', name: '测试假日' } })).body);
  ok((await http(th.url, 'POST', '/api/admin/calendar', { token: admin, body: { date: '2026-10-11', kind: 'workday', name: '测试调休' } })).body);
  ok((await http(th.url, 'PUT', '/api/admin/services/legal-consultation', { token: admin, body: { enabled: false } })).body);
  const data = await portal();
  expect(data.days[1]).toEqual({ date: '2026-09-29', weekday: 2, working: false, calendar: { kind: 'holiday', name: '测试假日', nameMn: '' } });
  expect(data.days[13]).toEqual({ date: '2026-10-11', weekday: 7, working: true, calendar: { kind: 'workday', name: '测试调休', nameMn: '' } });
  const service = data.services.find((s) => s.id === 'elderly-allowance');
  expect(service?.hours[1]).toBeNull();
  expect(service?.hours[13]).toBe(DEMO_HOURS);
  expect(data.services.some((s) => s.id === 'legal-consultation')).toBe(false);
  // Today (a working Monday at 10:00, no demo mode) the service takes numbers.
  expect(service?.closedReason).toBeNull();
});

it('on a holiday today every service says the hall is closed', async () => {
  await th.close();
  th = await startTestHall({ clock: new ManualClock(beijing('2026-10-02T10:00:00')), env: { SEED_DEMO: '0' } });
  const data = await portal();
  expect(data.days[0]).toMatchObject({ date: '2026-10-02', working: false });
  expect(new Set(data.services.map((s) => s.closedReason))).toEqual(new Set(['HALL_CLOSED_TODAY']));
});

it('one address reading the overview is limited on its own; another address is not held back', async () => {
  const from = (address: string) => rawRequest(th.url, { method: 'GET', path: '/api/portal/services', headers: { 'x-forwarded-for': address } });
  const answers = [];
  for (let i = 0; i < 125; i += 1) answers.push(await from('10.9.9.9'));
  expect(answers.filter((a) => a.status === 200)).toHaveLength(120);
  for (const a of answers.filter((r) => r.status !== 200)) expectHttpRefusal(a, 'RATE_LIMITED');
  expect((await from('10.9.9.10')).status).toBe(200);
  // Other public reads from that address still pass (the overview has its own budget).
  expect((await rawRequest(th.url, { method: 'GET', path: '/api/services', headers: { 'x-forwarded-for': '10.9.9.9' } })).status).toBe(200);
});

it('refuses input the command does not take', async () => {
  const phone = await connect(th.url);
  sockets.push(phone);
  const refused = await send(phone, 'portal.services', { serviceId: 'elderly-allowance' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', fields: ['serviceId'] } });
});
