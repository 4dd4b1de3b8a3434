/**
 * Who may talk to the hall, over HTTP: the login lockout after repeated wrong passwords, sessions that
 * end at logout, and device keys that an admin issues once and that then open a socket.
 */
import type { HallSnapshot, IssuedTicket } from '../../protocol/views';
import type { DeviceWithKey } from '../../protocol/admin';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { beijing, ManualClock } from '../support/clock';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { HttpApi } from '../support/http-api';
import { expectHttpRefusal, expectRefusal } from '../support/refusal';
import { rawRequest } from '../support/raw-http';
import { fingerprint } from '../support/state';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  clock = new ManualClock(beijing('2026-03-10T09:00:00'));
  th = await startTestHall({ clock });
  api = new HttpApi(th.url);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await th.close();
});

const attempt = (username: string, password: string): Parameters<HttpApi['refused']>[3] => ({ body: { username, password } });

describe('login lockout', () => {
  /** A login from a given source address (the server trusts X-Forwarded-For from loopback only). */
  async function loginFrom(address: string, username: string, password: string): Promise<{ code: string | null; token: string | null }> {
    const res = await rawRequest(th.url, { method: 'POST', path: '/api/auth/login', body: JSON.stringify({ username, password }),
      headers: { 'x-forwarded-for': address } });
    const body = res.json as { ok: boolean; data?: { token: string }; error?: { code: string } };
    if (!body.ok) expectHttpRefusal(res, body.error?.code === 'LOGIN_LOCKED' ? 'LOGIN_LOCKED' : 'INVALID_CREDENTIALS');
    return { code: body.error?.code ?? null, token: body.data?.token ?? null };
  }
  const STRANGER = '192.168.5.66';
  const DESK = '192.168.5.10';

  it('a stranger guessing at the admin holds back only their own address: the admin logs in from elsewhere, in any case', async () => {
    for (let i = 0; i < 5; i += 1) expect((await loginFrom(STRANGER, 'admin', `guess-${i}`)).code).toBe('INVALID_CREDENTIALS');
    expect((await loginFrom(STRANGER, 'admin', ADMIN_PASSWORD)).code).toBe('LOGIN_LOCKED');
    expect((await loginFrom(STRANGER, 'ADMIN', ADMIN_PASSWORD)).code).toBe('LOGIN_LOCKED');
    expect((await loginFrom(STRANGER, 'Admin', 'again')).code).toBe('LOGIN_LOCKED');
    expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 });

    // The right password from the admin's own desk, however the name is typed, is never locked out.
    const token = (await loginFrom(DESK, 'Admin', ADMIN_PASSWORD)).token ?? '';
    expect(await api.ok('GET', '/api/auth/me', { token })).toMatchObject({ kind: 'user', role: 'admin' });
    expect(await login(th.url, 'admin', ADMIN_PASSWORD)).toMatch(/^[A-Za-z0-9_-]+$/);
    // Another account on the stranger's address is not held back by the guesses at "admin".
    expect((await loginFrom(STRANGER, 'staff', STAFF_PASSWORD)).token).not.toBeNull();
  });

  it('the delay grows with every further wrong password: 30 s, then 1 min, then 2 min', async () => {
    for (let i = 0; i < 5; i += 1) await loginFrom(STRANGER, 'staff', `guess-${i}`);
    clock.advance(29_999);
    expect((await loginFrom(STRANGER, 'staff', STAFF_PASSWORD)).code).toBe('LOGIN_LOCKED');
    clock.advance(1);
    expect((await loginFrom(STRANGER, 'STAFF', 'sixth-guess')).code).toBe('INVALID_CREDENTIALS');
    clock.advance(59_999);
    expect((await loginFrom(STRANGER, 'staff', STAFF_PASSWORD)).code).toBe('LOGIN_LOCKED');
    clock.advance(1);
    expect((await loginFrom(STRANGER, 'staff', 'seventh-guess')).code).toBe('INVALID_CREDENTIALS');
    clock.advance(119_999);
    expect((await loginFrom(STRANGER, 'staff', STAFF_PASSWORD)).code).toBe('LOGIN_LOCKED');
    clock.advance(1);
    expect((await loginFrom(STRANGER, 'staff', STAFF_PASSWORD)).token).not.toBeNull();
  });

  it('an administrator lifts the locks on a name at once, with an audit line; nobody else can', async () => {
    for (let i = 0; i < 7; i += 1) await loginFrom(DESK, 'staff', `guess-${i}`);
    expect((await loginFrom(DESK, 'staff', STAFF_PASSWORD)).code).toBe('LOGIN_LOCKED');
    const staffToken = await login(th.url, 'staff');
    await api.refused('POST', '/api/auth/unlock', 'FORBIDDEN', { token: staffToken, body: { username: 'staff' } });
    expect((await loginFrom(DESK, 'staff', STAFF_PASSWORD)).code).toBe('LOGIN_LOCKED');

    const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
    expect(await api.ok('POST', '/api/auth/unlock', { token: admin, body: { username: 'Staff' } })).toEqual({ username: 'staff', lifted: 1 });
    expect((await loginFrom(DESK, 'staff', STAFF_PASSWORD)).token).not.toBeNull();
    const audit = th.hall.db.prepare("SELECT command, subject FROM audit_log WHERE command = 'auth.unlock'").all();
    expect(audit).toEqual([{ command: 'auth.unlock', subject: 'login:staff' }]);
  });

  it('a successful login clears earlier failures', async () => {
    for (let i = 0; i < 4; i += 1) await api.refused('POST', '/api/auth/login', 'INVALID_CREDENTIALS', attempt('staff', `guess-${i}`));
    await login(th.url, 'staff');
    for (let i = 0; i < 4; i += 1) await api.refused('POST', '/api/auth/login', 'INVALID_CREDENTIALS', attempt('staff', `again-${i}`));
    await login(th.url, 'staff');
  });
});

