/**
 * Staff accounts through the real server: one-time passwords that must be changed, clashes and unknown
 * centres refused with the field, disabling and resets that end sessions at once, the last admin kept,
 * nobody locking themselves out, one counter per person, and who may do what.
 */
import type { AuditLine, StaffView } from '../../protocol/admin';
import type { CommandName } from '../../protocol/commands';
import type { Role } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { readDemoDevices, rememberDemoDevices } from '../../server/demo/device-file';

let th: TestHall;
let admin: ClientSocket;
let adminToken: string;
const sockets: ClientSocket[] = [];

async function open(token: string): Promise<ClientSocket> {
  const socket = await connect(th.url, { token });
  sockets.push(socket);
  return socket;
}

beforeEach(async () => {
  th = await startTestHall();
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await open(adminToken);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await th.close();
});

async function auditTrail(): Promise<AuditLine[]> {
  return ok(await send(admin, 'audit.list', {}));
}

function disconnected(socket: ClientSocket): Promise<void> {
  return new Promise((resolve) => socket.once('disconnect', () => resolve()));
}

let serial = 0;
/** A new account of `role` whose holder has logged in and chosen a password; its session token. */
async function account(role: Role, extra: { username?: string } = {}): Promise<{ staff: StaffView; token: string; password: string }> {
  serial += 1;
  const username = extra.username ?? `${role}${serial}`;
  const { staff, oneTimePassword } = ok(await send(admin, 'staff.create',
    { username, displayName: `人员${serial}`, staffNumber: `QS-${serial}`, role }));
  const first = await login(th.url, username, oneTimePassword);
  const password = `chosen-${username}-pw`;
  ok((await http<{ changed: true }>(th.url, 'POST', '/api/auth/password', { token: first,
    body: { currentPassword: oneTimePassword, newPassword: password } })).body);
  return { staff, token: first, password };
}

