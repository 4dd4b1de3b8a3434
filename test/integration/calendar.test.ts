/**
 * The working-day calendar through the real server: holidays refuse tickets and make-up Saturdays issue
 * them (without demo mode), admins keep the calendar over HTTP and socket.io with an audit line for each
 * change, a broken import changes nothing and names every bad line, and only admins write while
 * supervisors read. The demo seed's 2026 calendar is in place; `SEED_DEMO=0` keeps demo mode off.
 */
import type { CalendarDayListed, CalendarDayView, CalendarImportResult } from '../../protocol/calendar';
import type { MnTextEntry } from '../../protocol/mn-texts';
import type { AuditLine } from '../../protocol/admin';
import type { HallSnapshot, ServiceLoad } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, login, send, ok, type ClientSocket } from '../../testkit/clients';
import { insertUser } from '../../server/db/queries/users';
import { hashPassword } from '../../server/auth/password';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { expectRefusal } from '../support/refusal';
import { ticketCount } from '../support/state';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let kiosk: Caller;
let admin: Caller;
const sockets: ClientSocket[] = [];

async function startAt(local: string, env: Record<string, string> = { SEED_DEMO: '0' }): Promise<void> {
  clock = new ManualClock(beijing(local));
  th = await startTestHall({ clock, env, beforeStart: (db) => {
    insertUser(db, { username: 'lead', displayName: '值班长', role: 'supervisor', passwordHash: hashPassword(STAFF_PASSWORD) }, clock.now());
  } });
  api = new HttpApi(th.url);
  kiosk = { deviceKey: th.kioskKey };
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
}

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await th.close();
});

async function loadOf(serviceId: string): Promise<ServiceLoad | undefined> {
  const data = await api.ok<{ loads: ServiceLoad[] }>('GET', '/api/services');
  return data.loads.find((l) => l.serviceId === serviceId);
}

function calendarRows(): number {
  return (th.hall.db.prepare('SELECT COUNT(*) AS n FROM calendar_days').get() as { n: number }).n;
}

async function auditTrail(): Promise<AuditLine[]> {
  return api.ok<AuditLine[]>('GET', '/api/audit', admin);
}

const issueBody = (key: string) => ({ serviceId: 'company-registration', idempotencyKey: key });

describe('tickets follow the working-day calendar (no demo mode)', () => {
  it('a holiday refuses tickets with HALL_CLOSED_TODAY and the loads say so; a make-up Saturday issues them', async () => {
    await startAt('2026-10-05T09:00:00'); // 国庆节, a Monday
    await api.refused('POST', '/api/tickets', 'HALL_CLOSED_TODAY', { ...kiosk, body: issueBody('holiday-monday-1') });
    expect(await loadOf('company-registration')).toMatchObject({ closedReason: 'HALL_CLOSED_TODAY' });
    const snapshot = await api.ok<HallSnapshot>('GET', '/api/snapshot', kiosk);
    expect(snapshot.hall.demoMode).toBe(false);
    expect(snapshot.loads.every((l) => l.closedReason === 'HALL_CLOSED_TODAY')).toBe(true);
    expect(ticketCount(th.hall.db)).toBe(0);

    clock.set(beijing('2026-10-10T09:00:00')); // Saturday, 国庆节调休上班
    expect((await api.issue(kiosk, 'company-registration')).ticket.number).toBe('A001');
    expect(await loadOf('company-registration')).toMatchObject({ closedReason: null });

    clock.set(beijing('2026-10-11T09:00:00')); // an ordinary Sunday
    await api.refused('POST', '/api/tickets', 'HALL_CLOSED_TODAY', { ...kiosk, body: issueBody('plain-sunday-1') });
    clock.set(beijing('2026-10-12T09:00:00')); // Monday
    expect((await api.issue(kiosk, 'company-registration')).ticket.number).toBe('A001');
    expect(ticketCount(th.hall.db)).toBe(2);
  });

  it('removing the make-up day closes the hall that Saturday; marking a Tuesday a holiday closes it, both audited', async () => {
    await startAt('2026-10-10T09:00:00');
    const removed = await api.ok<CalendarDayView>('DELETE', '/api/admin/calendar/2026-10-10', admin);
    expect(removed).toEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' });
    await api.refused('POST', '/api/tickets', 'HALL_CLOSED_TODAY', { ...kiosk, body: issueBody('removed-workday-1') });
    await api.refused('DELETE', '/api/admin/calendar/2026-10-10', 'NOT_FOUND', admin);

    clock.set(beijing('2026-10-13T10:00:00'));
    admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) }; // sessions end after a night
    expect((await api.issue(kiosk, 'company-registration')).ticket.number).toBe('A001');
    const set = await api.ok<CalendarDayListed>('PUT', '/api/admin/calendar/2026-10-13', { ...admin, body: { kind: 'holiday', name: '停电闭厅' } });
    expect(set).toEqual({ date: '2026-10-13', kind: 'holiday', name: '停电闭厅', nameMn: '', nameMnStatus: 'missing' });
    await api.refused('POST', '/api/tickets', 'HALL_CLOSED_TODAY', { ...kiosk, body: issueBody('power-cut-1') });
    expect(await loadOf('company-registration')).toMatchObject({ closedReason: 'HALL_CLOSED_TODAY' });

    const [setLine, removeLine] = await auditTrail();
    expect(setLine).toMatchObject({ command: 'calendar.set', subject: 'calendar:2026-10-13', before: null,
      after: { date: '2026-10-13', kind: 'holiday', name: '停电闭厅' } });
    expect(removeLine).toMatchObject({ command: 'calendar.remove', subject: 'calendar:2026-10-10',
      before: { date: '2026-10-10', kind: 'workday' }, after: null });
  });

  it('the demo hall in demo mode issues on a holiday and at night, and its snapshot says demo mode', async () => {
    await startAt('2026-10-05T22:30:00', {});
    const snapshot = await api.ok<HallSnapshot>('GET', '/api/snapshot', kiosk);
    expect(snapshot.hall.demoMode).toBe(true);
    expect((await api.issue(kiosk, 'company-registration')).ticket.number).toBe('A001');
  });
});

