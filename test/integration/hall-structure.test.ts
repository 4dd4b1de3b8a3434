/**
 * Centres, services and counters edited through the console's commands (HTTP here; socket.io reaches the
 * same handlers): created, changed and deleted with an audit line each; refused with the field and the
 * reason when the input would clash or dangle, or when the thing is still in use — and then nothing changes.
 */
import type { CentreAdminView, CentreAdminEntry, CounterAdminView, ServiceAdminView, ServiceAdminEntry } from '../../protocol/structure';
import type { AuditLine } from '../../protocol/admin';
import type { ErrorCode } from '../../protocol/errors';
import type { Db } from '../../server/db/open';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';

/** Everything a structure command could touch, to compare before and after a refusal. */
function structure(db: Db): unknown {
  const all = (sql: string): unknown[] => db.prepare(sql).all();
  return {
    centres: all('SELECT * FROM centres ORDER BY id'),
    services: all('SELECT * FROM services ORDER BY id'),
    counters: all('SELECT * FROM counters ORDER BY id'),
    links: all('SELECT * FROM counter_services ORDER BY counter_id, position'),
    guides: all('SELECT service_id FROM service_guides ORDER BY service_id'),
    audit: all('SELECT COUNT(*) AS n FROM audit_log'),
  };
}

const HOURS = { timetables: [{ startsOn: '01-01', week: [['08:30-12:00', '14:30-17:30'], ['08:30-12:00'], [], [], [], [], []] }] };

