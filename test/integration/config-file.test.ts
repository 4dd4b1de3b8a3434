/**
 * The whole configuration as one file: exported by an admin, imported into another hall in one
 * transaction, or refused as a whole with every problem named and nothing changed.
 */
import { PNG } from 'pngjs';
import type { ConfigFile, ConfigImported } from '../../protocol/config-file';
import type { AuditLine, StaffView } from '../../protocol/admin';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { http, login, ok } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';

async function exportFrom(th: TestHall, token: string): Promise<ConfigFile> {
  return ok((await http<ConfigFile>(th.url, 'GET', '/api/admin/config', { token })).body);
}

/** The file with each uploaded sample's name replaced by its position (names are chosen by each hall). */
function renamedFiles<T>(file: T): T {
  const names = new Map<string, string>();
  const text = JSON.stringify(file).replace(/\/sample-files\/[a-z0-9]+\.(png|jpg|pdf)/g, (name) => {
    if (!names.has(name)) names.set(name, `/sample-files/upload-${names.size + 1}`);
    return names.get(name) ?? name;
  });
  return JSON.parse(text) as T;
}

function withoutTime(file: ConfigFile): Omit<ConfigFile, 'exportedAt'> {
  const { exportedAt: _ignored, ...rest } = file;
  return rest;
}

const PHOTO = `data:image/png;base64,${PNG.sync.write(Object.assign(new PNG({ width: 3, height: 4 }), { data: Buffer.alloc(48, 90) }))
  .toString('base64')}`;

const NEW_HALL = {
  name: '包头市东河区社会服务中心', nameMn: 'ᠳ᠋ᠦᠩᠾᠧ', complaintPhone: '0472-4170000', lateReturn: 'none' as const,
  priorityReasons: ['elderly70' as const], issuePerMinute: 12, caseDeadlineDays: 10,
};

describe('moving a hall', () => {
  it('export from the demo hall, import into an empty hall: the same configuration, and residents see its services at once', async () => {
    const demo = await startTestHall();
    const empty = await startTestHall({ seed: false, env: { SEED_DEMO: '0' } });
    try {
      const demoAdmin = await login(demo.url, 'admin', ADMIN_PASSWORD);
      // What an admin adds travels too: an uploaded sample form, a notice, a board page.
      const png = PNG.sync.write(Object.assign(new PNG({ width: 2, height: 2 }), { data: Buffer.alloc(16, 200) }));
      const upload = await http(demo.url, 'POST', '/api/admin/services/company-registration/samples', { token: demoAdmin,
        body: { title: '填写样表', content: `data:image/png;base64,${png.toString('base64')}` } });
      expect(upload.status).toBe(200);
      const notice = { text: '今日下午停电检修,自助机暂停使用', textMn: '', startsAt: Date.now(), endsAt: Date.now() + 3_600_000 };
      expect((await http(demo.url, 'POST', '/api/admin/notices', { token: demoAdmin, body: notice })).status).toBe(200);
      expect((await http(demo.url, 'PUT', '/api/admin/boards/commitment', { token: demoAdmin,
        body: { zh: { title: '服务承诺', body: '一次告知,限时办结' } } })).status).toBe(200);
      expect((await http(demo.url, 'PUT', '/api/admin/staff/2/photo', { token: demoAdmin, body: { content: PHOTO } })).status).toBe(200);
      const booking = { serviceId: 'company-registration', bookable: true, slotMinutes: 20, capacity: 6, walkInPercent: 40,
        daysAhead: 5, cancelMinutesBefore: 90 };
      expect((await http(demo.url, 'PUT', '/api/admin/booking-settings/company-registration', { token: demoAdmin,
        body: booking })).status).toBe(200);

      const file = await exportFrom(demo, demoAdmin);
      expect(file.centres).toHaveLength(6);
      expect(file.guides.find((g) => g.serviceId === 'company-registration')?.files.map((f) => f.content))
        .toEqual([`data:image/png;base64,${png.toString('base64')}`]);
      expect(file.announcements).toEqual([notice]);
      expect(file.boards.map((b) => b.id)).toEqual(['commitment']);
      expect(file.staff.filter((s) => s.photo !== null).map((s) => s.photo)).toEqual([PHOTO]);
      // Every service's booking settings travel, the configured one as configured.
      expect(file.bookings).toHaveLength(file.services.length);
      expect(file.bookings).toContainEqual(booking);
      const token = await login(empty.url, 'admin', ADMIN_PASSWORD);
      const res = await http<ConfigImported>(empty.url, 'PUT', '/api/admin/config', { token, body: file });
      expect(res.status).toBe(200);
      const imported = ok(res.body);
      expect(imported.applied).toMatchObject({ centres: 6, services: file.services.length, counters: file.counters.length,
        devices: file.devices.length, bookings: file.services.length });
      // Every device is registered anew: its address (with its new key) is answered once, and works.
      expect(imported.newDevices.map((d) => d.name)).toEqual(file.devices.map((d) => d.name));
      const kiosk = imported.newDevices.find((d) => d.kind === 'kiosk');
      const key = kiosk ? new URL(kiosk.url).searchParams.get('key') : null;
      expect((await http(empty.url, 'GET', '/api/snapshot', { deviceKey: key ?? '' })).status).toBe(200);
      // Uploaded files get new names in the new hall; everything else is the same.
      expect(renamedFiles(withoutTime(await exportFrom(empty, token)))).toEqual(renamedFiles(withoutTime(file)));
      // The moved structure is live at once: the public service list (what phones and kiosks read) has it.
      const services = ok((await http<{ services: { id: string }[] }>(empty.url, 'GET', '/api/services')).body);
      expect(services.services.map((s) => s.id).sort()).toEqual(file.services.filter((s) => s.enabled).map((s) => s.id).sort());
    } finally {
      await demo.close();
      await empty.close();
    }
  });
});

