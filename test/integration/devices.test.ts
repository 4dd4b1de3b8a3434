/**
 * Devices through the real server: what a device may be tied to (and refusals naming the field), the
 * key shown once as a URL, revoke and re-key ending open sockets of the old key at once, a device
 * learning its own binding from its snapshot (live, without a reload), and last seen / online now.
 */
import { streamUntil } from '../../testkit/stream-until';
import { listedDevice, listedDeviceWhen } from '../support/device-list';
import { createHallStream, type HallStream } from '../../protocol/client/hall-stream';
import type { AuditLine, DeviceView, DeviceWithKey } from '../../protocol/admin';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { ManualClock } from '../support/clock';
import { savePrinter } from '../../server/db/queries/printing';
import { fingerprint } from '../support/state';

let th: TestHall;
let admin: ClientSocket;
let token: string;
const clock = new ManualClock(Date.parse('2026-03-02T09:00:00+08:00'));

beforeEach(async () => {
  clock.set(Date.parse('2026-03-02T09:00:00+08:00'));
  th = await startTestHall({ clock, beforeStart: (db) => savePrinter(db, { id: 'side-printer', name: '侧门打印机', url: 'simulated', paperWidth: 80 }) });
  token = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token });
});
afterEach(async () => {
  admin.close();
  await th.close();
});

function disconnected(socket: ClientSocket): Promise<void> {
  return new Promise((resolve) => socket.once('disconnect', () => resolve()));
}

const listed = (id: number): Promise<DeviceView | undefined> => listedDevice(admin, id);
const listedWhen = (id: number, match: (d: DeviceView | undefined) => boolean): Promise<DeviceView | undefined> =>
  listedDeviceWhen(admin, id, match);

describe('what a device may be tied to', () => {
  it('a counter, printer or centre that does not exist is a 400 naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'rating-pad', name: '评价器', counterId: 9999 }, 'counterId'],
      [{ kind: 'display', name: '窗口屏', counterId: 9999 }, 'counterId'],
      [{ kind: 'kiosk', name: '取号机', printerId: 'no-such-printer' }, 'printerId'],
      [{ kind: 'display', name: '中心屏', centreId: 'no-such-centre' }, 'centreId'],
      [{ kind: 'kiosk', name: '取号机', centreIds: ['legal-aid', 'no-such-centre'] }, 'centreIds.1'],
    ];
    const before = fingerprint(th.hall.db);
    for (const [body, field] of cases) {
      const res = await http(th.url, 'POST', '/api/admin/devices', { token, body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', fields: [field] } });
    }
    expect(fingerprint(th.hall.db)).toEqual(before);
  });

  it('each kind takes only its own links: a rating pad needs a counter, a display shows one scope', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: 'rating-pad', name: '评价器' }, ['counterId']],
      [{ kind: 'rating-pad', name: '评价器', counterId: 3, printerId: 'side-printer' }, ['printerId']],
      [{ kind: 'display', name: '屏', centreId: 'legal-aid', counterId: 3 }, ['centreId']],
      [{ kind: 'display', name: '屏', printerId: 'side-printer' }, ['printerId']],
      [{ kind: 'kiosk', name: '取号机', counterId: 3, centreId: 'legal-aid' }, ['counterId', 'centreId']],
    ];
    for (const [input, fields] of cases) {
      expect(expectRefusal(await send(admin, 'device.issue', input), 'BAD_REQUEST').fields).toEqual(fields);
    }
    const pad = ok(await send(admin, 'device.issue', { kind: 'rating-pad', name: '3号窗口评价器', counterId: 3 }));
    // An edit is checked on the device as it would be afterwards.
    expect(expectRefusal(await send(admin, 'device.update', { deviceId: pad.device.id, counterId: null }), 'BAD_REQUEST').fields)
      .toEqual(['counterId']);
    expect(expectRefusal(await send(admin, 'device.update', { deviceId: pad.device.id, counterId: 9999 }), 'BAD_REQUEST').fields)
      .toEqual(['counterId']);
    expect(ok(await send(admin, 'device.update', { deviceId: pad.device.id, counterId: 4, name: '4号窗口评价器' })))
      .toMatchObject({ counterId: 4, name: '4号窗口评价器' });
  });
});

