/**
 * Administration goes through the command bus like everything else: devices, hall settings and
 * printers are commands with permits and schemas, reached over socket.io and the stable HTTP paths,
 * and every change leaves one append-only audit line (who, when, which command, before and after).
 */
import type { AuditLine, HallSettingsView } from '../../protocol/admin';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { registry } from '../../server/commands/registry';
import { DEFAULT_HALL_SETTINGS, loadHallSettings, storeHallSettings } from '../../server/hall/settings';

let th: TestHall;
let admin: ClientSocket;
let adminToken: string;

beforeEach(async () => {
  th = await startTestHall();
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token: adminToken });
});
afterEach(async () => {
  admin.close();
  await th.close();
});

async function auditTrail(): Promise<AuditLine[]> {
  return ok(await send(admin, 'audit.list', {}));
}

function disconnected(socket: ClientSocket): Promise<void> {
  return new Promise((resolve) => socket.once('disconnect', () => resolve()));
}

describe('administrative commands', () => {
  it('issuing a device key over the socket writes an audit line that never holds the key', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'display', name: '二楼综合屏' }));
    expect(issued.key.length).toBeGreaterThanOrEqual(16);
    expect(issued.url).toBe(`${th.config.publicUrl}/display/?key=${issued.key}`);
    const [line, ...older] = await auditTrail();
    expect(older).toEqual([]);
    expect(line).toMatchObject({ command: 'device.issue', actor: expect.stringMatching(/^user:\d+$/), subject: `device:${issued.device.id}`,
      before: null, after: { id: issued.device.id, kind: 'display', name: '二楼综合屏', printerId: null, counterId: null, centreId: null,
        centreIds: [] } });
    expect(JSON.stringify(line)).not.toContain(issued.key);
    const display = await connect(th.url, { deviceKey: issued.key });
    ok(await send(display, 'hall.snapshot', {}));
    display.close();
  });

  it('changing the hall settings records the settings before and after, and applies them at once', async () => {
    const { phones, ...before } = ok(await send(admin, 'hall.settings', {}));
    const next: HallSettingsView = { ...before, name: '昆都仑区社会服务中心', issuePerMinute: 7 };
    expect(ok(await send(admin, 'hall.updateSettings', next))).toEqual({ ...next, phones });
    expect(ok(await send(admin, 'hall.settings', {}))).toEqual({ ...next, phones });
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'hall.updateSettings', subject: 'hall', before, after: next });
  });

  it('saving a printer is audited over HTTP too; an address the printer layer cannot read changes nothing', async () => {
    const refused = await http(th.url, 'PUT', '/api/printers/lobby-right', { token: adminToken,
      body: { name: '右侧打印机', url: 'not-a-printer', paperWidth: 80 } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', fields: ['url'] } });
    expect(await auditTrail()).toEqual([]);

    const saved = await http(th.url, 'PUT', '/api/printers/lobby-right', { token: adminToken,
      body: { name: '右侧打印机', url: 'tcp://192.168.1.50:9100', paperWidth: 58 } });
    expect(ok(saved.body)).toMatchObject({ id: 'lobby-right', name: '右侧打印机', url: 'tcp://192.168.1.50:9100', paperWidth: 58 });
    const listed = ok(await send(admin, 'printer.list', {}));
    expect(listed.find((p) => p.id === 'lobby-right')).toMatchObject({ url: 'tcp://192.168.1.50:9100' });
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'printer.save', subject: 'printer:lobby-right', before: null,
      after: { id: 'lobby-right', url: 'tcp://192.168.1.50:9100', paperWidth: 58 } });
  });

  it('an administrative change that writes no audit line is rolled back', async () => {
    const { phones, ...before } = ok(await send(admin, 'hall.settings', {}));
    expect(phones.url).toBe(th.config.publicUrl);
    const original = registry['hall.updateSettings'];
    // A handler that forgets its audit line: the bus refuses to commit what it changed.
    registry['hall.updateSettings'] = { ...original, run: (ctx, input) => {
      storeHallSettings(ctx.db, { ...DEFAULT_HALL_SETTINGS, name: input.name });
      return registry['hall.settings'].run(ctx, {});
    } };
    try {
      expectRefusal(await send(admin, 'hall.updateSettings', { ...before, name: '不留痕迹的名称' }), 'INTERNAL');
    } finally {
      registry['hall.updateSettings'] = original;
    }
    // What is stored is what a restart would read.
    expect(loadHallSettings(th.hall.db, th.config)).toMatchObject(before);
    expect(await auditTrail()).toEqual([]);
  });

  it('the audit trail is append-only and read newest first', async () => {
    ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '一号取号机' }));
    ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '二号取号机' }));
    const lines = await auditTrail();
    expect(lines.map((l) => (l.after as { name: string }).name)).toEqual(['二号取号机', '一号取号机']);
    expect(ok(await send(admin, 'audit.list', { beforeId: lines[0]?.id }))).toEqual([lines[1]]);
    expect(() => th.hall.db.prepare('UPDATE audit_log SET actor = ?').run('user:999')).toThrow(/append-only/);
    expect(() => th.hall.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(await auditTrail()).toEqual(lines);
  });

  it('only admins administer; supervisors may list printers; refusals leave no audit line', async () => {
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    for (const [name, input] of [['device.list', {}], ['device.issue', { kind: 'kiosk', name: 'x' }], ['device.revoke', { deviceId: 1 }],
      ['hall.settings', {}], ['printer.list', {}], ['audit.list', {}], ['auth.unlock', { username: 'staff' }], ['counter.release', { counterId: 1 }]] as const) {
      expectRefusal(await send(staff, name, input), 'FORBIDDEN');
    }
    staff.close();
    expect(await auditTrail()).toEqual([]);
  });
});

