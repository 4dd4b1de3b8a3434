/**
 * The admin console's staff accounts, in Chromium against the demo hall: an admin lists and searches
 * the accounts, a form refuses what the server's own schema refuses (before sending) and what the
 * server refuses (a login name already taken, on its field), a new account's one-time password is shown
 * once, and disabling asks first. The new person then logs in at the counter page and must choose a
 * password. A supervisor reads without the buttons that change; counter staff are sent to their page.
 */
import { ADMIN_PASSWORD, STAFF_PASSWORD } from '../../testkit/hall';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { COUNTER_SCREEN, closePage, openPage } from './pages';
import { changeFirstPassword, field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

describe('admin console: staff accounts', () => {
  const suite = e2eSuite();

  it('an admin creates an account (checked field by field), sees its password once, and disables it after confirming', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await shot(page, 'admin-login');
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('row-1').waitFor();
    expect(await page.getByTestId('staff-list').textContent()).toContain('王晓兰');
    await page.getByTestId('list-search').fill('QS-100');
    await page.getByText('赵敏').waitFor();
    expect(await page.locator('[data-testid^="row-"]').count()).toBe(1);
    await page.getByTestId('list-search').fill('');
    await shot(page, 'admin-staff-list');

    await page.getByTestId('list-new').click();
    await page.getByTestId('form-submit').click();
    // The schema the server checks with refuses the empty form before anything is sent.
    await page.getByTestId('problem-displayName').waitFor();
    expect(await page.getByTestId('problem-displayName').textContent()).toContain('必填');
    expect(await page.getByTestId('problem-username').textContent()).toContain('格式不正确');

    await field(page, 'displayName').fill('孙丽');
    await field(page, 'staffNumber').fill('QS-200');
    await field(page, 'username').fill('staff');
    await field(page, 'centreId').selectOption({ label: '社会服务中心' });
    await page.getByTestId('form-submit').click();
    // The server refuses a login name that is taken, and says so on that field.
    await page.getByTestId('problem-username').getByText('已存在相同的编号或名称').waitFor();
    await shot(page, 'admin-staff-form-errors');

    await field(page, 'username').fill('sunli');
    await page.getByTestId('form-submit').click();
    const secret = await page.getByTestId('secret-value').textContent();
    expect(secret?.length).toBeGreaterThanOrEqual(8);
    await shot(page, 'admin-staff-created');
    await page.getByTestId('secret-done').click();
    await page.getByText('孙丽').click();

    await page.getByTestId('staff-disable').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await shot(page, 'admin-staff-confirm');
    await page.getByTestId('confirm-no').click();
    expect(await page.getByTestId('staff-state').textContent()).toContain('启用');
    await page.getByTestId('staff-disable').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('staff-state').getByText('已停用').waitFor();
    await page.getByTestId('staff-enable').click();
    await page.getByTestId('staff-state').getByText('启用').waitFor();
    await shot(page, 'admin-staff-edit');

    // The new person's first login at the counter page asks for a password of their own.
    const desk = await openPage(suite.browser, COUNTER_SCREEN, `${suite.hall.url}/counter/`);
    await logInAt(desk, 'sunli', secret ?? '');
    await desk.getByTestId('password-change').waitFor();
    await shot(desk, 'counter-first-login-password');
    await changeFirstPassword(desk, secret ?? '', 'sunli-own-pass');
    await desk.getByTestId('counter-pick-2').waitFor();
    await closePage(desk);

    expect(problems).toEqual([]);
    await closePage(page);
  });

  it('a supervisor reads the accounts without the buttons that change them', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'supervisor', STAFF_PASSWORD);
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('row-1').waitFor();
    expect(await page.getByTestId('list-new').count()).toBe(0);
    await page.getByTestId('row-1').click();
    await page.getByTestId('staff-form').waitFor();
    expect(await page.getByTestId('form-submit').count()).toBe(0);
    expect(await page.getByTestId('staff-disable').count()).toBe(0);
    expect(await field(page, 'displayName').getAttribute('readonly')).not.toBeNull();
    await shot(page, 'admin-supervisor-staff');
    expect(problems).toEqual([]);
    await closePage(page);
  });

  it('counter staff are told the console is not for them', async () => {
    const { page } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'staff', STAFF_PASSWORD);
    await page.getByTestId('staff-only').waitFor();
    expect(await page.getByTestId('nav-staff').count()).toBe(0);
    await closePage(page);
  });
});