describe('what a device is tied to stays', () => {
  it('a centre a kiosk offers or a display shows is not removed under it; a revoked device lets go', async () => {
    const centre = ok(await send(admin, 'centre.create', { name: '便民服务中心', nameMn: 'ᠲᠥᠪ', icon: 'heart' }));
    const kiosk = ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '便民取号机', centreIds: [centre.id] }));
    const display = ok(await send(admin, 'device.issue', { kind: 'display', name: '便民屏', centreId: centre.id }));
    expect(expectRefusal(await send(admin, 'centre.remove', { id: centre.id }), 'IN_USE').fields).toEqual(['devices']);
    ok(await send(admin, 'device.update', { deviceId: kiosk.device.id, centreIds: [] }));
    expect(expectRefusal(await send(admin, 'centre.remove', { id: centre.id }), 'IN_USE').fields).toEqual(['devices']);
    ok(await send(admin, 'device.revoke', { deviceId: display.device.id }));
    ok(await send(admin, 'centre.remove', { id: centre.id }));
  });

  it('a counter whose rating pad was revoked can be removed', async () => {
    const counter = ok(await send(admin, 'counter.create', { id: 40, name: '40号窗口', centreId: 'legal-aid', serviceIds: ['legal-consultation'] }));
    const pad = ok(await send(admin, 'device.issue', { kind: 'rating-pad', name: '40号评价器', counterId: counter.id }));
    expectRefusal(await send(admin, 'counter.remove', { id: counter.id }), 'IN_USE');
    ok(await send(admin, 'device.revoke', { deviceId: pad.device.id }));
    ok(await send(admin, 'counter.remove', { id: counter.id }));
  });
});

describe('keys', () => {
  it('a new key is shown once as the URL the device opens, over the admin HTTP paths', async () => {
    const res = await http<DeviceWithKey>(th.url, 'POST', '/api/admin/devices',
      { token, body: { kind: 'kiosk', name: '二楼取号机', printerId: 'side-printer', centreIds: ['legal-aid', 'social-services'] } });
    expect(res.status).toBe(200);
    const { device, key, url } = ok(res.body);
    expect(url).toBe(`http://127.0.0.1:1/kiosk/?key=${key}`);
    expect(device).toMatchObject({ kind: 'kiosk', printerId: 'side-printer', centreIds: ['legal-aid', 'social-services'],
      lastSeenAt: null, online: 0, revokedAt: null });
    const got = await http<DeviceView>(th.url, 'GET', `/api/admin/devices/${device.id}`, { token });
    expect(ok(got.body)).toEqual(device);
    expect(JSON.stringify(ok(await send(admin, 'device.list', {})))).not.toContain(key);
    expect(JSON.stringify(ok(await send(admin, 'audit.list', {})))).not.toContain(key);
  });

  it('re-keying drops the open socket of the old key at once; the old key is refused, the new one works', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'display', name: '一楼综合屏' }));
    const display = await connect(th.url, { deviceKey: issued.key });
    ok(await send(display, 'hall.snapshot', {}));
    const gone = disconnected(display);
    const res = await http<DeviceWithKey>(th.url, 'POST', `/api/admin/devices/${issued.device.id}/rekey`, { token, body: {} });
    expect(res.status).toBe(200);
    const rekeyed = ok(res.body);
    await gone;
    expect(rekeyed.key).not.toBe(issued.key);
    expect(rekeyed.url).toBe(`http://127.0.0.1:1/display/?key=${rekeyed.key}`);
    // The old key is not the device's any more: unknown, as a mistyped one.
    await expect(connect(th.url, { deviceKey: issued.key })).rejects.toThrow('DEVICE_KEY_UNKNOWN');
    expect((await http(th.url, 'GET', '/api/snapshot', { deviceKey: issued.key })).status).toBe(401);
    const fresh = await connect(th.url, { deviceKey: rekeyed.key });
    expect(ok(await send(fresh, 'hall.snapshot', {})).device).toMatchObject({ id: issued.device.id, kind: 'display' });
    fresh.close();
    const [line] = ok(await send(admin, 'audit.list', {})) as AuditLine[];
    expect(line).toMatchObject({ command: 'device.rekey', subject: `device:${issued.device.id}`, after: { keyReplaced: true } });
    expect(JSON.stringify(line)).not.toContain(rekeyed.key);
  });

  it('the demo devices are revoked like any other, at DELETE /api/admin/devices/:id, with their history kept', async () => {
    const kioskId = th.seed.devices.find((d) => d.kind === 'kiosk')?.id ?? 0;
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'legal-consultation', idempotencyKey: idemKey() }));
    const gone = disconnected(kiosk);
    const res = await http(th.url, 'DELETE', `/api/admin/devices/${kioskId}`, { token });
    expect(res.status).toBe(200);
    await gone;
    await expect(connect(th.url, { deviceKey: th.kioskKey })).rejects.toThrow('DEVICE_KEY_REVOKED');
    expect(await listed(kioskId)).toBeUndefined();
    expect(ok(await send(admin, 'device.get', { deviceId: kioskId }))).toMatchObject({ id: kioskId, revokedAt: clock.now() });
    expectRefusal(await send(admin, 'device.update', { deviceId: kioskId, name: '复活' }), 'NOT_FOUND');
    expectRefusal(await send(admin, 'device.rekey', { deviceId: kioskId }), 'NOT_FOUND');
  });
});