describe('sessions', () => {
  it('logout ends the session for HTTP and for new socket connections', async () => {
    const token = await login(th.url, 'staff');
    const kept = await login(th.url, 'staff');
    expect(await api.ok('GET', '/api/auth/me', { token })).toMatchObject({ kind: 'user' });
    const socket = await connect(th.url, { token });
    sockets.push(socket);
    expect(await api.ok('POST', '/api/auth/logout', { token })).toEqual({});

    await api.refused('GET', '/api/auth/me', 'UNAUTHENTICATED', { token });
    await api.refused('POST', '/api/counters/1/open', 'UNAUTHENTICATED', { token, body: {} });
    await api.refused('POST', '/api/auth/logout', 'UNAUTHENTICATED', { token });
    await expect(connect(th.url, { token })).rejects.toThrow('UNAUTHENTICATED');
    // Only that session ended: the same user's other session still works.
    expect((await api.counter({ token: kept }, 1, 'open')).counter.status).toBe('open');
  });

  it('logout lets go of the sockets opened with that session, and only those', async () => {
    const token = await login(th.url, 'staff');
    const socket = await connect(th.url, { token });
    const other = await connect(th.url, { token: await login(th.url, 'staff') });
    sockets.push(socket, other);
    ok(await send(socket, 'counter.open', { counterId: 1 }));

    const before = fingerprint(th.hall.db);
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    await api.ok('POST', '/api/auth/logout', { token });
    expect(await dropped).toBe('io server disconnect');
    expect(other.connected).toBe(true);
    ok(await send(other, 'counter.desk', { counterId: 1 }));
    await expect(connect(th.url, { token })).rejects.toThrow('UNAUTHENTICATED');
    expect({ ...fingerprint(th.hall.db), sessions: 0 }).toEqual({ ...before, sessions: 0 });
  });

  it('a socket whose session expired is refused at its next command and let go', async () => {
    const token = await login(th.url, 'staff');
    const socket = await connect(th.url, { token });
    sockets.push(socket);
    ok(await send(socket, 'counter.open', { counterId: 1 }));
    clock.advance(12 * 60 * 60_000);

    const before = fingerprint(th.hall.db);
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    expectRefusal(await send(socket, 'counter.close', { counterId: 1 }), 'UNAUTHENTICATED');
    expect(await dropped).toBe('io server disconnect');
    expect(fingerprint(th.hall.db)).toEqual(before);
  });

  it('a session ends by itself after 12 hours', async () => {
    const token = await login(th.url, 'staff');
    clock.advance(12 * 60 * 60_000 - 1);
    await api.ok('GET', '/api/auth/me', { token });
    clock.advance(1);
    await api.refused('GET', '/api/auth/me', 'UNAUTHENTICATED', { token });
  });
});

describe('device keys', () => {
  it('an admin creates a device; its key is shown once and then opens a socket with that device\'s role', async () => {
    const admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
    const created = await api.ok<DeviceWithKey>('POST', '/api/devices',
      { ...admin, body: { kind: 'display', name: '二楼综合屏' } });
    const display = { ...created.device, key: created.key };
    expect(display).toMatchObject({ kind: 'display', name: '二楼综合屏' });
    expect(display.key).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const listed = await api.ok<Record<string, unknown>[]>('GET', '/api/devices', admin);
    expect(listed.find((d) => d.id === display.id)).toEqual({ id: display.id, kind: 'display', name: '二楼综合屏', printerId: null,
      counterId: null, centreId: null, centreIds: [], displayKind: 'hall', createdAt: expect.any(Number), lastSeenAt: null, online: 0,
      revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(display.key);
    const stored = th.hall.db.prepare('SELECT key_hash AS hash FROM devices WHERE id = ?').get(display.id) as { hash: string };
    expect(stored.hash).not.toContain(display.key);

    const socket = await connect(th.url, { deviceKey: display.key });
    sockets.push(socket);
    const snap = ok(await send(socket, 'hall.snapshot', {})) as HallSnapshot;
    expect(snap.counters.length).toBe(14);
    const before = fingerprint(th.hall.db);
    expectRefusal(await send(socket, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: 'display-tries-1' }), 'FORBIDDEN');
    expect(fingerprint(th.hall.db)).toEqual(before);

    // The kiosk's printer is configured first; this hall runs without the printing module, so slips are unavailable.
    ok((await http(th.url, 'PUT', '/api/printers/floor3-printer', { ...admin, body: { name: '三楼打印机', url: 'none', paperWidth: 80 } })).body);
    const kiosk = await api.ok<DeviceWithKey>('POST', '/api/devices',
      { ...admin, body: { kind: 'kiosk', name: '三楼取号机', printerId: 'floor3-printer' } });
    const issued = await api.ok<IssuedTicket>('POST', '/api/tickets',
      { deviceKey: kiosk.key, body: { serviceId: 'venue-booking', idempotencyKey: 'floor3-kiosk-1' } });
    expect(issued.ticket.number).toBe('P001');
    expect(issued.print).toEqual({ status: 'unavailable', printerId: 'floor3-printer' });
    const kioskSocket = await connect(th.url, { deviceKey: kiosk.key });
    sockets.push(kioskSocket);
    expectRefusal(await send(kioskSocket, 'counter.open', { counterId: 1 }), 'FORBIDDEN');
  });
});
