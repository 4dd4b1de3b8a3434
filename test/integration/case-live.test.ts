/**
 * What the people following a case hear of it, through the real server: supervisors' and admins'
 * consoles get `case.changed` when a 差评 opens a case, at each step and when it is escalated (staff,
 * devices and phones never do); the resident's phone page gets its ticket again with the case's progress
 * at each step; the list filters by kind; the satisfaction asked at a call-back stays on the case.
 */
import type { CaseSummary, CaseView } from '../../protocol/cases';
import type { IssuedTicket, TicketTrack } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, ticketChange, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let lead: Caller;
let sockets: ClientSocket[];
let desk: ClientSocket;
let kiosk: ClientSocket;

const COUNTER = 3;
const SERVICE = 'food-business-permit';

beforeEach(async () => {
  clock = new ManualClock(beijing('2027-04-29T09:00:00'));
  th = await startTestHall({ clock, env: { SEED_DEMO: '0' } });
  api = new HttpApi(th.url);
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  desk = await connect(th.url, { token: await login(th.url, 'staff') });
  sockets = [kiosk, desk];
  ok(await send(desk, 'counter.open', { counterId: COUNTER }));
});

afterEach(async () => {
  for (const s of sockets) s.close();
  await th.close();
});

async function open(auth: { token?: string; deviceKey?: string } = {}): Promise<ClientSocket> {
  const socket = await connect(th.url, auth);
  sockets.push(socket);
  return socket;
}

/** Every `case.changed` a socket hears, in order. */
function caseChanges(socket: ClientSocket): number[][] {
  const heard: number[][] = [];
  socket.on('case.changed', (info) => heard.push(info.ids));
  return heard;
}

/** Resolves once the socket has heard everything sent to it before this call (its answers come in order). */
async function drained(socket: ClientSocket): Promise<void> {
  await send(socket, 'hall.snapshot', {});
}

async function served(): Promise<IssuedTicket> {
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
  ok(await send(desk, 'counter.callNext', { counterId: COUNTER }));
  ok(await send(desk, 'counter.start', { counterId: COUNTER }));
  ok(await send(desk, 'counter.finish', { counterId: COUNTER }));
  return issued;
}

async function supervisorId(): Promise<number> {
  const staff = await api.ok<{ id: number; username: string }[]>('GET', '/api/admin/staff', lead);
  return staff.find((s) => s.username === 'supervisor')?.id ?? 0;
}

it('supervisors and admins hear a case open and move; staff, devices and phones do not', async () => {
  const supervisor = await open({ token: lead.token });
  const admin = await open({ token: await login(th.url, 'admin', ADMIN_PASSWORD) });
  const heard = { supervisor: caseChanges(supervisor), admin: caseChanges(admin), staff: caseChanges(desk),
    kiosk: caseChanges(kiosk), phone: caseChanges(await open()) };
  const issued = await served();
  ok(await send(sockets[sockets.length - 1] as ClientSocket, 'ticket.track', { token: issued.ticket.token }));

  await api.ok('POST', '/api/ratings', { body: { token: issued.ticket.token, level: 1, phone: '13812345678' } });
  const [opened] = await api.ok<CaseSummary[]>('GET', '/api/cases', lead);
  if (!opened) throw new Error('no case opened');
  await api.ok('POST', `/api/cases/${opened.id}/assign`, { ...lead, body: { assigneeId: await supervisorId() } });

  for (const socket of sockets) await drained(socket);
  expect(heard.supervisor).toEqual([[opened.id], [opened.id]]);
  expect(heard.admin).toEqual([[opened.id], [opened.id]]);
  expect(heard).toMatchObject({ staff: [], kiosk: [], phone: [] });

  // A refused step changes nothing and says nothing.
  await api.refused('POST', `/api/cases/${opened.id}/close`, 'CASE_STEP_INVALID', { ...lead, body: { result: '已整改' } });
  await drained(supervisor);
  expect(heard.supervisor).toHaveLength(2);
});

