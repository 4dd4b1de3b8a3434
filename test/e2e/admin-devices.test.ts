/**
 * The console's devices and printers screens, in Chromium against the demo hall: the device list shows
 * which devices are online; a new display's key is shown once as a URL and a QR code, and the URL opens
 * a display of the chosen scope; re-keying drops the old key's open page at once; revoking asks first.
 * Printers show their live state; one is added, test-printed, refused an address the printer layer
 * cannot read, kept while a kiosk prints on it, and removed after confirming.
 */
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openKiosk, openPage } from './pages';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(150_000);

describe('admin console: devices and printers', () => {
  const suite = e2eSuite();

  it('lists devices with their state, issues a display key once with its QR code, re-keys and revokes it', async () => {
    // The demo kiosk is open somewhere in the hall: the list shows it online.
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-devices').click();
    const kioskId = suite.hall.th.seed.devices.find((d) => d.kind === 'kiosk')?.id ?? 0;
    await page.getByTestId(`online-${kioskId}`).getByText('在线').waitFor();
    expect(await page.getByTestId('device-list').textContent()).toContain('3号窗口评价器');
    await shot(page, 'admin-devices-list');
    await page.getByTestId('list-search').fill('评价器');
    await page.getByText('3号窗口评价器').waitFor();
    expect(await page.locator('[data-testid^="row-"]').count()).toBe(1);
    await page.getByTestId('list-search').fill('');

    await page.getByTestId('list-new').click();
    await field(page, 'kind').selectOption({ label: '评价器' });
    await field(page, 'name').fill('4号窗口评价器');
    await page.getByTestId('form-submit').click();
    // A rating pad without a counter: the server names the field.
    await page.getByTestId('problem-counterId').waitFor();
    await field(page, 'kind').selectOption({ label: '显示屏' });
    await field(page, 'name').fill('法律援助中心屏');
    await page.getByTestId('field-scope').selectOption({ label: '中心：法律援助中心' });
    await shot(page, 'admin-devices-form');
    await page.getByTestId('form-submit').click();
    const url = (await page.getByTestId('secret-value').textContent()) ?? '';
    expect(url).toMatch(new RegExp(`^${suite.hall.url}/display/\\?key=[A-Za-z0-9_-]{32}$`));
    await page.getByTestId('device-qr').locator('img').waitFor();
    await shot(page, 'admin-devices-key-shown');

    const display = await openPage(suite.browser, LANDSCAPE, url);
    await display.getByTestId('display-scope').getByText('法律援助中心').waitFor();

    await page.getByTestId('secret-done').click();
    await page.getByText('法律援助中心屏').click();
    await page.getByTestId('device-rekey').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm-yes').click();
    const fresh = (await page.getByTestId('secret-value').textContent()) ?? '';
    expect(fresh).not.toBe(url);
    // The page opened with the old key is let go at once and says its key is no longer good.
    await display.locator('[data-testid="setup-notice"][data-problem="key-unknown"]').waitFor();
    const again = await openPage(suite.browser, LANDSCAPE, fresh);
    await again.getByTestId('display-scope').getByText('法律援助中心').waitFor();
    await page.getByTestId('secret-done').click();

    await page.getByTestId('device-revoke').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await shot(page, 'admin-devices-revoke-confirm');
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('device-list').waitFor();
    await again.locator('[data-testid="setup-notice"][data-problem="key-revoked"]').waitFor();
    expect(await page.getByTestId('device-list').textContent()).not.toContain('法律援助中心屏');
    expect(problems).toEqual([]);
    await kiosk.context().close();
  });

  it('shows printers with their live state; adds, test-prints, edits and removes one', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-printers').click();
    await page.getByTestId('printer-state-lobby-printer').getByText('正常').waitFor();
    await shot(page, 'admin-printers-list');

    await page.getByTestId('list-new').click();
    await field(page, 'id').fill('side-door');
    await field(page, 'name').fill('侧门取号机打印机');
    await field(page, 'url').fill('simulated');
    await field(page, 'paperWidth').selectOption({ label: '58 毫米' });
    await page.getByTestId('form-submit').click();
    await page.getByTestId('printer-state').getByText('正常').waitFor();
    await page.getByTestId('printer-test').click();
    await page.getByTestId('printer-note').getByText('测试页已发送').waitFor();
    await shot(page, 'admin-printers-edit');

    await field(page, 'url').fill('http://192.168.1.50');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-url').waitFor();
    await field(page, 'url').fill('simulated');

    await page.getByTestId('printer-remove').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await shot(page, 'admin-printers-remove-confirm');
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('printer-list').waitFor();
    expect(await page.getByTestId('printer-list').textContent()).not.toContain('侧门取号机打印机');

    // The demo kiosks print on the lobby printer: it stays until they are moved.
    await page.getByTestId('row-lobby-printer').click();
    await page.getByTestId('printer-remove').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('printer-note').getByText('仍有取号机使用这台打印机').waitFor();
    expect(problems).toEqual([]);
  });
});