describe('revoking a device key', () => {
  it('ends the device’s open connections at once and refuses its key afterwards', async () => {
    const display = await connect(th.url, { deviceKey: th.displayKey });
    ok(await send(display, 'hall.snapshot', {}));
    const deviceId = ok(await send(admin, 'device.list', {})).find((d) => d.kind === 'display')?.id ?? 0;
    const gone = disconnected(display);
    const revoked = ok(await send(admin, 'device.revoke', { deviceId }));
    expect(revoked).toMatchObject({ id: deviceId, kind: 'display', revokedAt: expect.any(Number) });
    await gone;
    await expect(connect(th.url, { deviceKey: th.displayKey })).rejects.toThrow('DEVICE_KEY_REVOKED');
    expect((await http(th.url, 'GET', '/api/snapshot', { deviceKey: th.displayKey })).status).toBe(401);
    expect(ok(await send(admin, 'device.list', {})).map((d) => d.id)).not.toContain(deviceId);
    const [line] = await auditTrail();
    expect(line).toMatchObject({ command: 'device.revoke', subject: `device:${deviceId}`, before: { id: deviceId, revokedAt: null },
      after: { id: deviceId, revokedAt: expect.any(Number) } });
    expectRefusal(await send(admin, 'device.revoke', { deviceId }), 'NOT_FOUND');
  });

  it('is reached over HTTP at POST /api/devices/:id/revoke', async () => {
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const deviceId = ok(await send(admin, 'device.list', {})).find((d) => d.kind === 'kiosk')?.id ?? 0;
    const gone = disconnected(kiosk);
    const res = await http(th.url, 'POST', `/api/devices/${deviceId}/revoke`, { token: adminToken, body: {} });
    expect(res.status).toBe(200);
    await gone;
    expect((await http(th.url, 'GET', '/api/snapshot', { deviceKey: th.kioskKey })).status).toBe(401);
  });
});

describe('public reads', () => {
  it('service.list answers every caller, with or without a credential, over both transports', async () => {
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const phone = await connect(th.url);
    for (const socket of [kiosk, phone, admin]) expect(ok(await send(socket, 'service.list', {})).services.length).toBeGreaterThan(0);
    kiosk.close();
    phone.close();
    for (const creds of [{}, { deviceKey: th.displayKey }, { token: adminToken }]) {
      expect((await http(th.url, 'GET', '/api/services', creds)).status).toBe(200);
    }
  });
});
