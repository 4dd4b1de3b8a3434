/**
 * Opening hours and half-day limits through the real server, without demo mode (SEED_DEMO=0): the demo
 * services' winter hours close the lunch break, service.setHours changes hours and limits at once and
 * is audited, bad hours are refused with the field named and change nothing, and only admins set them.
 */
import type { AuditLine } from '../../protocol/admin';
import type { ServiceHoursView } from '../../protocol/hours';
import type { ServiceLoad, ServiceView } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, login, send, ok, type ClientSocket } from '../../testkit/clients';
import { insertUser } from '../../server/db/queries/users';
import { hashPassword } from '../../server/auth/password';
import { serviceHoursOf } from '../../server/db/queries/service-hours';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { expectRefusal } from '../support/refusal';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let kiosk: Caller;
let admin: Caller;
const sockets: ClientSocket[] = [];
const SERVICE = 'elderly-allowance';
const PATH = `/api/admin/services/${SERVICE}/hours`;
const DAY = ['08:00-12:00', '13:00-17:00'];
const WEEK = [DAY, DAY, DAY, DAY, DAY, [], []];

async function startAt(local: string): Promise<void> {
  clock = new ManualClock(beijing(local));
  th = await startTestHall({ clock, env: { SEED_DEMO: '0' }, beforeStart: (db) => {
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

async function services(): Promise<{ services: ServiceView[]; loads: ServiceLoad[] }> {
  return api.ok('GET', '/api/services');
}

const refuse = (key: string, code: Parameters<HttpApi['refused']>[2]) =>
  api.refused('POST', '/api/tickets', code, { ...kiosk, body: { serviceId: SERVICE, idempotencyKey: key } });

describe('opening hours without demo mode', () => {
  it('the demo hours close the lunch break in winter and the later afternoon starts in summer', async () => {
    await startAt('2026-11-30T11:59:00');
    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E001');
    expect((await services()).services.find((s) => s.id === SERVICE)?.hours).toBe('08:30-12:00,14:30-17:30');
    clock.set(beijing('2026-11-30T14:29:00'));
    await refuse('winter-lunch-1', 'SERVICE_CLOSED');
    expect((await services()).loads.find((l) => l.serviceId === SERVICE)).toMatchObject({ closedReason: 'SERVICE_CLOSED' });
    clock.set(beijing('2026-11-30T14:30:00'));
    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E002');
    clock.set(beijing('2026-11-30T17:30:00'));
    await refuse('winter-evening-1', 'SERVICE_CLOSED');
  });

  it('summer hours apply from 1 May', async () => {
    await startAt('2026-06-10T14:45:00'); // a Wednesday
    await refuse('summer-early-1', 'SERVICE_CLOSED');
    clock.set(beijing('2026-06-10T17:45:00'));
    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E001');
    expect((await services()).services.find((s) => s.id === SERVICE)?.hours).toBe('08:30-12:00,15:00-18:00');
  });

  it('service.setHours changes hours and half-day limits at once, audited', async () => {
    await startAt('2026-11-30T09:00:00');
    const before = serviceHoursOf(th.hall.db, SERVICE);
    const set = await api.ok<ServiceHoursView>('PUT', PATH, { ...admin, body: {
      hours: { timetables: [{ startsOn: '01-01', week: WEEK }] }, morningLimit: 2, afternoonLimit: 1 } });
    expect(set).toEqual({ serviceId: SERVICE, hours: { timetables: [{ startsOn: '01-01', week: WEEK }] }, dailyLimit: null,
      morningLimit: 2, afternoonLimit: 1 });
    const [line] = await api.ok<AuditLine[]>('GET', '/api/audit', admin);
    expect(line).toMatchObject({ command: 'service.setHours', subject: `service:${SERVICE}`, before, after: set });

    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E001');
    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E002');
    await refuse('morning-full-1', 'HALF_DAY_LIMIT_REACHED');
    expect((await services()).loads.find((l) => l.serviceId === SERVICE)).toMatchObject({ closedReason: 'HALF_DAY_LIMIT_REACHED' });

    clock.set(beijing('2026-11-30T12:30:00'));
    await refuse('new-lunch-1', 'SERVICE_CLOSED');
    clock.set(beijing('2026-11-30T13:00:00'));
    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E003');
    await refuse('afternoon-full-1', 'HALF_DAY_LIMIT_REACHED');

    // A field left out keeps its value; null clears a limit.
    const cleared = await api.ok<ServiceHoursView>('PUT', PATH, { ...admin, body: { afternoonLimit: null } });
    expect(cleared).toMatchObject({ morningLimit: 2, afternoonLimit: null, hours: { timetables: [{ startsOn: '01-01' }] } });
    expect((await api.issue(kiosk, SERVICE)).ticket.number).toBe('E004');
  });

  it('hours that end before they start, overlap or are malformed are refused with the field named, changing nothing', async () => {
    await startAt('2026-11-30T09:00:00');
    const before = serviceHoursOf(th.hall.db, SERVICE);
    const audits = (await api.ok<AuditLine[]>('GET', '/api/audit', admin)).length;
    const week = (monday: string[], wednesday: string[] = DAY) => [monday, DAY, wednesday, DAY, DAY, [], []];
    const cases: [unknown, string[]][] = [
      [{ timetables: [{ startsOn: '10-01', week: week(['12:00-08:30']) }] }, ['hours.timetables.0.week.0.0']],
      [{ timetables: [{ startsOn: '10-01', week: week(DAY, ['08:00-12:00', '11:30-14:00']) }] }, ['hours.timetables.0.week.2.1']],
      [{ timetables: [{ startsOn: '10-01', week: week(DAY) }, { startsOn: '05-01', week: week(['8:30-12:00']) }] },
        ['hours.timetables.1.week.0.0']],
      [{ timetables: [{ startsOn: '02-30', week: week(DAY) }] }, ['hours.timetables.0.startsOn']],
      [{ timetables: [{ startsOn: '10-01', week: [DAY, DAY] }] }, ['hours.timetables.0.week']],
      [{ timetables: [{ startsOn: '10-01', week: week(DAY) }, { startsOn: '10-01', week: week(DAY) }] }, ['hours.timetables.1.startsOn']],
    ];
    for (const [hours, fields] of cases) {
      const error = await api.refused('PUT', PATH, 'BAD_REQUEST', { ...admin, body: { hours, morningLimit: 5 } });
      expect(error.fields).toEqual(fields);
    }
    expect((await api.refused('PUT', PATH, 'BAD_REQUEST', { ...admin, body: { morningLimit: 0 } })).fields).toEqual(['morningLimit']);
    await api.refused('PUT', '/api/admin/services/no-such-service/hours', 'SERVICE_NOT_FOUND', { ...admin, body: { morningLimit: 5 } });
    expect(serviceHoursOf(th.hall.db, SERVICE)).toEqual(before);
    expect(await api.ok<AuditLine[]>('GET', '/api/audit', admin)).toHaveLength(audits);
  });

  it('only admins set hours, over both transports', async () => {
    await startAt('2026-11-30T09:00:00');
    const before = serviceHoursOf(th.hall.db, SERVICE);
    const body = { morningLimit: 5 };
    for (const caller of [{ token: await login(th.url, 'lead', STAFF_PASSWORD) }, { token: await login(th.url, 'staff', STAFF_PASSWORD) }, kiosk]) {
      await api.refused('PUT', PATH, 'FORBIDDEN', { ...caller, body });
      const socket = await connect(th.url, caller);
      sockets.push(socket);
      expectRefusal(await send(socket, 'service.setHours', { serviceId: SERVICE, ...body }), 'FORBIDDEN');
    }
    await api.refused('PUT', PATH, 'UNAUTHENTICATED', { body });
    expect(serviceHoursOf(th.hall.db, SERVICE)).toEqual(before);
    const adminSocket = await connect(th.url, admin);
    sockets.push(adminSocket);
    expect(ok(await send(adminSocket, 'service.setHours', { serviceId: SERVICE, ...body }))).toMatchObject({ morningLimit: 5 });
  });
});
