/**
 * Notices (公告) through the real server: admins create, edit and remove them (audited; bad input
 * changes nothing), and a notice starts and ends showing on open kiosks and displays by the hall's
 * clock, with nobody changing anything.
 */
import { streamUntil } from '../../testkit/stream-until';
import type { AnnouncementView } from '../../protocol/public-info';
import type { AuditLine } from '../../protocol/admin';
import { createHallStream, type HallStream, type HallStreamState } from '../../protocol/client/hall-stream';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { insertUser } from '../../server/db/queries/users';
import { hashPassword } from '../../server/auth/password';
import { beijing, ManualClock } from '../support/clock';
import { expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';

const MINUTE = 60_000;
let th: TestHall;
let clock: ManualClock;
let admin: ClientSocket;
let adminToken: string;
const streams: HallStream[] = [];

function open(deviceKey: string): HallStream {
  const stream = createHallStream({ url: th.url, auth: { deviceKey } });
  streams.push(stream);
  return stream;
}

const texts = (s: HallStreamState): string[] => (s.snapshot?.notices ?? []).map((n) => n.text);

async function startHall(withClock: boolean): Promise<void> {
  clock = new ManualClock(beijing('2026-11-30T08:00:00'));
  th = await startTestHall(withClock ? { clock } : {});
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token: adminToken });
}

afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  admin.close();
  await th.close();
});

describe('keeping notices', () => {
  beforeEach(() => startHall(true));

  it('create, read, update and remove over HTTP, each audited and shown on open screens at once', async () => {
    const kiosk = open(th.kioskKey);
    await streamUntil(kiosk, (s) => s.status === 'online');
    const body = { text: '今日14:00-15:00停电检修，暂停取号', textMn: 'ᠥᠨᠦᠳᠦᠷ ᠴᠠᠬᠢᠯᠭᠠᠨ ᠲᠠᠰᠤᠷᠠᠨ᠎ᠠ',
      startsAt: clock.now() - MINUTE, endsAt: clock.now() + 60 * MINUTE };
    const created = await http<AnnouncementView>(th.url, 'POST', '/api/admin/notices', { token: adminToken, body });
    expect(created.status).toBe(200);
    const notice = ok(created.body);
    expect(notice).toEqual({ id: expect.any(Number), ...body });
    await streamUntil(kiosk, (s) => texts(s).includes(body.text));

    expect(ok((await http<AnnouncementView[]>(th.url, 'GET', '/api/admin/notices', { token: adminToken })).body)).toEqual([notice]);
    expect(ok((await http<AnnouncementView>(th.url, 'GET', `/api/admin/notices/${notice.id}`, { token: adminToken })).body)).toEqual(notice);

    const changed = { text: '今日15:00-16:00停电检修', startsAt: body.startsAt, endsAt: body.endsAt };
    const updated = ok((await http<AnnouncementView>(th.url, 'PUT', `/api/admin/notices/${notice.id}`, { token: adminToken, body: changed })).body);
    expect(updated).toEqual({ id: notice.id, ...changed, textMn: '' });
    await streamUntil(kiosk, (s) => texts(s).includes(changed.text));

    const removed = await http<AnnouncementView>(th.url, 'DELETE', `/api/admin/notices/${notice.id}`, { token: adminToken });
    expect(ok(removed.body)).toEqual(updated);
    await streamUntil(kiosk, (s) => texts(s).length === 0);
    expect((await http(th.url, 'GET', `/api/admin/notices/${notice.id}`, { token: adminToken })).status).toBe(404);

    const trail = (ok(await send(admin, 'audit.list', {})) as AuditLine[]).filter((l) => l.subject === `announcement:${notice.id}`);
    expect(trail.map((l) => l.command)).toEqual(['announcement.remove', 'announcement.update', 'announcement.create']);
    expect(trail[2]).toMatchObject({ before: null, after: notice });
    expect(trail[0]).toMatchObject({ before: updated, after: null });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const start = clock.now();
    const good = { text: '今日停电', startsAt: start, endsAt: start + MINUTE };
    const before = fingerprint(th.hall.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, endsAt: start }, 'endsAt'],
      [{ ...good, endsAt: start - MINUTE }, 'endsAt'],
      [{ ...good, text: '' }, 'text'],
      [{ ...good, text: 'x'.repeat(201) }, 'text'],
      [{ ...good, textMn: '今日停电' }, 'textMn'],
      [{ ...good, startsAt: '2026-11-30' }, 'startsAt'],
      [{ ...good, startsAt: 100 }, 'startsAt'],
    ];
    for (const [input, field] of cases) {
      expect(expectRefusal(await send(admin, 'announcement.create', input)).fields).toContain(field);
    }
    expect(expectRefusal(await send(admin, 'announcement.update', { id: 999, ...good }), 'NOT_FOUND').fields).toEqual(['id']);
    expectRefusal(await send(admin, 'announcement.remove', { id: 999 }), 'NOT_FOUND');
    expect(fingerprint(th.hall.db)).toEqual(before);
  });

  it('supervisors read notices; staff and devices may not touch them', async () => {
    insertUser(th.hall.db, { username: 'leader', displayName: '中心主任', role: 'supervisor', passwordHash: hashPassword(STAFF_PASSWORD) }, clock.now());
    const leader = await connect(th.url, { token: await login(th.url, 'leader') });
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const input = { text: '今日停电', startsAt: clock.now(), endsAt: clock.now() + MINUTE };
    expect(ok(await send(leader, 'announcement.list', {}))).toEqual([]);
    expectRefusal(await send(leader, 'announcement.create', input), 'FORBIDDEN');
    expectRefusal(await send(staff, 'announcement.list', {}), 'FORBIDDEN');
    expectRefusal(await send(kiosk, 'announcement.create', input), 'FORBIDDEN');
    for (const s of [leader, staff, kiosk]) s.close();
  });
});

