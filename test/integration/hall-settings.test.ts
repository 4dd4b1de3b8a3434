/**
 * An admin configures the hall's texts and rules; they apply at once and survive a restart.
 */
import type { HallSnapshot } from '../../protocol/views';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { loadHallSettings } from '../../server/hall/settings';

const NEXT = {
  name: '青山区社会服务中心',
  nameMn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ',
  complaintPhone: '0472-5000100',
  lateReturn: 'none',
  priorityReasons: ['elderly70', 'disability', 'pregnancy'],
  issuePerMinute: 2,
  caseDeadlineDays: 10,
};

describe('hall settings', () => {
  let th: TestHall;
  beforeEach(async () => {
    th = await startTestHall();
  });
  afterEach(async () => th.close());

  it('an admin changes the hall texts and rules; kiosks see them and the rules apply at once', async () => {
    const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
    const saved = await http(th.url, 'PUT', '/api/settings', { token: admin, body: NEXT });
    expect(saved.status).toBe(200);
    expect(ok(saved.body)).toEqual({ ...NEXT, publicAddress: null,
      phones: { url: th.config.publicUrl, source: 'env', warning: 'loopback-url' } });

    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const snap = ok(await send(kiosk, 'hall.snapshot', {})) as HallSnapshot;
    expect(snap.hall).toMatchObject({ name: NEXT.name, complaintPhone: NEXT.complaintPhone, priorityReasons: NEXT.priorityReasons });
    expectRefusal(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey(), priority: 'military' }),
      'PRIORITY_REASON_INVALID');
    // The limit counts attempts, refused ones included: two a minute, and the refused one was the first.
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }));
    expectRefusal(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }), 'RATE_LIMITED');
    kiosk.close();

    expect(loadHallSettings(th.hall.db, th.config)).toMatchObject(NEXT);
  });

  it('only admins may read or change settings; bad values change nothing', async () => {
    const staff = await login(th.url, 'staff');
    expect((await http(th.url, 'GET', '/api/settings', { token: staff })).status).toBe(403);
    expect((await http(th.url, 'PUT', '/api/settings', { body: NEXT })).status).toBe(401);
    const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
    const before = ok((await http(th.url, 'GET', '/api/settings', { token: admin })).body);
    for (const bad of [{ ...NEXT, nameMn: 'Mongol' }, { ...NEXT, issuePerMinute: 0 }, { ...NEXT, lateReturn: 'twice' },
      { ...NEXT, priorityReasons: ['vip'] }, { ...NEXT, extra: 1 }, { name: 'x' }]) {
      const res = await http(th.url, 'PUT', '/api/settings', { token: admin, body: bad });
      expect(res.status).toBe(400);
    }
    expect(ok((await http(th.url, 'GET', '/api/settings', { token: admin })).body)).toEqual(before);
  });

  it('the address phones reach is set in the settings; a loopback address is flagged as data, not only on screen', async () => {
    const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
    const put = async (publicAddress: string | null): Promise<Record<string, unknown>> =>
      ok((await http<Record<string, unknown>>(th.url, 'PUT', '/api/settings', { token: admin, body: { ...NEXT, publicAddress } })).body);
    // The test hall's PUBLIC_URL is a loopback address: no phone could open its QR codes.
    const first = ok((await http<Record<string, unknown>>(th.url, 'GET', '/api/settings', { token: admin })).body);
    expect(first).toMatchObject({ publicAddress: null, phones: { url: 'http://127.0.0.1:1', source: 'env', warning: 'loopback-url' } });

    // A LAN address, but this test hall listens on 127.0.0.1 only: phones still could not reach it, and the answer says why.
    expect(await put('http://192.168.1.10:3000')).toMatchObject({ publicAddress: 'http://192.168.1.10:3000',
      phones: { url: 'http://192.168.1.10:3000', source: 'settings', warning: 'loopback-listen' } });
    // A page served from that address may use the API: it is one of the hall's own origins now.
    const fromPhone = await fetch(`${th.url}/api/services`, { headers: { origin: 'http://192.168.1.10:3000' } });
    expect(fromPhone.status).toBe(200);
    const elsewhere = await fetch(`${th.url}/api/services`, { headers: { origin: 'http://192.168.1.11:3000' } });
    expect(elsewhere.status).toBe(403);
    expect(loadHallSettings(th.hall.db, th.config)).toMatchObject({ publicUrl: 'http://192.168.1.10:3000' });

    expect(await put('http://localhost:3000')).toMatchObject({ phones: { source: 'settings', warning: 'loopback-url' } });
    expect(await put(null)).toMatchObject({ publicAddress: null, phones: { url: 'http://127.0.0.1:1', source: 'env' } });
    const refused = await http(th.url, 'PUT', '/api/settings', { token: admin, body: { ...NEXT, publicAddress: 'http://hall.local/queue' } });
    expect(expectRefusal(refused.body, 'BAD_REQUEST').fields).toEqual(['publicAddress']);
  });
});
