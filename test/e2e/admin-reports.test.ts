/**
 * The console's reports in Chromium against the demo hall: after a few served and rated tickets, a
 * supervisor sees this month's report by centre with its chart, switches to staff members, downloads
 * the CSV and the Excel file (named in Chinese), and opens the month's 考评 sheet, shown on screen and as
 * printed on A4. Screenshots land in test-output/screenshots/ (admin-reports-*).
 */
import { STAFF_PASSWORD } from '../../testkit/hall';
import { http, idemKey, login } from '../../testkit/clients';
import type { IssuedTicket } from '../../protocol/views';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { closePage } from './pages';
import { logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

describe('admin console: reports', () => {
  const suite = e2eSuite();

  async function servedAndRated(level: number): Promise<void> {
    const url = suite.hall.url;
    const staff = await login(url, 'staff', STAFF_PASSWORD);
    const issued = await http<IssuedTicket>(url, 'POST', '/api/tickets', {
      deviceKey: suite.hall.th.kioskKey, body: { serviceId: 'company-registration', idempotencyKey: idemKey() } });
    if (!issued.body.ok) throw new Error('not issued');
    for (const verb of ['call-next', 'start', 'finish']) await http(url, 'POST', `/api/counters/1/${verb}`, { token: staff, body: {} });
    await http(url, 'POST', '/api/ratings', { body: { token: issued.body.data.ticket.token, level, ...(level <= 2 ? { reasons: ['waiting'] } : {}) } });
  }

  it('a supervisor reads the month by centre and by staff member, downloads both files and prints the 考评 sheet', async () => {
    const url = suite.hall.url;
    const staff = await login(url, 'staff', STAFF_PASSWORD);
    await http(url, 'POST', '/api/counters/1/open', { token: staff, body: {} });
    for (const level of [5, 4, 1]) await servedAndRated(level);

    const { page, problems } = await openConsole(suite.browser, url);
    await logInAt(page, 'supervisor', STAFF_PASSWORD);
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-total').waitFor();
    expect(await page.getByTestId('report-table').textContent()).toContain('行政审批服务中心');
    // One bar per centre in the chart.
    expect(await page.getByTestId('chart-bar').count()).toBe(await page.getByTestId('report-row').count());
    await shot(page, 'admin-reports-by-centre');

    await page.getByTestId('report-by').selectOption('staff');
    await page.getByTestId('report-row').getByText('王晓兰').waitFor();
    const wang = page.getByTestId('report-row').filter({ hasText: '王晓兰' });
    // Three served, two 好评 of three ratings, one 差评.
    expect(await wang.locator('td').nth(1).textContent()).toBe('3');
    expect(await wang.locator('td').nth(12).textContent()).toBe('66.7%');
    expect(await wang.locator('td').nth(13).textContent()).toBe('1');
    await shot(page, 'admin-reports-by-staff');

    const csv = page.waitForEvent('download');
    await page.getByTestId('report-csv').click();
    expect((await csv).suggestedFilename()).toMatch(/^统计报表_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}_工作人员\.csv$/);
    const xlsx = page.waitForEvent('download');
    await page.getByTestId('report-xlsx').click();
    expect((await xlsx).suggestedFilename()).toMatch(/工作人员\.xlsx$/);

    await page.getByTestId('report-assessment').click();
    await page.getByTestId('assessment-sheet').waitFor();
    expect(await page.getByTestId('assessment-staff').textContent()).toContain('王晓兰');
    expect(await page.getByTestId('assessment-centres').textContent()).toContain('行政审批服务中心');
    await shot(page, 'admin-reports-assessment');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-nav').isVisible()).toBe(false);
    await shot(page, 'admin-reports-assessment-print');
    await page.emulateMedia({ media: 'screen' });

    expect(problems).toEqual([]);
    await closePage(page);
  });
});