describe('a device learns its own binding from its snapshot', () => {
  let stream: HallStream | null = null;
  afterEach(() => stream?.close());

  it('a kiosk sees the centres it offers, and a change reaches it open, without a reload', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '法律取号机', printerId: 'side-printer',
      centreIds: ['legal-aid', 'social-services'] }));
    stream = createHallStream({ url: th.url, auth: { deviceKey: issued.key } });
    const first = await streamUntil(stream, (s) => s.status === 'online');
    expect(first.snapshot?.device).toEqual({ id: issued.device.id, kind: 'kiosk', name: '法律取号机', printerId: 'side-printer',
      counterId: null, centreId: null, centreIds: ['legal-aid', 'social-services'], displayKind: null });
    ok(await send(admin, 'device.update', { deviceId: issued.device.id, centreIds: ['culture-sports'] }));
    const after = await streamUntil(stream, (s) => s.snapshot?.device?.centreIds.join() === 'culture-sports');
    expect(after.status).toBe('online');
  });

  it('a kiosk limited to some centres issues only their services; freed of the limit, it issues every one', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '法律取号机', centreIds: ['legal-aid'] }));
    const kiosk = await connect(th.url, { deviceKey: issued.key });
    const before = fingerprint(th.hall.db);
    const refused = expectRefusal(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: idemKey() }),
      'SERVICE_NOT_OFFERED');
    expect(refused.fields).toEqual(['serviceId']);
    expect(fingerprint(th.hall.db)).toEqual(before);
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'legal-consultation', idempotencyKey: idemKey() }));
    ok(await send(admin, 'device.update', { deviceId: issued.device.id, centreIds: [] }));
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: idemKey() }));
    kiosk.close();
  });

  it('a kiosk moved to another printer prints its next slip there', async () => {
    const kioskId = th.seed.devices.find((d) => d.kind === 'kiosk')?.id ?? 0;
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    ok(await send(admin, 'device.update', { deviceId: kioskId, printerId: 'side-printer' }));
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'legal-consultation', idempotencyKey: idemKey() }));
    expect(issued.print.printerId).toBe('side-printer');
    expect(ok(await send(kiosk, 'hall.snapshot', {})).device?.printerId).toBe('side-printer');
    kiosk.close();
  });

  it('a device whose key is revoked while it runs hears why: its stream knocks again and is refused', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'display', name: '走廊屏' }));
    stream = createHallStream({ url: th.url, auth: { deviceKey: issued.key }, retryDelayMs: 20 });
    await streamUntil(stream, (s) => s.status === 'online');
    ok(await send(admin, 'device.revoke', { deviceId: issued.device.id }));
    const refused = await streamUntil(stream, (s) => s.refusedWith !== null);
    expect(refused).toMatchObject({ status: 'offline', refusedWith: 'DEVICE_KEY_REVOKED' });
  });

  it('a display scoped to one centre or one counter says so; staff snapshots carry no device', async () => {
    const centre = ok(await send(admin, 'device.issue', { kind: 'display', name: '法律中心屏', centreId: 'legal-aid' }));
    const window = ok(await send(admin, 'device.issue', { kind: 'display', name: '3号窗口屏', counterId: 3 }));
    for (const [issued, scope] of [[centre, { centreId: 'legal-aid', counterId: null }], [window, { centreId: null, counterId: 3 }]] as const) {
      const socket = await connect(th.url, { deviceKey: issued.key });
      expect(ok(await send(socket, 'hall.snapshot', {})).device).toMatchObject({ kind: 'display', ...scope });
      socket.close();
    }
    expect(ok(await send(admin, 'hall.snapshot', {})).device).toBeNull();
  });
});

describe('last seen and online now', () => {
  it('connect and disconnect are recorded; a busy device writes at most once a minute', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'display', name: '大厅屏' }));
    expect(await listed(issued.device.id)).toMatchObject({ online: 0, lastSeenAt: null });

    const connectedAt = clock.now();
    const display = await connect(th.url, { deviceKey: issued.key });
    expect(await listedWhen(issued.device.id, (d) => d?.online === 1)).toMatchObject({ lastSeenAt: connectedAt });
    const second = await connect(th.url, { deviceKey: issued.key });
    await listedWhen(issued.device.id, (d) => d?.online === 2);

    clock.advance(30_000);
    ok(await send(display, 'hall.snapshot', {}));
    expect(await listed(issued.device.id)).toMatchObject({ lastSeenAt: connectedAt });
    clock.advance(31_000);
    ok(await send(display, 'hall.snapshot', {}));
    expect(await listed(issued.device.id)).toMatchObject({ lastSeenAt: connectedAt + 61_000 });
    // Over HTTP too.
    clock.advance(61_000);
    expect((await http(th.url, 'GET', '/api/snapshot', { deviceKey: issued.key })).status).toBe(200);
    expect(await listed(issued.device.id)).toMatchObject({ lastSeenAt: connectedAt + 122_000 });

    clock.advance(5_000);
    second.close();
    expect(await listedWhen(issued.device.id, (d) => d?.online === 1)).toMatchObject({ lastSeenAt: connectedAt + 127_000 });
    display.close();
    await listedWhen(issued.device.id, (d) => d?.online === 0);
  });
});
