/**
 * The 差评 closed loop through the real server: a 差评 on the phone opens a case whose deadline counts
 * working days on the hall's calendar (a holiday skipped, a 调休 Saturday counted); a supervisor assigns
 * it, calls back (the number in full only for the assignee), rectifies and closes it in that order; the
 * resident's phone page shows how it stands; staff read only their own cases; an overdue case is
 * escalated at the next business day; suggestions are answered without a deadline.
 */
import type { CaseSummary, CaseView } from '../../protocol/cases';
import type { HallSettingsView } from '../../protocol/admin';
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { expectRefusal } from '../support/refusal';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let admin: Caller;
let lead: Caller;
let desk: ClientSocket;
let kiosk: ClientSocket;

const COUNTER = 3;
const SERVICE = 'food-business-permit';

beforeEach(async () => {
  // Thursday 29 April 2027: the day before a May Day holiday, with a 调休 Saturday the week after.
  clock = new ManualClock(beijing('2027-04-29T09:00:00'));
  th = await startTestHall({ clock, env: { SEED_DEMO: '0' } });
  api = new HttpApi(th.url);
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  for (const [date, kind, name] of [['2027-04-30', 'holiday', '劳动节'], ['2027-05-03', 'holiday', '劳动节'], ['2027-05-08', 'workday', '调休']]) {
    await api.ok('POST', '/api/admin/calendar', { ...admin, body: { date, kind, name } });
  }
  const settings = await api.ok<HallSettingsView>('GET', '/api/settings', admin);
  await api.ok('PUT', '/api/settings', { ...admin, body: { ...settings, caseDeadlineDays: 5 } });
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  desk = await connect(th.url, { token: await login(th.url, 'staff') });
  ok(await send(desk, 'counter.open', { counterId: COUNTER }));
});

afterEach(async () => {
  kiosk.close();
  desk.close();
  await th.close();
});

async function served(): Promise<IssuedTicket> {
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
  ok(await send(desk, 'counter.callNext', { counterId: COUNTER }));
  ok(await send(desk, 'counter.start', { counterId: COUNTER }));
  ok(await send(desk, 'counter.finish', { counterId: COUNTER }));
  return issued;
}

async function rateBadly(issued: IssuedTicket, phone?: string): Promise<CaseSummary> {
  await api.ok('POST', '/api/ratings', { body: { token: issued.ticket.token, level: 1, reasons: ['attitude'],
    comment: '窗口人员态度生硬', ...(phone ? { phone } : {}) } });
  const [latest] = await api.ok<CaseSummary[]>('GET', '/api/cases', lead);
  if (!latest) throw new Error('no case opened');
  return latest;
}

const step = (id: number, verb: string) => `/api/cases/${id}/${verb}`;

it('a 差评 opens a case due 5 working days later by the calendar, and is worked through in order to closed', async () => {
  const issued = await served();
  const opened = await rateBadly(issued, '13812345678');
  const supervisorId = (await api.ok<{ id: number; username: string }[]>('GET', '/api/admin/staff', admin))
    .find((s) => s.username === 'supervisor')?.id ?? 0;
  // Fri 30 Apr and Mon 3 May are holidays, the weekend in between is off: Tue, Wed, Thu, Fri, and the 调休 Saturday.
  expect(opened).toMatchObject({ kind: 'bad_rating', status: 'open', deadline: '2027-05-08', overdue: false, level: 1,
    ticketNumber: issued.ticket.number, serviceId: SERVICE, counterId: COUNTER, staffName: '王晓兰' });

  const id = opened.id;
  await api.refused('POST', step(id, 'rectify'), 'CASE_STEP_INVALID', { ...lead, body: { rectification: '批评教育' } });
  const assigned = await api.ok<CaseView>('POST', step(id, 'assign'), { ...lead, body: { assigneeId: supervisorId } });
  expect(assigned).toMatchObject({ status: 'assigned', assigneeName: '赵敏', contactPhone: '13812345678',
    origin: { channel: 'phone', level: 1, reasons: ['attitude'], text: '窗口人员态度生硬' } });
  // Everyone but the assignee sees the number masked.
  expect((await api.ok<CaseView>('GET', `/api/cases/${id}`, admin)).contactPhone).toBe('138****5678');

  await api.ok('POST', step(id, 'rectify'), { ...lead, body: { rectification: '已对窗口人员批评教育并组织服务礼仪培训' } });
  await api.refused('POST', step(id, 'close'), 'CALL_BACK_REQUIRED', { ...lead, body: { result: '已整改' } });
  await api.ok('POST', step(id, 'call-back'), { ...lead, body: { reached: false, note: '电话无人接听' } });
  await api.ok('POST', step(id, 'call-back'), { ...lead, body: { reached: true, note: '已致歉,群众表示理解' } });
  const closed = await api.ok<CaseView>('POST', step(id, 'close'),
    { ...lead, body: { result: '已整改并回访,群众满意', residentSatisfaction: 'satisfied' } });
  expect(closed).toMatchObject({ status: 'closed', result: '已整改并回访,群众满意', residentSatisfaction: 'satisfied',
    closedAt: clock.now() });
  expect(closed.events.map((e) => [e.type, e.userName, e.reached])).toEqual([
    ['opened', null, null], ['assigned', '赵敏', null], ['rectified', '赵敏', null],
    ['call_back', '赵敏', false], ['call_back', '赵敏', true], ['closed', '赵敏', null]]);
  await api.refused('POST', step(id, 'call-back'), 'CASE_CLOSED', { ...lead, body: { reached: true, note: '再次回访' } });

  // The resident's own phone page shows how the follow-up ended.
  expect((await api.track(issued.ticket.token)).followUp).toEqual({ status: 'closed', deadline: '2027-05-08', result: '已整改并回访,群众满意' });
});

