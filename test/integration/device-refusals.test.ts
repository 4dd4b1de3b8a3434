/**
 * A refused device key says which way it is wrong, over both transports, so the device can tell the
 * technician what to do: unknown (mistyped, or replaced by a new key) or revoked. (A bad session token
 * stays UNAUTHENTICATED: test/integration/bad-input.test.ts.)
 */
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';

let th: TestHall;
let admin: ClientSocket;

beforeAll(async () => {
  th = await startTestHall();
  admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
});
afterAll(async () => {
  admin.close();
  await th.close();
});

async function refusals(deviceKey: string): Promise<{ socket: string; http: string; status: number }> {
  const socket = await connect(th.url, { deviceKey }).then((s) => {
    s.close();
    return 'connected';
  }, (err: Error) => err.message);
  const res = await http(th.url, 'GET', '/api/auth/me', { deviceKey });
  return { socket, http: res.body.ok ? 'ok' : res.body.error.code, status: res.status };
}

describe('a refused device key', () => {
  it('is unknown when the hall never issued it, or when the device was given a new key since', async () => {
    expect(await refusals('Z'.repeat(32))).toEqual({ socket: 'DEVICE_KEY_UNKNOWN', http: 'DEVICE_KEY_UNKNOWN', status: 401 });
    const issued = ok(await send(admin, 'device.issue', { kind: 'display', name: '二楼屏' }));
    ok(await send(admin, 'device.rekey', { deviceId: issued.device.id }));
    expect(await refusals(issued.key)).toEqual({ socket: 'DEVICE_KEY_UNKNOWN', http: 'DEVICE_KEY_UNKNOWN', status: 401 });
  });

  it('is revoked when an admin revoked the device, whether it was running or not', async () => {
    const issued = ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '侧门取号机' }));
    const running = await connect(th.url, { deviceKey: issued.key });
    ok(await send(running, 'hall.snapshot', {}));
    ok(await send(admin, 'device.revoke', { deviceId: issued.device.id }));
    expect(await refusals(issued.key)).toEqual({ socket: 'DEVICE_KEY_REVOKED', http: 'DEVICE_KEY_REVOKED', status: 401 });
    running.close();
  });
});