describe('staff accounts', () => {
  it('a new account gets a one-time password; until it is changed every other command is refused', async () => {
    const before = await auditTrail();
    const created = ok(await send(admin, 'staff.create',
      { username: 'liuyang', displayName: '刘洋', staffNumber: 'QS-0042', role: 'staff', centreId: 'social-services' }));
    expect(created.staff).toEqual({ id: expect.any(Number), username: 'liuyang', displayName: '刘洋', staffNumber: 'QS-0042',
      role: 'staff', centreId: 'social-services', active: true, mustChangePassword: true, counterId: null, photo: null });
    expect(created.oneTimePassword).toMatch(/^[a-z2-9]{10}$/);
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'staff.create', subject: `staff:${created.staff.id}`, before: null, after: created.staff });
    expect(JSON.stringify(await auditTrail())).not.toContain(created.oneTimePassword);
    expect((await auditTrail()).length).toBe(before.length + 1);

    const res = await http<{ token: string; mustChangePassword: boolean }>(th.url, 'POST', '/api/auth/login',
      { body: { username: 'liuyang', password: created.oneTimePassword } });
    const session = ok(res.body);
    expect(session.mustChangePassword).toBe(true);
    const socket = await open(session.token);
    expectRefusal(await send(socket, 'hall.snapshot', {}), 'PASSWORD_CHANGE_REQUIRED');
    expectRefusal(await send(socket, 'counter.open', { counterId: 1 }), 'PASSWORD_CHANGE_REQUIRED');
    expect((await http(th.url, 'GET', '/api/snapshot', { token: session.token })).status).toBe(403);

    const wrong = await send(socket, 'auth.changePassword', { currentPassword: 'not-it', newPassword: 'a-good-password' });
    expect(expectRefusal(wrong, 'INVALID_CREDENTIALS').fields).toEqual(['currentPassword']);
    const same = await send(socket, 'auth.changePassword', { currentPassword: created.oneTimePassword, newPassword: created.oneTimePassword });
    expect(expectRefusal(same, 'BAD_REQUEST').fields).toEqual(['newPassword']);
    ok(await send(socket, 'auth.changePassword', { currentPassword: created.oneTimePassword, newPassword: 'a-good-password' }));
    // The same session works at once.
    ok(await send(socket, 'hall.snapshot', {}));
    ok(await send(socket, 'counter.open', { counterId: 1 }));
    const [changed] = await auditTrail();
    expect(changed).toMatchObject({ command: 'auth.changePassword', subject: `staff:${created.staff.id}`,
      before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    expect(JSON.stringify(changed)).not.toContain('a-good-password');
    const relogin = ok((await http<{ mustChangePassword: boolean }>(th.url, 'POST', '/api/auth/login',
      { body: { username: 'liuyang', password: 'a-good-password' } })).body);
    expect(relogin.mustChangePassword).toBe(false);
  });

  it('refuses clashing login names and staff numbers and unknown centres, naming the field, and changes nothing', async () => {
    const { staff } = await account('staff', { username: 'zhaoli' });
    const listBefore = ok(await send(admin, 'staff.list', {}));
    const auditBefore = await auditTrail();
    const base = { username: 'newname', displayName: '新人', staffNumber: 'QS-9000', role: 'staff' as const };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, username: 'ZhaoLi' }, 'ALREADY_EXISTS', 'username'],
      [{ ...base, username: 'admin' }, 'ALREADY_EXISTS', 'username'],
      [{ ...base, staffNumber: staff.staffNumber }, 'ALREADY_EXISTS', 'staffNumber'],
      [{ ...base, centreId: 'no-such-centre' }, 'BAD_REQUEST', 'centreId'],
      [{ ...base, role: 'root' }, 'BAD_REQUEST', 'role'],
    ];
    for (const [input, code, field] of cases) {
      const refused = await send(admin, 'staff.create', input);
      expect(expectRefusal(refused, code as 'ALREADY_EXISTS').fields).toEqual([field]);
    }
    const other = ok(await send(admin, 'staff.list', {})).find((s) => s.username === 'staff');
    if (!other) throw new Error('no demo staff');
    expect(expectRefusal(await send(admin, 'staff.update', { id: other.id, username: 'zhaoli' }), 'ALREADY_EXISTS').fields)
      .toEqual(['username']);
    expect(expectRefusal(await send(admin, 'staff.update', { id: 9999, displayName: '无人' }), 'NOT_FOUND').fields).toEqual(['id']);
    const http404 = await http(th.url, 'PUT', '/api/admin/staff/9999', { token: adminToken, body: { displayName: '无人' } });
    expect(http404.status).toBe(404);
    expect(ok(await send(admin, 'staff.list', {}))).toEqual(listBefore);
    expect(await auditTrail()).toEqual(auditBefore);
  });

  it('disabling an account ends its open sockets and sessions at once and keeps its history', async () => {
    const { staff, token } = await account('staff');
    const socket = await open(token);
    ok(await send(socket, 'counter.open', { counterId: 2 }));
    const gone = disconnected(socket);
    const res = await http<StaffView>(th.url, 'DELETE', `/api/admin/staff/${staff.id}`, { token: adminToken });
    expect(ok(res.body)).toMatchObject({ id: staff.id, active: false });
    await gone;
    expect((await http(th.url, 'GET', '/api/snapshot', { token })).status).toBe(401);
    const relogin = await http(th.url, 'POST', '/api/auth/login', { body: { username: staff.username, password: `chosen-${staff.username}-pw` } });
    expect(relogin.status).toBe(401);
    const listed = ok(await send(admin, 'staff.get', { id: staff.id }));
    expect(listed).toMatchObject({ username: staff.username, active: false });
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'staff.remove', subject: `staff:${staff.id}`, before: { active: true }, after: { active: false } });
    // Enabled again, the account logs in as before.
    ok(await send(admin, 'staff.update', { id: staff.id, active: true }));
    await login(th.url, staff.username, `chosen-${staff.username}-pw`);
  });

  it('a password reset ends every session and asks for a new password at the next login', async () => {
    const { staff, token, password } = await account('staff');
    const socket = await open(token);
    const gone = disconnected(socket);
    const reset = await http<{ staff: StaffView; oneTimePassword: string }>(th.url, 'POST', `/api/admin/staff/${staff.id}/reset-password`,
      { token: adminToken });
    const { oneTimePassword } = ok(reset.body);
    await gone;
    expect((await http(th.url, 'POST', '/api/auth/login', { body: { username: staff.username, password } })).status).toBe(401);
    const again = ok((await http<{ token: string; mustChangePassword: boolean }>(th.url, 'POST', '/api/auth/login',
      { body: { username: staff.username, password: oneTimePassword } })).body);
    expect(again.mustChangePassword).toBe(true);
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'staff.resetPassword', subject: `staff:${staff.id}` });
    expect(JSON.stringify(line)).not.toContain(oneTimePassword);
  });

  it('a role change applies to open sessions at their next command', async () => {
    const { staff, token } = await account('staff');
    const socket = await open(token);
    expectRefusal(await send(socket, 'staff.list', {}), 'FORBIDDEN');
    ok(await send(admin, 'staff.update', { id: staff.id, role: 'supervisor' }));
    expect(ok(await send(socket, 'staff.list', {})).length).toBeGreaterThan(2);
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'staff.update', before: { role: 'staff' }, after: { role: 'supervisor' } });
  });

  it('keeps the last active admin and lets no admin lock themselves out', async () => {
    const me = ok(await send(admin, 'staff.list', {})).find((s) => s.username === 'admin');
    if (!me) throw new Error('no admin');
    expect(expectRefusal(await send(admin, 'staff.update', { id: me.id, role: 'supervisor' }), 'LAST_ADMIN').fields).toEqual(['role']);
    expect(expectRefusal(await send(admin, 'staff.update', { id: me.id, active: false }), 'LAST_ADMIN').fields).toEqual(['active']);
    expectRefusal(await send(admin, 'staff.remove', { id: me.id }), 'LAST_ADMIN');

    const second = await account('admin');
    expect(expectRefusal(await send(admin, 'staff.update', { id: me.id, role: 'staff' }), 'SELF_LOCKOUT').fields).toEqual(['role']);
    expectRefusal(await send(admin, 'staff.remove', { id: me.id }), 'SELF_LOCKOUT');
    // Another admin may change the first one; then the second is the last.
    const secondSocket = await open(second.token);
    ok(await send(secondSocket, 'staff.update', { id: me.id, role: 'supervisor' }));
    expectRefusal(await send(secondSocket, 'staff.remove', { id: second.staff.id }), 'LAST_ADMIN');
    // The demoted admin's session lost admin rights at once.
    expectRefusal(await send(admin, 'staff.create',
      { username: 'late', displayName: '迟到', staffNumber: 'QS-LATE', role: 'admin' }), 'FORBIDDEN');
    expect(ok(await send(secondSocket, 'staff.list', {})).filter((s) => s.role === 'admin' && s.active)).toHaveLength(1);
  });

  it('a staff member works at one counter at a time (COUNTER_ELSEWHERE)', async () => {
    const staff = await open(await login(th.url, 'staff', STAFF_PASSWORD));
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    expectRefusal(await send(staff, 'counter.open', { counterId: 2 }), 'COUNTER_ELSEWHERE');
    ok(await send(staff, 'counter.pause', { counterId: 1 }));
    expectRefusal(await send(staff, 'counter.open', { counterId: 3 }), 'COUNTER_ELSEWHERE');
    const listed = ok(await send(admin, 'staff.list', {})).find((s) => s.username === 'staff');
    expect(listed?.counterId).toBe(1);
    // Opening the same counter again is not a second counter.
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    ok(await send(staff, 'counter.close', { counterId: 1 }));
    expect(ok(await send(staff, 'counter.open', { counterId: 2 }))).toMatchObject({ counter: { id: 2, status: 'open' } });
  });
});