it('the phone page tracking the ticket gets its progress at each step, up to the result', async () => {
  const issued = await served();
  const phone = await open();
  ok(await send(phone, 'ticket.track', { token: issued.ticket.token }));
  const seen: TicketTrack[] = [];
  phone.on('ticket.changed', (t) => seen.push(t));

  const rated = ticketChange(phone, (t) => t.followUp?.status === 'open');
  await api.ok('POST', '/api/ratings', { body: { token: issued.ticket.token, level: 2, phone: '13812345678' } });
  expect((await rated).followUp).toEqual({ status: 'open', deadline: expect.stringMatching(/^2027-05-\d\d$/), result: null });
  const [opened] = await api.ok<CaseSummary[]>('GET', '/api/cases', lead);
  const id = opened?.id ?? 0;

  const assigned = ticketChange(phone, (t) => t.followUp?.status === 'assigned');
  await api.ok('POST', `/api/cases/${id}/assign`, { ...lead, body: { assigneeId: await supervisorId() } });
  await assigned;
  const called = seen.length;
  await api.ok('POST', `/api/cases/${id}/call-back`, { ...lead, body: { reached: true, note: '已致歉' } });
  await drained(phone);
  // A call-back leaves the status where it is: the page hears it again, with the same progress.
  expect(seen.slice(called).map((t) => t.followUp?.status)).toEqual(['assigned']);
  const rectified = ticketChange(phone, (t) => t.followUp?.status === 'rectified');
  await api.ok('POST', `/api/cases/${id}/rectify`, { ...lead, body: { rectification: '已培训' } });
  expect((await rectified).followUp?.result).toBeNull();
  const closed = ticketChange(phone, (t) => t.followUp?.status === 'closed');
  await api.ok('POST', `/api/cases/${id}/close`, { ...lead, body: { result: '已向您致歉并整改' } });
  expect((await closed).followUp).toMatchObject({ status: 'closed', result: '已向您致歉并整改' });
});

it('the list filters by kind; a kind that does not exist is refused naming it', async () => {
  await api.ok('POST', '/api/complaints', { body: { category: 'suggestion', text: '建议增加座椅' } });
  await api.ok('POST', '/api/complaints', { body: { category: 'complaint', text: '窗口无人' } });
  await api.ok('POST', '/api/ratings', { body: { token: (await served()).ticket.token, level: 1 } });
  const kinds = async (query: string): Promise<string[]> =>
    (await api.ok<CaseSummary[]>('GET', `/api/cases${query}`, lead)).map((c) => c.kind);
  expect(await kinds('')).toEqual(['bad_rating', 'complaint', 'suggestion']);
  expect(await kinds('?kind=suggestion')).toEqual(['suggestion']);
  expect(await kinds('?kind=bad_rating&status=open')).toEqual(['bad_rating']);
  expect(await kinds('?kind=praise')).toEqual([]);
  expect((await api.refused('GET', '/api/cases?kind=rumour', 'BAD_REQUEST', lead)).fields).toEqual(['kind']);
});

it('the satisfaction asked at a call-back stays on the case; closing may confirm or change it', async () => {
  const ids: number[] = [];
  for (let i = 0; i < 2; i += 1) {
    await api.ok('POST', '/api/ratings', { body: { token: (await served()).ticket.token, level: 1, phone: '13800000000' } });
    const [latest] = await api.ok<CaseSummary[]>('GET', '/api/cases', lead);
    ids.push(latest?.id ?? 0);
  }
  const assignee = await supervisorId();
  for (const id of ids) {
    await api.ok('POST', `/api/cases/${id}/assign`, { ...lead, body: { assigneeId: assignee } });
    const called = await api.ok<CaseView>('POST', `/api/cases/${id}/call-back`,
      { ...lead, body: { reached: true, note: '群众认可', residentSatisfaction: 'basically_satisfied' } });
    expect(called.residentSatisfaction).toBe('basically_satisfied');
    await api.ok('POST', `/api/cases/${id}/rectify`, { ...lead, body: { rectification: '已整改' } });
  }
  const [kept, changed] = ids;
  expect((await api.ok<CaseView>('POST', `/api/cases/${kept}/close`, { ...lead, body: { result: '已办结' } })).residentSatisfaction)
    .toBe('basically_satisfied');
  expect((await api.ok<CaseView>('POST', `/api/cases/${changed}/close`,
    { ...lead, body: { result: '已办结', residentSatisfaction: 'satisfied' } })).residentSatisfaction).toBe('satisfied');
  await api.refused('POST', `/api/cases/${kept}/call-back`, 'CASE_CLOSED', { ...lead, body: { reached: true, note: '再访', residentSatisfaction: 'dissatisfied' } });
  expect((await api.ok<CaseView>('GET', `/api/cases/${kept}`, lead)).residentSatisfaction).toBe('basically_satisfied');
});

it('an overdue case escalated at the start of a business day is announced to supervisors', async () => {
  await api.ok('POST', '/api/ratings', { body: { token: (await served()).ticket.token, level: 1 } });
  const [opened] = await api.ok<CaseSummary[]>('GET', '/api/cases', lead);
  // Weeks later: the first command of the day ends the earlier days and escalates the case.
  clock.set(beijing('2027-06-01T08:00:00'));
  const supervisor = await open({ token: await login(th.url, 'supervisor', STAFF_PASSWORD) });
  const heard = caseChanges(supervisor);
  th.hall.bus.rollover(clock.now());
  await drained(supervisor);
  expect(heard).toEqual([[opened?.id]]);
  expect((await api.ok<CaseView>('GET', `/api/cases/${opened?.id}`, { token: await login(th.url, 'supervisor', STAFF_PASSWORD) })).escalated).toBe(true);
});