describe('the hall structure', () => {
  let th: TestHall;
  let admin: string;
  const call = (method: string, path: string, body?: unknown, token = admin) =>
    http(th.url, method, path, { token, ...(body !== undefined ? { body } : {}) });
  async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await call(method, path, body);
    return ok(res.body) as T;
  }
  /** The request is refused with `code` naming `fields`, and the structure is as it was. */
  async function refused(method: string, path: string, body: unknown, code: ErrorCode, fields?: string[],
    token = admin): Promise<void> {
    const before = structure(th.hall.db);
    const res = await call(method, path, body, token);
    const error = expectRefusal(res.body, code);
    expect(error.fields).toEqual(fields);
    expect(structure(th.hall.db)).toEqual(before);
  }
  const auditTrail = async (): Promise<AuditLine[]> => api<AuditLine[]>('GET', '/api/audit');

  beforeEach(async () => {
    th = await startTestHall();
    admin = await login(th.url, 'admin', ADMIN_PASSWORD);
  });
  afterEach(async () => th.close());

  it("the centres' and services' lists say whether each Mongolian name is reviewed, as the translation workbench does", async () => {
    const statusOf = async (id: string): Promise<string | undefined> =>
      (await api<CentreAdminEntry[]>('GET', '/api/admin/centres')).find((c) => c.id === id)?.nameMnStatus;
    await api('POST', '/api/admin/centres', { id: 'veterans', name: '退役军人服务中心', nameMn: 'ᠲᠥᠪ', icon: 'heart' });
    await api('POST', '/api/admin/centres', { id: 'unnamed', name: '未译中心', icon: 'ball' });
    expect([await statusOf('veterans'), await statusOf('unnamed')]).toEqual(['draft', 'missing']);
    await api('PUT', '/api/admin/mn-texts/approval', { key: 'centre:veterans', mn: 'ᠲᠥᠪ', reviewer: '语委' });
    expect(await statusOf('veterans')).toBe('approved');
    // Renamed in Chinese, the approval was for the old name: a draft again.
    await api('PUT', '/api/admin/centres/veterans', { name: '退役军人事务服务中心' });
    expect(await statusOf('veterans')).toBe('draft');

    const serviceStatus = async (id: string): Promise<string | undefined> =>
      (await api<ServiceAdminEntry[]>('GET', '/api/admin/services')).find((s) => s.id === id)?.nameMnStatus;
    await api('POST', '/api/admin/services', { id: 'veteran-card', centreId: 'veterans', name: '优待证办理', nameMn: 'ᠲᠥᠪ', prefix: 'T' });
    await api('POST', '/api/admin/services', { id: 'veteran-visit', centreId: 'veterans', name: '来访接待', prefix: 'V' });
    expect([await serviceStatus('veteran-card'), await serviceStatus('veteran-visit')]).toEqual(['draft', 'missing']);
    await api('PUT', '/api/admin/mn-texts/approval', { key: 'service:veteran-card', mn: 'ᠲᠥᠪ', reviewer: '语委' });
    expect(await serviceStatus('veteran-card')).toBe('approved');
    // Each one's own page says the same.
    expect((await api<ServiceAdminEntry>('GET', '/api/admin/services/veteran-card')).nameMnStatus).toBe('approved');
    expect((await api<CentreAdminEntry>('GET', '/api/admin/centres/veterans')).nameMnStatus).toBe('draft');
    expect((await api<CentreAdminEntry>('GET', '/api/admin/centres/unnamed')).nameMnStatus).toBe('missing');
  });

  it('an admin creates, changes and deletes a centre, a service and a counter; every change is audited', async () => {
    const centre = await api<CentreAdminView>('POST', '/api/admin/centres',
      { id: 'veterans', name: '退役军人服务中心', nameMn: 'ᠲᠥᠪ', icon: 'heart' });
    expect(centre).toEqual({ id: 'veterans', name: '退役军人服务中心', nameMn: 'ᠲᠥᠪ', icon: 'heart', sortOrder: 6, enabled: true,
      serviceCount: 0, counterCount: 0 });

    const service = await api<ServiceAdminView>('POST', '/api/admin/services', {
      centreId: 'veterans', name: '优待证办理', prefix: 'T', priorityOffered: false, defaultServiceMinutes: 12,
      hours: HOURS, dailyLimit: 40, morningLimit: 25,
    });
    expect(service).toMatchObject({ id: 'service-19', centreId: 'veterans', prefix: 'T', enabled: true, priorityOffered: false,
      defaultServiceMinutes: 12, hours: HOURS, dailyLimit: 40, morningLimit: 25, afternoonLimit: null, sharesPrefixWith: [],
      counterIds: [], ticketsToday: 0, used: false });
    // Its page: what create answered, and its Mongolian name's review (none given: missing).
    expect(await api('GET', `/api/admin/services/${service.id}`)).toEqual({ ...service, nameMnStatus: 'missing' });

    const counter = await api<CounterAdminView>('POST', '/api/admin/counters',
      { id: 15, centreId: 'veterans', serviceIds: [service.id, 'elderly-allowance'] });
    expect(counter).toEqual({ id: 15, name: '15号窗口', centreId: 'veterans', serviceIds: [service.id, 'elderly-allowance'],
      callPolicy: 'oldest-first', enabled: true, status: 'closed', staffName: null, devices: [], ticketsToday: 0, used: false });
    expect((await api<CentreAdminView>('GET', '/api/admin/centres/veterans')).serviceCount).toBe(1);

    // Moved up in the counter's order, renamed, disabled.
    const moved = await api<CounterAdminView>('PUT', '/api/admin/counters/15',
      { serviceIds: ['elderly-allowance', service.id], callPolicy: 'service-order', name: '退役军人窗口' });
    expect(moved).toMatchObject({ serviceIds: ['elderly-allowance', service.id], callPolicy: 'service-order', name: '退役军人窗口' });
    expect(await api<ServiceAdminView>('PUT', `/api/admin/services/${service.id}`, { enabled: false, dailyLimit: null }))
      .toMatchObject({ enabled: false, dailyLimit: null, morningLimit: 25, hours: HOURS });
    const renamed = await api<CentreAdminView>('PUT', '/api/admin/centres/veterans', { name: '退役军人事务服务中心', sortOrder: 0 });
    expect(renamed).toMatchObject({ name: '退役军人事务服务中心', sortOrder: 0, icon: 'heart', enabled: true });
    expect((await api<CentreAdminView[]>('GET', '/api/admin/centres')).map((c) => c.id).slice(0, 2)).toEqual(['admin-approval', 'veterans']);
    expect((await api<ServiceAdminView[]>('GET', '/api/admin/services')).find((s) => s.id === service.id))
      .toMatchObject({ enabled: false, dailyLimit: null, morningLimit: 25, counterIds: [15] });

    // Nothing used them: they can go, the counter first (the centre keeps its services until they go).
    await refused('DELETE', '/api/admin/centres/veterans', undefined, 'IN_USE', ['services', 'counters']);
    await api('DELETE', '/api/admin/counters/15');
    await api('DELETE', `/api/admin/services/${service.id}`);
    await api('DELETE', '/api/admin/centres/veterans');
    expect((await call('GET', '/api/admin/centres/veterans')).status).toBe(404);

    const subjects = (await auditTrail()).map((l) => `${l.command} ${l.subject}`).reverse();
    expect(subjects).toEqual([
      'centre.create centre:veterans', `service.create service:${service.id}`, 'counter.create counter:15',
      'counter.update counter:15', `service.update service:${service.id}`, 'centre.update centre:veterans',
      'counter.remove counter:15', `service.remove service:${service.id}`, 'centre.remove centre:veterans',
    ]);
    const [removed] = await auditTrail();
    expect(removed).toMatchObject({ before: { id: 'veterans', name: '退役军人事务服务中心' }, after: null });
  });

  it('a prefix in use is shared only on purpose; numbers and ids in use are ALREADY_EXISTS; nothing changes', async () => {
    await refused('POST', '/api/admin/services', { centreId: 'legal-aid', name: '法律文书代写', prefix: 'L' }, 'ALREADY_EXISTS', ['prefix']);
    await refused('POST', '/api/admin/services', { id: 'legal-consultation', centreId: 'legal-aid', name: '法律咨询', prefix: 'W' },
      'ALREADY_EXISTS', ['id']);
    await refused('PUT', '/api/admin/services/legal-consultation', { prefix: 'N' }, 'ALREADY_EXISTS', ['prefix']);
    await refused('POST', '/api/admin/counters', { id: 3, centreId: 'legal-aid', serviceIds: ['legal-consultation'] },
      'ALREADY_EXISTS', ['id']);
    await refused('POST', '/api/admin/centres', { id: 'legal-aid', name: '法律援助中心', icon: 'scale' }, 'ALREADY_EXISTS', ['id']);
    // With sharePrefix the same request goes through, and each side names the other.
    const shared = await api<ServiceAdminView>('PUT', '/api/admin/services/legal-consultation', { prefix: 'N', sharePrefix: true });
    expect(shared.sharesPrefixWith).toEqual(['people-mediation']);
    expect((await api<ServiceAdminView>('GET', '/api/admin/services/people-mediation')).sharesPrefixWith).toEqual(['legal-consultation']);
    // Keeping a prefix already shared needs no new confirmation.
    expect((await api<ServiceAdminView>('PUT', '/api/admin/services/legal-consultation', { name: '法律咨询服务' })).prefix).toBe('N');
  });

  it('an unknown centre or service is BAD_REQUEST naming the field, never a 500; nothing changes', async () => {
    await refused('POST', '/api/admin/services', { centreId: 'nowhere', name: '新事项', prefix: 'W' }, 'BAD_REQUEST', ['centreId']);
    await refused('PUT', '/api/admin/services/legal-consultation', { centreId: 'nowhere' }, 'BAD_REQUEST', ['centreId']);
    await refused('POST', '/api/admin/counters', { id: 20, centreId: 'nowhere', serviceIds: ['legal-consultation', 'no-such', 'nor-this'] },
      'BAD_REQUEST', ['centreId', 'serviceIds.1', 'serviceIds.2']);
    await refused('PUT', '/api/admin/counters/3', { serviceIds: ['food-business-permit', 'no-such'] }, 'BAD_REQUEST', ['serviceIds.1']);
    await refused('PUT', '/api/admin/counters/3', { serviceIds: ['food-business-permit', 'food-business-permit'] }, 'BAD_REQUEST',
      ['serviceIds.1']);
    await refused('PUT', '/api/admin/counters/99', { name: '九十九号窗口' }, 'NOT_FOUND', ['id']);
    await refused('PUT', '/api/admin/centres/nowhere', { name: '无' }, 'NOT_FOUND', ['id']);
    await refused('DELETE', '/api/admin/services/nowhere', undefined, 'NOT_FOUND', ['id']);
  });

  it('a service or counter with tickets today, a counter in use or with devices, cannot be deleted, only disabled', async () => {
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'legal-consultation', idempotencyKey: idemKey() }));
    kiosk.close();
    await refused('DELETE', '/api/admin/services/legal-consultation', undefined, 'IN_USE', ['tickets']);
    await refused('DELETE', '/api/admin/centres/legal-aid', undefined, 'IN_USE', ['services', 'counters', 'staff', 'tickets']);
    // Counter 11 serves legal-consultation: a staff member opens it and calls the ticket.
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    ok(await send(staff, 'counter.open', { counterId: 11 }));
    await refused('DELETE', '/api/admin/counters/11', undefined, 'IN_USE', ['status', 'tickets']);
    await refused('PUT', '/api/admin/counters/11', { enabled: false }, 'IN_USE', ['enabled']);
    ok(await send(staff, 'counter.callNext', { counterId: 11 }));
    ok(await send(staff, 'counter.finish', { counterId: 11 }));
    ok(await send(staff, 'counter.close', { counterId: 11 }));
    await refused('DELETE', '/api/admin/counters/11', undefined, 'IN_USE', ['tickets']);
    // The rating pad of the demo hall belongs to counter 3.
    await refused('DELETE', '/api/admin/counters/3', undefined, 'IN_USE', ['devices']);
    expect((await api<CounterAdminView>('GET', '/api/admin/counters/3')).devices).toEqual([
      { id: expect.any(Number), kind: 'rating-pad', name: '3号窗口评价器' },
    ]);

    // Disabled instead: the counter cannot be opened, the service takes no tickets; both keep their history.
    expect(await api('PUT', '/api/admin/counters/11', { enabled: false })).toMatchObject({ enabled: false, used: true, ticketsToday: 1 });
    expectRefusal(await send(staff, 'counter.open', { counterId: 11 }), 'COUNTER_DISABLED');
    expect(await api('PUT', '/api/admin/services/legal-consultation', { enabled: false })).toMatchObject({ enabled: false, used: true });
    const again = await connect(th.url, { deviceKey: th.kioskKey });
    expectRefusal(await send(again, 'ticket.issue', { serviceId: 'legal-consultation', idempotencyKey: idemKey() }), 'SERVICE_DISABLED');
    again.close();
    staff.close();
  });

  it('supervisors read the structure and change nothing; staff read nothing', async () => {
    const supervisor = await login(th.url, 'supervisor');
    const staff = await login(th.url, 'staff');
    for (const path of ['/api/admin/centres', '/api/admin/services', '/api/admin/counters', '/api/admin/counters/3']) {
      expect((await call('GET', path, undefined, staff)).status).toBe(403);
      expect((await call('GET', path, undefined, supervisor)).status).toBe(200);
    }
    await refused('POST', '/api/admin/centres', { name: '新中心', icon: 'stamp' }, 'FORBIDDEN', undefined, supervisor);
    await refused('PUT', '/api/admin/services/venue-booking', { enabled: false }, 'FORBIDDEN', undefined, supervisor);
    await refused('DELETE', '/api/admin/counters/14', undefined, 'FORBIDDEN', undefined, staff);
  });

  it('a service that offers no priority refuses a priority ticket', async () => {
    await api('PUT', '/api/admin/services/venue-booking', { priorityOffered: false });
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const snapshot = ok(await send(kiosk, 'hall.snapshot', {}));
    expect(snapshot.services.find((s) => s.id === 'venue-booking')?.priorityOffered).toBe(false);
    expectRefusal(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey(), priority: 'elderly70' }),
      'PRIORITY_REASON_INVALID');
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }));
    kiosk.close();
  });
});
