/**
 * Devices show what an admin tied them to, in Chromium against the real server: a kiosk limited to two
 * centres offers those two on its home screen (and follows a change without a reload); a display
 * scoped to one centre shows that centre's calls and queues only, while the whole-hall display shows
 * every call. Screenshots land in test-output/screenshots/.
 */
import { PNG } from 'pngjs';
import type { DeviceWithKey } from '../../protocol/admin';
import { ADMIN_PASSWORD, addStaff } from '../../testkit/hall';
import { http, idemKey, login, ok } from '../../testkit/clients';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openPage } from './pages';

jest.setTimeout(120_000);

const suite = e2eSuite();

async function issueDevice(token: string, body: Record<string, unknown>): Promise<DeviceWithKey> {
  return ok((await http<DeviceWithKey>(suite.hall.url, 'POST', '/api/admin/devices', { token, body })).body);
}

/** A ticket of the service, taken at the demo kiosk and called at the counter by its own staff member. */
async function callAt(staffToken: string, counterId: number, serviceId: string, kioskKey: string): Promise<string> {
  const issued = await http<{ ticket: { number: string } }>(suite.hall.url, 'POST', '/api/tickets',
    { deviceKey: kioskKey, body: { serviceId, idempotencyKey: idemKey() } });
  const number = ok(issued.body).ticket.number;
  const called = await http<{ current: { number: string } | null }>(suite.hall.url, 'POST', `/api/counters/${counterId}/call-next`,
    { token: staffToken, body: {} });
  expect(ok(called.body).current?.number).toBe(number);
  return number;
}

describe('devices show their own part of the hall', () => {
  it('a kiosk limited to two centres offers two, and follows a change without a reload', async () => {
    const admin = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
    const kiosk = await issueDevice(admin, { kind: 'kiosk', name: '社会服务与法律援助取号机', printerId: 'lobby-printer',
      centreIds: ['social-services', 'legal-aid'] });
    const page = await openPage(suite.browser, PORTRAIT, kiosk.url);
    await page.getByTestId('centre-tile-legal-aid').waitFor();
    const tiles = page.locator('[data-testid^="centre-tile-"]');
    expect(await tiles.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid'))))
      .toEqual(['centre-tile-social-services', 'centre-tile-legal-aid']);
    await shot(page, 'kiosk-two-centres');

    const changed = await http(suite.hall.url, 'PUT', `/api/admin/devices/${kiosk.device.id}`,
      { token: admin, body: { centreIds: ['culture-sports'] } });
    expect(changed.status).toBe(200);
    await page.getByTestId('centre-tile-culture-sports').waitFor();
    expect(await tiles.count()).toBe(1);
  });

  it('a display scoped to one centre shows only that centre’s calls; the hall display shows them all', async () => {
    const { th } = suite.hall;
    const admin = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
    const legal = await issueDevice(admin, { kind: 'display', name: '法律援助中心屏', centreId: 'legal-aid' });
    const [approvalStaff = '', legalStaff = ''] = addStaff(th.hall, 2);
    const approvalToken = await login(suite.hall.url, approvalStaff);
    const legalToken = await login(suite.hall.url, legalStaff);
    for (const [token, counterId] of [[approvalToken, 1], [legalToken, 11]] as const) {
      expect((await http(suite.hall.url, 'POST', `/api/counters/${counterId}/open`, { token, body: {} })).status).toBe(200);
    }

    const scoped = await openPage(suite.browser, LANDSCAPE, legal.url);
    await scoped.getByTestId('waiting-legal-consultation').waitFor({ state: 'attached' });
    expect(await scoped.getByTestId('display-scope').textContent()).toContain('法律援助中心');
    const hallDisplay = await openPage(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    await hallDisplay.getByTestId('waiting-company-registration').waitFor({ state: 'attached' });

    const legalNumber = await callAt(legalToken, 11, 'legal-consultation', th.kioskKey);
    await scoped.locator(`[data-testid="latest-call-number"]:has-text("${legalNumber}")`).waitFor();
    const approvalNumber = await callAt(approvalToken, 1, 'company-registration', th.kioskKey);
    // The hall display shows the later call; the legal-aid display keeps its own.
    await hallDisplay.locator(`[data-testid="latest-call-number"]:has-text("${approvalNumber}")`).waitFor();
    expect(await scoped.getByTestId('latest-call-number').textContent()).toContain(legalNumber);
    expect(await scoped.locator('body').textContent()).not.toContain(approvalNumber);
    // Its queues are the centre's own services only.
    expect(await scoped.locator('[data-testid^="waiting-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid'))))
      .toEqual(['waiting-legal-aid-application', 'waiting-legal-consultation', 'waiting-people-mediation']);
    expect(await scoped.getByTestId('waiting-company-registration').count()).toBe(0);
    await shot(scoped, 'display-scoped-legal-aid');
    await shot(hallDisplay, 'display-whole-hall');
    expect(await hallDisplay.getByTestId('display-scope').count()).toBe(0);

    // The window display of counter 11: its own calls, named by its window, with the photo and masked name
    // of whoever works there.
    const staffList = ok((await http<{ id: number; username: string }[]>(suite.hall.url, 'GET', '/api/admin/staff', { token: admin })).body);
    const worker = staffList.find((s) => s.username === legalStaff);
    const png = PNG.sync.write(Object.assign(new PNG({ width: 3, height: 4 }), { data: Buffer.alloc(48, 160) }));
    expect((await http(suite.hall.url, 'PUT', `/api/admin/staff/${worker?.id ?? 0}/photo`,
      { token: admin, body: { content: `data:image/png;base64,${png.toString('base64')}` } })).status).toBe(200);
    const window = await issueDevice(admin, { kind: 'display', name: '11号窗口屏', counterId: 11 });
    const windowPage = await openPage(suite.browser, LANDSCAPE, window.url);
    await windowPage.locator(`[data-testid="window-current"]:has-text("${legalNumber}")`).waitFor();
    expect(await windowPage.getByTestId('window-name').textContent()).toContain('11号窗口');
    const photo = windowPage.getByTestId('window-staff-photo');
    await photo.waitFor();
    // The photo really loads from the hall (the page's security policy lets it in).
    await windowPage.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="window-staff-photo"]');
      return img !== null && img.complete && img.naturalWidth === 3;
    });
    expect(await windowPage.getByTestId('window-staff-name').textContent()).toContain('*');
    await shot(windowPage, 'display-window-11');
  });
});
