/**
 * The audit log read back as the console reads it: filtered by who, by command prefix, by subject (with
 * everything under it) and by time, paged newest first, each line naming its actor; over socket.io and
 * GET /api/admin/audit alike. And service.hours, which the hours editor starts from.
 */
import type { AuditLine } from '../../protocol/admin';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { ManualClock, beijing } from '../support/clock';

let th: TestHall;
let admin: ClientSocket;
let adminToken: string;
let secondAdmin: ClientSocket;
const clock = new ManualClock(beijing('2026-11-24T09:00:00'));
const T0 = clock.now();
let secondAdminId = 0;

beforeAll(async () => {
  th = await startTestHall({ clock });
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token: adminToken });
  // A second admin, so that lines of two actors can be told apart.
  const made = ok(await send(admin, 'staff.create', { username: 'chief', displayName: '第二管理员', staffNumber: 'QS-900', role: 'admin' }));
  secondAdminId = made.staff.id;
  const chiefToken = await login(th.url, 'chief', made.oneTimePassword);
  ok((await http(th.url, 'POST', '/api/auth/password', { token: chiefToken, body: { currentPassword: made.oneTimePassword, newPassword: 'chief-password' } })).body);
  secondAdmin = await connect(th.url, { token: chiefToken });

  clock.advance(60_000);
  ok(await send(admin, 'calendar.set', { date: '2026-12-31', kind: 'holiday', name: '测试假日' }));
  clock.advance(60_000);
  ok(await send(secondAdmin, 'staff.update', { id: 2, displayName: '王晓兰二' }));
  clock.advance(60_000);
  ok(await send(secondAdmin, 'service.setHours', { serviceId: 'company-registration', dailyLimit: 40 }));
});
afterAll(async () => {
  admin.close();
  secondAdmin.close();
  await th.close();
});

const list = async (filter: Record<string, unknown>): Promise<AuditLine[]> => ok(await send(admin, 'audit.list', filter));
const commands = (lines: AuditLine[]): string[] => lines.map((l) => l.command);

describe('audit.list filters', () => {
  it('names each line\'s actor, newest first', async () => {
    const lines = await list({});
    expect(commands(lines).slice(0, 3)).toEqual(['service.setHours', 'staff.update', 'calendar.set']);
    expect(lines[0]).toMatchObject({ actor: `user:${secondAdminId}`, actorName: '第二管理员' });
    expect(lines[2]).toMatchObject({ actor: 'user:1', actorName: '系统管理员' });
  });

  it('by actor', async () => {
    const lines = await list({ actor: `user:${secondAdminId}` });
    expect(commands(lines)).toEqual(['service.setHours', 'staff.update', 'auth.changePassword']);
  });

  it('by command prefix', async () => {
    expect(commands(await list({ command: 'staff.' }))).toEqual(['staff.update', 'staff.create']);
    expect(commands(await list({ command: 'calendar.set' }))).toEqual(['calendar.set']);
  });

  it('by subject and everything under it, wildcards taken literally', async () => {
    const account = await list({ subject: 'staff:2' });
    expect(account.map((l) => [l.command, l.subject])).toEqual([['staff.update', 'staff:2']]);
    expect(account[0]?.before).toMatchObject({ displayName: '王晓兰' });
    expect(account[0]?.after).toMatchObject({ displayName: '王晓兰二' });
    const everyAccount = await list({ subject: 'staff' });
    expect(everyAccount.every((l) => l.subject.startsWith('staff:'))).toBe(true);
    expect(everyAccount.length).toBe(3);
    expect(await list({ subject: 'staf' })).toEqual([]);
    // A LIKE wildcard in the filter is matched as the character itself.
    expect(await list({ subject: 'staf_' })).toEqual([]);
  });

  it('by time: from included, to excluded', async () => {
    expect(commands(await list({ from: T0 + 60_000, to: T0 + 180_000 }))).toEqual(['staff.update', 'calendar.set']);
    expect(commands(await list({ from: T0 + 180_000 }))).toEqual(['service.setHours']);
  });

  it('pages back with beforeId under the same filters', async () => {
    const [newest] = await list({ command: 'staff.' });
    expect(commands(await list({ command: 'staff.', beforeId: newest?.id }))).toEqual(['staff.create']);
  });

  it('GET /api/admin/audit takes the same filters from its query, and GET /api/audit stays', async () => {
    const res = await http<AuditLine[]>(th.url, 'GET', `/api/admin/audit?actor=user:${secondAdminId}&command=staff.`, { token: adminToken });
    expect(commands(ok(res.body))).toEqual(['staff.update']);
    const old = await http<AuditLine[]>(th.url, 'GET', '/api/audit?subject=calendar', { token: adminToken });
    expect(commands(ok(old.body))).toEqual(['calendar.set']);
    const bad = await http(th.url, 'GET', '/api/admin/audit?from=yesterday', { token: adminToken });
    expect(bad.status).toBe(400);
    expect(expectRefusal(bad.body, 'BAD_REQUEST').fields).toEqual(['from']);
  });
});

describe('service.hours', () => {
  it('answers every timetable and the limits as stored, for supervisors too', async () => {
    const hours = ok(await send(admin, 'service.hours', { serviceId: 'company-registration' }));
    expect(hours).toMatchObject({ serviceId: 'company-registration', dailyLimit: 40 });
    expect(hours.hours?.timetables.length).toBeGreaterThanOrEqual(1);
    const supervisor = await connect(th.url, { token: await login(th.url, 'supervisor') });
    expect(ok(await send(supervisor, 'service.hours', { serviceId: 'company-registration' }))).toEqual(hours);
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    expectRefusal(await send(staff, 'service.hours', { serviceId: 'company-registration' }), 'FORBIDDEN');
    expect(expectRefusal(await send(admin, 'service.hours', { serviceId: 'no-such-service' }), 'SERVICE_NOT_FOUND').fields).toEqual(['serviceId']);
    supervisor.close();
    staff.close();
  });
});
