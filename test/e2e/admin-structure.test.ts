/**
 * The console's centre, service and counter screens in Chromium against the demo hall: a centre, a
 * service and a counter made through the forms, with the refusals each form must show on its field (a
 * prefix in use, a counter number in use), a counter's services put in order, a delete refused while a
 * device is tied to the counter, and the hall settings warning that phones cannot reach a loopback address.
 */
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { field, logInAt, openConsole } from './admin-pages';
import { holdReads } from './held-reads';

jest.setTimeout(120_000);

describe('admin console: centres, services, counters', () => {
  const suite = e2eSuite();

  it('an admin sets up a centre with a service and a counter, and is told what cannot be done and why', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);

    // Centres: the list, then a new one (a missing name is named on its field).
    await page.getByTestId('nav-centres').click();
    await page.getByTestId('row-legal-aid').waitFor();
    // The demo hall's Mongolian names are drafts until a reviewer approves them: the list says so.
    expect(await page.getByTestId('centre-mn-status-legal-aid').innerText()).toBe('草稿');
    await shot(page, 'admin-centres');
    await page.getByTestId('list-new').click();
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-name').waitFor();
    await field(page, 'id').fill('veterans');
    await field(page, 'name').fill('退役军人服务中心');
    await page.getByTestId('icon-heart').click();
    await page.getByTestId('form-submit').click();
    await page.getByRole('heading', { name: '编辑中心：退役军人服务中心' }).waitFor();
    // No Mongolian name yet: the page says so (the kiosk shows the Chinese alone until there is one).
    expect(await page.getByTestId('centre-mn-status').innerText()).toBe('缺译');
    await shot(page, 'admin-centre-form');

    // Services: a prefix in use is refused on the prefix until it is another (or shared on purpose).
    await page.getByTestId('nav-services').click();
    await page.getByTestId('row-company-registration').waitFor();
    expect(await page.getByTestId('service-mn-status-company-registration').innerText()).toBe('草稿');
    await shot(page, 'admin-services');
    await page.getByTestId('list-new').click();
    await field(page, 'centreId').selectOption({ label: '退役军人服务中心' });
    await field(page, 'id').fill('veteran-card');
    await field(page, 'name').fill('优待证办理');
    await field(page, 'prefix').fill('A');
    await page.getByTestId('prefix-shared').waitFor();
    await page.getByTestId('field-priorityOffered').uncheck();
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-prefix').waitFor();
    expect(await page.getByTestId('problem-prefix').textContent()).toContain('已存在');
    await shot(page, 'admin-service-prefix-in-use');
    await field(page, 'prefix').fill('T');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('hours-editor-veteran-card').waitFor();
    expect(await page.getByTestId('service-mn-status').innerText()).toBe('缺译');
    // Its Mongolian name given: a draft until a reviewer approves it in 翻译审校.
    await field(page, 'nameMn').fill('ᠲᠥᠪ');
    await page.getByTestId('service-form').getByTestId('form-submit').click();
    await page.locator('[data-testid="service-mn-status"]:has-text("草稿")').waitFor();
    await page.getByTestId('service-mn-status').scrollIntoViewIfNeeded();
    await shot(page, 'admin-service-form');
    // Its hours and limits, in the hours screen's own editor below the service.
    await page.getByTestId('hours-editor-veteran-card').scrollIntoViewIfNeeded();
    await shot(page, 'admin-service-hours');

    // Counters: a number in use is refused on the number; services added and put in order.
    await page.getByTestId('nav-counters').click();
    await page.getByTestId('row-14').waitFor();
    await shot(page, 'admin-counters');
    await page.getByTestId('list-new').click();
    await field(page, 'centreId').selectOption({ label: '退役军人服务中心' });
    await page.getByTestId('add-service-choice').selectOption('elderly-allowance');
    await page.getByTestId('add-service').click();
    await page.getByTestId('add-service-choice').selectOption('veteran-card');
    await page.getByTestId('add-service').click();
    await page.getByTestId('up-veteran-card').click();
    await field(page, 'id').fill('3');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-id').waitFor();
    await field(page, 'id').fill('15');
    await page.getByTestId('form-submit').click();
    await page.getByRole('heading', { name: '编辑 15 号窗口：15号窗口' }).waitFor();
    // The edit page reads the counter and the services' names on their own: the list shows once both are in.
    await page.getByTestId('service-order').waitFor();
    expect(await page.getByTestId('service-order').locator('li').allTextContents())
      .toEqual([expect.stringContaining('优待证办理'), expect.stringContaining('高龄津贴申领')]);
    await shot(page, 'admin-counter-form');

    // Reopened while the centres are still being read (their read held back on the console's socket), the
    // centre box says so and the service list waits, rather than standing empty; then the counter's centre shows.
    const centreReads = await holdReads(page, 'centre.list');
    await page.reload();
    await page.locator('[data-testid="field-centreId"]:disabled', { hasText: '正在读取' }).waitFor();
    expect(await page.getByTestId('service-order').count()).toBe(0);
    expect(centreReads.count()).toBeGreaterThan(0);
    await shot(page, 'admin-counter-form-loading');
    centreReads.release();
    await page.locator('[data-testid="field-centreId"]:enabled').waitFor();
    expect(await field(page, 'centreId').locator('option:checked').textContent()).toBe('退役军人服务中心');
    await page.getByTestId('service-order').waitFor();

    // Counter 3 has the demo rating pad: shown read-only, and the delete says why it cannot be.
    await page.goto(`${suite.hall.url}/admin/#/counters/3`);
    await page.getByTestId('counter-devices').getByText('3号窗口评价器').waitFor();
    await page.getByTestId('remove').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('in-use').getByText('评价器').waitFor();
    await shot(page, 'admin-counter-in-use');

    // The hall settings say, as long as it is so, that phones cannot open the QR codes' address.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('phones-warning').waitFor();
    await field(page, 'publicAddress').fill('http://192.168.1.10:3000/queue');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-publicAddress').waitFor();
    await shot(page, 'admin-settings-phones');

    expect(problems).toEqual([]);
  });
});
