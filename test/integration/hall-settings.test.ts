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
    expect(ok(saved.body)).toEqual(NEXT);

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
});