describe('the demo hall', () => {
  it('has a window worker per centre and a supervisor, printed with their passwords, who work side by side', async () => {
    const listed = ok(await send(admin, 'staff.list', {}));
    const centres = ok(await send(admin, 'service.list', {})).centres.map((c) => c.id);
    for (const centre of centres) expect(listed.some((s) => s.role === 'staff' && s.centreId === centre)).toBe(true);
    expect(listed.filter((s) => s.role === 'supervisor')).toHaveLength(1);
    expect(new Set(listed.map((s) => s.staffNumber)).size).toBe(listed.length);

    rememberDemoDevices(th.config, th.seed);
    const printed = readDemoDevices(th.config, () => true).join('\n');
    for (const a of th.seed.accounts) expect(printed).toContain(`${a.username} / ${a.password}`);

    // Two demo workers open two counters at once; each logs in without a password change.
    const first = await open(await login(th.url, 'staff', STAFF_PASSWORD));
    const second = await open(await login(th.url, 'social', STAFF_PASSWORD));
    ok(await send(first, 'counter.open', { counterId: 1 }));
    ok(await send(second, 'counter.open', { counterId: 4 }));
    ok(await send(await open(await login(th.url, 'supervisor', STAFF_PASSWORD)), 'counter.release', { counterId: 4 }));
  });
});

describe('who may manage staff accounts', () => {
  const READS: CommandName[] = ['staff.list', 'staff.get'];
  const WRITES: CommandName[] = ['staff.create', 'staff.update', 'staff.remove', 'staff.resetPassword'];

  it('admins do everything, supervisors only read, staff nothing; everyone changes their own password', async () => {
    const supervisor = await open((await account('supervisor')).token);
    const staff = await open((await account('staff')).token);
    const target = (await account('staff')).staff;
    const inputs: Record<string, Record<string, unknown>> = {
      'staff.list': {}, 'staff.get': { id: target.id },
      'staff.create': { username: 'matrix', displayName: '矩阵', staffNumber: 'QS-M', role: 'staff' },
      'staff.update': { id: target.id, displayName: '改名' },
      'staff.remove': { id: target.id }, 'staff.resetPassword': { id: target.id },
    };
    for (const name of [...READS, ...WRITES]) {
      expectRefusal(await send(staff, name, inputs[name]), 'FORBIDDEN');
      if (READS.includes(name)) ok(await send(supervisor, name, inputs[name]));
      else expectRefusal(await send(supervisor, name, inputs[name]), 'FORBIDDEN');
    }
    for (const name of [...READS, ...WRITES]) ok(await send(admin, name, inputs[name]));
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    for (const name of [...READS, ...WRITES, 'auth.changePassword'] as CommandName[]) {
      expectRefusal(await send(kiosk, name, inputs[name] ?? { currentPassword: 'x', newPassword: 'yyyyyyyy' }), 'FORBIDDEN');
    }
    ok(await send(supervisor, 'auth.changePassword', { currentPassword: `chosen-supervisor${serial - 2}-pw`, newPassword: 'sup-new-password' }));
  });
});