describe('a file written before bookings existed', () => {
  it('imports without a bookings section and leaves every service\'s booking settings as they are', async () => {
    const th = await startTestHall();
    try {
      const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
      const booking = { serviceId: 'elderly-allowance', bookable: true, slotMinutes: 30, capacity: 3, walkInPercent: 30,
        daysAhead: 3, cancelMinutesBefore: 30 };
      expect((await http(th.url, 'PUT', '/api/admin/booking-settings/elderly-allowance', { token: admin, body: booking })).status).toBe(200);
      const { bookings: _left, ...older } = await exportFrom(th, admin);
      const res = await http<ConfigImported>(th.url, 'PUT', '/api/admin/config', { token: admin, body: older });
      expect(res.status).toBe(200);
      expect(ok(res.body).applied.bookings).toBe(0);
      expect((await exportFrom(th, admin)).bookings).toContainEqual(booking);
    } finally {
      await th.close();
    }
  });
});

describe('the configuration file', () => {
  let th: TestHall;
  let admin: string;
  beforeEach(async () => {
    th = await startTestHall({ seed: false });
    admin = await login(th.url, 'admin', ADMIN_PASSWORD);
  });
  afterEach(async () => th.close());

  it('imports settings, calendar and accounts; new accounts get one-time passwords; every item is audited', async () => {
    const before = await exportFrom(th, admin);
    const file: ConfigFile = {
      ...before,
      hall: NEW_HALL,
      // A day's Mongolian name travels with it; one the file leaves empty stays empty.
      calendar: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', nameMn: 'ᠰᠢᠨ᠎ᠡ ᠵᠢᠯ' },
        { date: '2027-02-07', kind: 'workday', name: '春节调休', nameMn: '' }],
      staff: [...before.staff,
        // A photo travels as a data URL and is stored again by its bytes.
        { username: 'wangxl', displayName: '王晓兰', staffNumber: 'DH-0001', role: 'staff', centreId: null, active: true, photo: PHOTO },
        { username: 'lisi', displayName: '李四', staffNumber: 'DH-0002', role: 'supervisor', centreId: null, active: false, photo: null }],
    };
    const res = await http<ConfigImported>(th.url, 'PUT', '/api/admin/config', { token: admin, body: file });
    expect(res.status).toBe(200);
    const imported = ok(res.body);
    expect(imported.applied).toEqual({ hall: 1, calendar: 2, centres: 0, services: 0, bookings: 0, counters: 0, printers: before.printers.length,
      devices: 0, staff: before.staff.length + 2,
      guides: 0, announcements: 0, boards: 0 });
    expect(imported.newAccounts.map((a) => a.username)).toEqual(['wangxl', 'lisi']);

    expect(withoutTime(await exportFrom(th, admin))).toEqual(withoutTime(file));
    // A new account logs in with its one-time password and must choose its own first.
    const first = imported.newAccounts[0];
    if (!first) throw new Error('no new account');
    const session = await http<{ mustChangePassword: boolean }>(th.url, 'POST', '/api/auth/login',
      { body: { username: first.username, password: first.oneTimePassword } });
    expect(ok(session.body).mustChangePassword).toBe(true);

    const audit = ok((await http<AuditLine[]>(th.url, 'GET', '/api/audit', { token: admin })).body)
      .filter((line) => line.command === 'config.import');
    const subjects = audit.map((line) => line.subject);
    expect(subjects.filter((s) => !s.startsWith('staff:')).sort()).toEqual(['calendar:2027-01-01', 'calendar:2027-02-07', 'config', 'hall',
      'mnText:day:2027-01-01']);
    // Each existing account updated, two created, one of them disabled and the other given a photo as the file says.
    expect(subjects.filter((s) => s.startsWith('staff:'))).toHaveLength(before.staff.length + 4);
    expect(JSON.stringify(audit)).not.toContain(PHOTO.slice(30, 90));
    expect(JSON.stringify(audit)).not.toContain(first.oneTimePassword);
  });

  it('refuses a file with faults in several places as a whole, naming each, and changes nothing', async () => {
    const before = await exportFrom(th, admin);
    const staffBefore = ok((await http<StaffView[]>(th.url, 'GET', '/api/admin/staff', { token: admin })).body);
    const auditBefore = ok((await http<AuditLine[]>(th.url, 'GET', '/api/audit', { token: admin })).body);
    const broken: ConfigFile = {
      ...before,
      hall: NEW_HALL,
      calendar: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
      staff: [
        { username: 'wangxl', displayName: '王晓兰', staffNumber: 'DH-0001', role: 'staff', centreId: 'no-such-centre', active: true },
        { username: 'zhaoliu', displayName: '赵六', staffNumber: 'DH-0003', role: 'staff', centreId: null, active: true },
        // The only admin, demoted: the hall would be left without one (and it is the caller's own account).
        { username: 'admin', displayName: '管理员', staffNumber: null, role: 'staff', centreId: null, active: true },
        // A PDF where a photo belongs: judged by its bytes like any upload.
        { username: 'qianqi', displayName: '钱七', staffNumber: 'DH-0004', role: 'staff', centreId: null, active: true,
          photo: `data:image/png;base64,${Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64')}` },
      ],
      // Booking settings for a service the hall does not have.
      bookings: [{ serviceId: 'no-such-service', bookable: true, slotMinutes: 30, capacity: 4, walkInPercent: 50, daysAhead: 7,
        cancelMinutesBefore: 60 }],
    };
    const res = await http(th.url, 'PUT', '/api/admin/config', { token: admin, body: broken });
    expect(res.status).toBe(422);
    const error = expectRefusal(res.body, 'CONFIG_INVALID');
    expect(error.problems).toEqual(expect.arrayContaining([
      { path: 'staff.0.centreId', reason: 'BAD_REQUEST' },
      { path: 'staff.2.role', reason: 'LAST_ADMIN' },
      { path: 'staff.3.photo', reason: 'PHOTO_TYPE_REFUSED' },
      { path: 'bookings.0.serviceId', reason: 'SERVICE_NOT_FOUND' },
    ]));
    expect(error.problems?.some((p) => p.path.startsWith('staff.1'))).toBe(false);

    expect(withoutTime(await exportFrom(th, admin))).toEqual(withoutTime(before));
    expect(ok((await http<StaffView[]>(th.url, 'GET', '/api/admin/staff', { token: admin })).body)).toEqual(staffBefore);
    expect(ok((await http<AuditLine[]>(th.url, 'GET', '/api/audit', { token: admin })).body)).toEqual(auditBefore);
  });

  it('refuses a file broken in its form, naming every bad path; nobody anonymous may import', async () => {
    const before = await exportFrom(th, admin);
    const res = await http(th.url, 'PUT', '/api/admin/config', { token: admin, body: {
      ...before, version: 2, hall: { ...NEW_HALL, issuePerMinute: 0 },
      calendar: [{ date: '2027-02-30', kind: 'holiday', name: '假' }, { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-01', kind: 'workday', name: '调休' }],
    } });
    expect(res.status).toBe(400);
    const error = expectRefusal(res.body, 'BAD_REQUEST');
    expect(error.problems).toEqual(expect.arrayContaining([
      { path: 'version', reason: 'invalid_value' },
      { path: 'hall.issuePerMinute', reason: 'too_small' },
      { path: 'calendar.0.date', reason: 'custom:YYYY-MM-DD' },
      { path: 'calendar.2.date', reason: 'custom:duplicate date' },
    ]));
    expect(withoutTime(await exportFrom(th, admin))).toEqual(withoutTime(before));
    // Who may export and import is checked for every role by the command sweep (test/support/busy-hall.ts).
    expect((await http(th.url, 'PUT', '/api/admin/config', { body: before })).status).toBe(401);
  });
});
