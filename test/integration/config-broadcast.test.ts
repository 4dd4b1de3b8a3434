/**
 * A configuration change reaches open kiosks and displays without a reload: the server marks the event
 * `config`, and the client's own hall stream takes a fresh snapshot that shows it.
 */
import { streamUntil } from '../../testkit/stream-until';
import { createHallStream, type HallStream, type HallStreamState } from '../../protocol/client/hall-stream';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { expectRefusal } from '../support/refusal';
import { connect, http, idemKey, login, ok, send } from '../../testkit/clients';
import { centresInOrder, findCentre, servicesOfCentre } from '../../ui-kit/hall-queries';
import type { IssuedTicket } from '../../protocol/views';

describe('configuration changes reach open clients', () => {
  let th: TestHall;
  let stream: HallStream;
  beforeEach(async () => {
    th = await startTestHall();
    stream = createHallStream({ url: th.url, auth: { deviceKey: th.kioskKey } });
  });
  afterEach(async () => {
    stream.close();
    await th.close();
  });

  it('a new hall name shows on an open kiosk without reconnecting', async () => {
    const first = await streamUntil(stream, (s) => s.status === 'online');
    const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
    const current = ok((await http<Record<string, unknown>>(th.url, 'GET', '/api/settings', { token: admin })).body);
    const saved = await http(th.url, 'PUT', '/api/settings', { token: admin, body: { ...current, name: '青山区社会服务中心' } });
    expect(saved.status).toBe(200);
    const after = await streamUntil(stream, (s) => s.snapshot?.hall.name === '青山区社会服务中心');
    expect(after.snapshot?.epoch).toBe(first.snapshot?.epoch);
    expect(after.status).toBe('online');
  });

  describe('the hall structure', () => {
    let admin: string;
    const api = async <T>(method: string, path: string, body?: unknown): Promise<T> =>
      ok((await http<T>(th.url, method, path, { token: admin, ...(body !== undefined ? { body } : {}) })).body);
    const issue = async (serviceId: string): Promise<string> =>
      ok(await stream.send('ticket.issue', { serviceId, idempotencyKey: idemKey() })).ticket.number;

    beforeEach(async () => {
      admin = await login(th.url, 'admin', ADMIN_PASSWORD);
      await streamUntil(stream, (s) => s.status === 'online');
    });

    it('a new service shows on an open kiosk, a renamed centre is renamed, and a disabled service or centre disappears', async () => {
      await api('POST', '/api/admin/services', { id: 'veteran-card', centreId: 'social-services', name: '优待证办理', prefix: 'T' });
      let state = await streamUntil(stream, (s) => s.snapshot?.services.some((v) => v.id === 'veteran-card') === true);
      const offered = (s: HallStreamState): string[] => (s.snapshot ? servicesOfCentre(s.snapshot, 'social-services').map((v) => v.id) : []);
      expect(offered(state)).toContain('veteran-card');

      await api('PUT', '/api/admin/centres/social-services', { name: '社会事务服务中心' });
      state = await streamUntil(stream, (s) => s.snapshot !== null && findCentre(s.snapshot, 'social-services')?.name === '社会事务服务中心');
      expect(state.status).toBe('online');

      await api('PUT', '/api/admin/services/veteran-card', { enabled: false });
      state = await streamUntil(stream, (s) => !offered(s).includes('veteran-card'));
      expect(offered(state)).toEqual(['minimum-living-allowance', 'elderly-allowance', 'disability-certificate']);
      expectRefusal(await stream.send('ticket.issue', { serviceId: 'veteran-card', idempotencyKey: idemKey() }), 'SERVICE_DISABLED');

      await api('PUT', '/api/admin/centres/social-services', { enabled: false });
      state = await streamUntil(stream, (s) => s.snapshot !== null && !centresInOrder(s.snapshot).some((c) => c.id === 'social-services'));
      expect(offered(state)).toEqual([]);
      // The centre's services take no tickets and say why.
      expect(state.snapshot?.loads.find((l) => l.serviceId === 'elderly-allowance')?.closedReason).toBe('SERVICE_DISABLED');
      expectRefusal(await stream.send('ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() }), 'SERVICE_DISABLED');
    });

    it('a new service issues tickets with its prefix, and a service sharing a prefix continues the same sequence', async () => {
      await api('POST', '/api/admin/services', { id: 'veteran-card', centreId: 'social-services', name: '优待证办理', prefix: 'T' });
      await streamUntil(stream, (s) => s.snapshot?.services.some((v) => v.id === 'veteran-card') === true);
      expect(await issue('veteran-card')).toBe('T001');
      expect(await issue('veteran-card')).toBe('T002');
      // Deliberately on T, in another centre: its numbers continue T's sequence.
      await api('POST', '/api/admin/services', { id: 'veteran-visit', centreId: 'legal-aid', name: '退役军人来访接待', prefix: 'T',
        sharePrefix: true });
      await streamUntil(stream, (s) => s.snapshot?.services.some((v) => v.id === 'veteran-visit') === true);
      expect(await issue('veteran-visit')).toBe('T003');
      expect(await issue('veteran-card')).toBe('T004');
      // An existing prefix with tickets today: a new service joins its sequence where it stands.
      expect(await issue('company-registration')).toBe('A001');
      await api('POST', '/api/admin/services', { id: 'branch-registration', centreId: 'admin-approval', name: '分支机构登记',
        prefix: 'A', sharePrefix: true });
      await streamUntil(stream, (s) => s.snapshot?.services.some((v) => v.id === 'branch-registration') === true);
      expect(await issue('branch-registration')).toBe('A002');
      expect(await issue('individual-business')).toBe('A003');
      // A service moved onto another prefix draws from that one from its next ticket on.
      await api('PUT', '/api/admin/services/veteran-visit', { prefix: 'U' });
      await streamUntil(stream, (s) => s.snapshot?.services.find((v) => v.id === 'veteran-visit')?.prefix === 'U');
      expect(await issue('veteran-visit')).toBe('U001');
    });

    it('a renamed counter and its new services reach displays and desks; later counter events build on the new state', async () => {
      await api('PUT', '/api/admin/counters/1', { name: '综合受理一号窗口', serviceIds: ['food-business-permit', 'company-registration'] });
      await streamUntil(stream, (s) => s.snapshot?.counters.find((c) => c.id === 1)?.name === '综合受理一号窗口');
      const staff = await connect(th.url, { token: await login(th.url, 'staff') });
      ok(await send(staff, 'counter.open', { counterId: 1 }));
      const opened = await streamUntil(stream, (s) => s.snapshot?.counters.find((c) => c.id === 1)?.status === 'open');
      expect(opened.snapshot?.counters.find((c) => c.id === 1)).toMatchObject({
        name: '综合受理一号窗口', serviceIds: ['food-business-permit', 'company-registration'], enabled: true,
      });
      staff.close();
    });

    it('a new public address reaches open clients and the next ticket carries it', async () => {
      const current = await api<Record<string, unknown>>('GET', '/api/settings');
      await api('PUT', '/api/settings', { ...current, publicAddress: 'http://192.168.10.20:3000/' });
      await streamUntil(stream, (s) => s.snapshot?.hall.publicUrl === 'http://192.168.10.20:3000');
      const issued: IssuedTicket = ok(await stream.send('ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() }));
      expect(issued.trackUrl).toMatch(/^http:\/\/192\.168\.10\.20:3000\/t\//);
    });
  });
});