describe('keeping the calendar', () => {
  it('lists a year, gets a day, sets one by POST and socket.io, and imports a list', async () => {
    await startAt('2026-11-30T09:00:00');
    const year = await api.ok<CalendarDayListed[]>('GET', '/api/admin/calendar?year=2026', admin);
    expect(year.find((d) => d.date === '2026-02-14')).toMatchObject({ date: '2026-02-14', kind: 'workday', name: '春节调休上班' });
    expect(year.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(year.map((d) => d.date)).toEqual([...year.map((d) => d.date)].sort());
    expect(await api.ok<CalendarDayView[]>('GET', '/api/admin/calendar?year=2027', admin)).toEqual([]);
    expect(await api.ok<CalendarDayView>('GET', '/api/admin/calendar/2026-10-01', admin)).toMatchObject({ kind: 'holiday', name: '国庆节' });
    await api.refused('GET', '/api/admin/calendar/2026-10-09', 'NOT_FOUND', admin);

    await api.ok('POST', '/api/admin/calendar', { ...admin, body: { date: '2027-01-01', kind: 'holiday', name: ' 元旦 ' } });
    const socket = await connect(th.url, admin);
    sockets.push(socket);
    ok(await send(socket, 'calendar.set', { date: '2027-02-20', kind: 'workday', name: '春节调休上班' }));
    const imported = await api.ok<CalendarImportResult>('POST', '/api/admin/calendar-import', { ...admin, body: {
      text: '# 2027 春节\n2027-02-06 holiday 春节\n2027-02-07 holiday 春节\n2027-02-20 holiday 春节（更正）\n' } });
    expect(imported.imported).toBe(3);
    expect(ok(await send(socket, 'calendar.list', { year: 2027 }))).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦', nameMn: '', nameMnStatus: 'missing' },
      { date: '2027-02-06', kind: 'holiday', name: '春节', nameMn: '', nameMnStatus: 'missing' },
      { date: '2027-02-07', kind: 'holiday', name: '春节', nameMn: '', nameMnStatus: 'missing' },
      { date: '2027-02-20', kind: 'holiday', name: '春节（更正）', nameMn: '', nameMnStatus: 'missing' },
    ]);
    const [importLine] = await auditTrail();
    expect(importLine).toMatchObject({ command: 'calendar.import', subject: 'calendar:import',
      before: [{ date: '2027-02-20', kind: 'workday', name: '春节调休上班' }] });
  });

  it('imports a list with the Mongolian of its names: workbench drafts; Chinese after the | refuses the whole list', async () => {
    await startAt('2026-11-30T09:00:00');
    const SPRING_MN = 'ᠴᠠᠭᠠᠨ ᠰᠠᠷ᠎ᠠ';
    const imported = await api.ok<CalendarImportResult>('POST', '/api/admin/calendar-import', { ...admin, body: {
      text: `2027-02-06 holiday 春节 | ${SPRING_MN}\n2027-02-20 workday 春节调休上班\n` } });
    expect(imported).toEqual({ imported: 2, days: [
      { date: '2027-02-06', kind: 'holiday', name: '春节', nameMn: SPRING_MN, nameMnStatus: 'draft' },
      { date: '2027-02-20', kind: 'workday', name: '春节调休上班', nameMn: '', nameMnStatus: 'missing' },
    ] });
    const entries = await api.ok<MnTextEntry[]>('GET', '/api/admin/mn-texts', admin);
    expect(entries.find((e) => e.key === 'day:2027-02-06')).toMatchObject({ zh: '春节', mn: SPRING_MN, status: 'draft' });
    const [draft, importLine] = await auditTrail();
    expect([draft?.subject, importLine?.subject]).toEqual(['mnText:day:2027-02-06', 'calendar:import']);

    const rows = calendarRows();
    const audits = (await auditTrail()).length;
    const refused = await api.refused('POST', '/api/admin/calendar-import', 'BAD_REQUEST', { ...admin,
      body: { text: '2027-05-01 holiday 劳动节 | 劳动节\n2027-05-02 holiday 劳动节' } });
    expect(refused.fields).toEqual(['text', 'text:1:nameMn']);
    expect(calendarRows()).toBe(rows);
    expect(await auditTrail()).toHaveLength(audits);
  });

  it('sets a day with the Mongolian of its name: a workbench draft, kept approved when repeated, refused when not Mongolian', async () => {
    await startAt('2026-11-30T09:00:00');
    const NEW_YEAR_MN = 'ᠰᠢᠨ᠎ᠡ ᠵᠢᠯ';
    const entry = async (date: string): Promise<MnTextEntry | undefined> =>
      (await api.ok<MnTextEntry[]>('GET', '/api/admin/mn-texts', admin)).find((e) => e.key === `day:${date}`);
    const set = await api.ok<CalendarDayListed>('POST', '/api/admin/calendar', { ...admin,
      body: { date: '2027-01-01', kind: 'holiday', name: '元旦', nameMn: NEW_YEAR_MN } });
    expect(set).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦', nameMn: NEW_YEAR_MN, nameMnStatus: 'draft' });
    expect(await entry('2027-01-01')).toMatchObject({ zh: '元旦', mn: NEW_YEAR_MN, status: 'draft' });
    const [saved, day] = await auditTrail();
    expect([saved?.subject, day?.subject]).toEqual(['mnText:day:2027-01-01', 'calendar:2027-01-01']);

    // Approved in the workbench, then set again with the same Mongolian: it stays approved.
    await api.ok('PUT', '/api/admin/mn-texts/approval', { ...admin, body: { key: 'day:2027-01-01', mn: NEW_YEAR_MN, reviewer: '语委' } });
    const again = await api.ok<CalendarDayListed>('POST', '/api/admin/calendar', { ...admin,
      body: { date: '2027-01-01', kind: 'holiday', name: '元旦', nameMn: NEW_YEAR_MN } });
    expect(await entry('2027-01-01')).toMatchObject({ mn: NEW_YEAR_MN, status: 'approved' });
    // The console's list says what the workbench says.
    expect(again.nameMnStatus).toBe('approved');
    const listedStatus = async (): Promise<string | undefined> =>
      (await api.ok<CalendarDayListed[]>('GET', '/api/admin/calendar?year=2027', admin)).find((d) => d.date === '2027-01-01')?.nameMnStatus;
    expect(await listedStatus()).toBe('approved');
    // Without Mongolian (or empty), the hall's stays as it is.
    await api.ok('POST', '/api/admin/calendar', { ...admin, body: { date: '2027-01-01', kind: 'holiday', name: '元旦', nameMn: '' } });
    expect(await entry('2027-01-01')).toMatchObject({ mn: NEW_YEAR_MN, status: 'approved' });
    // Renamed, the approval was for another name: a draft again, in the list as in the workbench.
    await api.ok('POST', '/api/admin/calendar', { ...admin, body: { date: '2027-01-01', kind: 'holiday', name: '元旦节' } });
    expect(await entry('2027-01-01')).toMatchObject({ status: 'draft' });
    expect(await listedStatus()).toBe('draft');

    // Chinese where the Mongolian goes: refused, naming the field, and nothing changes (not even the day).
    const before = calendarRows();
    const refused = await api.refused('POST', '/api/admin/calendar', 'BAD_REQUEST', { ...admin,
      body: { date: '2027-05-01', kind: 'holiday', name: '劳动节', nameMn: '劳动节' } });
    expect(refused.fields).toEqual(['nameMn']);
    expect(calendarRows()).toBe(before);
  });

  it('a broken import names every bad line with its number and reason and changes nothing', async () => {
    await startAt('2026-11-30T09:00:00');
    const rows = calendarRows();
    const audits = (await auditTrail()).length;
    const text = ['2027-01-01 holiday 元旦', '2027-02-30 holiday 春节', '2027-02-07 rest 春节', '2027-02-08 holiday', '2027-01-01 workday 重复'].join('\n');
    const error = await api.refused('POST', '/api/admin/calendar-import', 'BAD_REQUEST', { ...admin, body: { text } });
    expect(error.fields).toEqual(['text', 'text:2:date', 'text:3:kind', 'text:4:format', 'text:5:repeated']);
    const blank = await api.refused('POST', '/api/admin/calendar-import', 'BAD_REQUEST', { ...admin, body: { text: '# nothing\n\n' } });
    expect(blank.fields).toEqual(['text', 'text:0:empty']);
    const single = await api.refused('PUT', '/api/admin/calendar/2026-02-29', 'BAD_REQUEST', { ...admin, body: { kind: 'holiday', name: '闰日' } });
    expect(single.fields).toEqual(['date']);
    const kind = await api.refused('POST', '/api/admin/calendar', 'BAD_REQUEST', { ...admin, body: { date: '2026-12-31', kind: 'weekend', name: 'x' } });
    expect(kind.fields).toEqual(['kind']);
    expect(calendarRows()).toBe(rows);
    expect(await auditTrail()).toHaveLength(audits);
  });

  it('admins write, supervisors only read, staff and devices neither, over both transports', async () => {
    await startAt('2026-11-30T09:00:00');
    const supervisor = { token: await login(th.url, 'lead', STAFF_PASSWORD) };
    const staff = { token: await login(th.url, 'staff', STAFF_PASSWORD) };
    const writes = [
      ['POST', '/api/admin/calendar', { date: '2026-12-31', kind: 'holiday', name: '测试' }],
      ['PUT', '/api/admin/calendar/2026-12-31', { kind: 'holiday', name: '测试' }],
      ['DELETE', '/api/admin/calendar/2026-10-01', {}],
      ['POST', '/api/admin/calendar-import', { text: '2026-12-31 holiday 测试' }],
    ] as const;
    for (const caller of [supervisor, staff, kiosk]) {
      for (const [method, path, body] of writes) await api.refused(method, path, 'FORBIDDEN', { ...caller, body });
    }
    for (const caller of [staff, kiosk]) {
      await api.refused('GET', '/api/admin/calendar?year=2026', 'FORBIDDEN', caller);
      await api.refused('GET', '/api/admin/calendar/2026-10-01', 'FORBIDDEN', caller);
    }
    await api.refused('GET', '/api/admin/calendar?year=2026', 'UNAUTHENTICATED');
    expect((await api.ok<CalendarDayView[]>('GET', '/api/admin/calendar?year=2026', supervisor)).length).toBeGreaterThan(30);
    expect(await api.ok<CalendarDayView>('GET', '/api/admin/calendar/2026-10-01', supervisor)).toMatchObject({ name: '国庆节' });

    const supervisorSocket = await connect(th.url, supervisor);
    const staffSocket = await connect(th.url, staff);
    sockets.push(supervisorSocket, staffSocket);
    expect(ok(await send(supervisorSocket, 'calendar.get', { date: '2026-10-01' }))).toMatchObject({ kind: 'holiday' });
    expectRefusal(await send(supervisorSocket, 'calendar.set', { date: '2026-12-31', kind: 'holiday', name: '测试' }), 'FORBIDDEN');
    expectRefusal(await send(supervisorSocket, 'calendar.remove', { date: '2026-10-01' }), 'FORBIDDEN');
    expectRefusal(await send(supervisorSocket, 'calendar.import', { text: '2026-12-31 holiday 测试' }), 'FORBIDDEN');
    expectRefusal(await send(staffSocket, 'calendar.list', { year: 2026 }), 'FORBIDDEN');
    expect(await api.ok<CalendarDayView>('GET', '/api/admin/calendar/2026-10-01', admin)).toMatchObject({ name: '国庆节' });
    expect((await auditTrail()).filter((l) => l.command.startsWith('calendar.'))).toEqual([]);
  });
});