describe('a notice shows by the clock', () => {
  it('starts and ends at its times on an open kiosk and display, by the hall clock', async () => {
    await startHall(true);
    const kiosk = open(th.kioskKey);
    const display = open(th.displayKey);
    await streamUntil(kiosk, (s) => s.status === 'online');
    await streamUntil(display, (s) => s.status === 'online');
    const startsAt = beijing('2026-11-30T14:00:00');
    const endsAt = beijing('2026-11-30T15:00:00');
    ok(await send(admin, 'announcement.create', { text: '今日14:00-15:00停电', startsAt, endsAt }));
    // Created in the morning: listed for admins, not yet on any screen.
    expect(texts(kiosk.state)).toEqual([]);
    expect(ok(await send(admin, 'announcement.list', {}))).toHaveLength(1);

    clock.set(startsAt);
    th.hall.announcements.check();
    await streamUntil(kiosk, (s) => texts(s).includes('今日14:00-15:00停电'));
    await streamUntil(display, (s) => texts(s).includes('今日14:00-15:00停电'));

    clock.set(endsAt - 1);
    th.hall.announcements.check();
    expect(texts(kiosk.state)).toEqual(['今日14:00-15:00停电']);

    clock.set(endsAt);
    th.hall.announcements.check();
    await streamUntil(kiosk, (s) => texts(s).length === 0);
    await streamUntil(display, (s) => texts(s).length === 0);
  });

  it('the server wakes by itself when a notice starts and ends (real clock)', async () => {
    await startHall(false);
    const display = open(th.displayKey);
    await streamUntil(display, (s) => s.status === 'online');
    const startsAt = Date.now() + 800;
    ok(await send(admin, 'announcement.create', { text: '即将开始的公告', startsAt, endsAt: startsAt + 800 }));
    expect(texts(display.state)).toEqual([]);
    await streamUntil(display, (s) => texts(s).includes('即将开始的公告'));
    await streamUntil(display, (s) => texts(s).length === 0);
  });
});