it('staff read only cases about their own service and take no step; only the assignee (or an admin) works a case', async () => {
  const opened = await rateBadly(await served());
  const other = { token: await login(th.url, 'social') };
  const own = { token: await login(th.url, 'staff') };
  expect((await api.ok<CaseSummary[]>('GET', '/api/cases', own)).map((c) => c.id)).toEqual([opened.id]);
  expect(await api.ok<CaseSummary[]>('GET', '/api/cases', other)).toEqual([]);
  await api.refused('GET', `/api/cases/${opened.id}`, 'FORBIDDEN', other);
  await api.refused('POST', step(opened.id, 'assign'), 'FORBIDDEN', { ...own, body: { assigneeId: 1 } });
  // Assigned to the admin, the supervisor may not work it; a staff account cannot be the assignee.
  const staffId = (await api.ok<{ id: number; username: string }[]>('GET', '/api/admin/staff', admin)).find((s) => s.username === 'staff')?.id ?? 0;
  await api.refused('POST', step(opened.id, 'assign'), 'BAD_REQUEST', { ...lead, body: { assigneeId: staffId } });
  await api.ok('POST', step(opened.id, 'assign'), { ...lead, body: { assigneeId: 1 } });
  await api.refused('POST', step(opened.id, 'rectify'), 'FORBIDDEN', { ...lead, body: { rectification: '整改' } });
  await api.ok('POST', step(opened.id, 'rectify'), { ...admin, body: { rectification: '整改' } });
});

it('a case still open after its deadline is escalated at the next business day; a suggestion has no deadline', async () => {
  const opened = await rateBadly(await served());
  const suggestion = await api.ok<{ id: number }>('POST', '/api/complaints', { body: { category: 'suggestion', text: '建议大厅增加老花镜' } });
  const cases = await api.ok<CaseSummary[]>('GET', '/api/cases', lead);
  expect(cases.find((c) => c.kind === 'suggestion')).toMatchObject({ deadline: null, status: 'open' });
  expect(suggestion.id).toBeGreaterThan(0);

  clock.set(beijing('2027-05-08T17:00:00'));
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  expect((await api.ok<CaseView>('GET', `/api/cases/${opened.id}`, lead)).overdue).toBe(false);
  clock.set(beijing('2027-05-10T08:00:00'));
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  const late = await api.ok<CaseView>('GET', `/api/cases/${opened.id}`, lead);
  expect(late).toMatchObject({ overdue: true, escalated: true });
  expect(late.events.at(-1)?.type).toBe('escalated');
  expect((await api.ok<CaseSummary[]>('GET', '/api/cases?overdue=true', lead)).map((c) => c.id)).toEqual([opened.id]);
  // Suggestions are answered: an admin closes one without rectifying it.
  const answer = cases.find((c) => c.kind === 'suggestion')?.id ?? 0;
  expect(await api.ok<CaseView>('POST', step(answer, 'close'), { ...admin, body: { result: '已在服务台配备老花镜' } }))
    .toMatchObject({ status: 'closed' });
});

it('a number to call back is taken with a 差评 only; a better rating with one is refused and stores nothing', async () => {
  const issued = await served();
  const refused = await api.refused('POST', '/api/ratings', 'BAD_REQUEST', { body: { token: issued.ticket.token, level: 5, phone: '13812345678' } });
  expect(refused.fields).toEqual(['phone']);
  expect((await api.track(issued.ticket.token)).rated).toBe(false);
  expect(await api.ok<CaseSummary[]>('GET', '/api/cases', lead)).toEqual([]);
  expectRefusal(await send(desk, 'case.list', { status: 'pending' }), 'BAD_REQUEST');
});
