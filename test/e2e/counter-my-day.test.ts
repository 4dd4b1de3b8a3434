/**
 * The counter desk in Chromium shows the staff member's own day: served today, the average service time
 * and the 好评率, refreshed when the desk finishes a ticket; and the 差评 cases about their service that
 * are still open, read-only. The console's 大厅设置 sets up the 好差评 push and shows its state line.
 */
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, http, idemKey, ok, send } from '../../testkit/clients';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { openDesk } from './pages';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(90_000);

describe('the staff member\'s own day at the desk', () => {
  const suite = e2eSuite();

  it('shows served, average service time, 好评率 and open cases, refreshed at each finish', async () => {
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    const issue = async (): Promise<IssuedTicket> =>
      ok(await send(kiosk, 'ticket.issue', { serviceId: 'food-business-permit', idempotencyKey: idemKey() })) as IssuedTicket;
    const desk = await openDesk(suite.browser, suite.hall.url, 3);
    await desk.getByTestId('my-day').waitFor();
    expect(await desk.getByTestId('my-served').innerText()).toBe('0 人');
    expect(await desk.getByTestId('my-satisfaction').innerText()).toBe('今日尚无评价');
    expect(await desk.getByTestId('my-cases').innerText()).toContain('没有待整改的差评');

    const serveOne = async (): Promise<void> => {
      await desk.locator('[data-testid="action-call-next"]:enabled').click();
      await desk.locator('[data-testid="action-start"]:enabled').click();
      await desk.locator('[data-testid="action-finish"]:enabled').click();
    };
    const first = await issue();
    await serveOne();
    await desk.getByTestId('my-served').filter({ hasText: '1 人' }).waitFor();
    // The resident rates 非常不满意 on the phone: a case opens about this staff member's service.
    const rated = await http(suite.hall.url, 'POST', '/api/ratings',
      { body: { token: first.ticket.token, level: 1, reasons: ['waiting'], comment: '等了很久' } });
    expect(rated.status).toBe(200);
    const second = await issue();
    await serveOne();
    await desk.getByTestId('my-served').filter({ hasText: '2 人' }).waitFor();
    await desk.getByTestId('my-satisfaction').filter({ hasText: '0%（1 条评价）' }).waitFor();
    expect(await desk.getByTestId('my-levels').innerText()).toContain('非常不满意 1');
    const caseRow = desk.locator('[data-testid^="my-case-"]');
    await caseRow.first().waitFor();
    expect(await caseRow.first().innerText()).toContain(first.ticket.number);
    expect(await caseRow.first().innerText()).toContain('非常不满意');
    expect(await desk.getByTestId('my-cases').innerText()).toContain('只供查看');
    // Read-only: the desk offers no step on a case.
    expect(await desk.getByTestId('my-cases').locator('button').count()).toBe(0);

    // A 满意 for the second resident shows at the next finish.
    await http(suite.hall.url, 'POST', '/api/ratings', { body: { token: second.ticket.token, level: 4 } });
    await issue();
    await serveOne();
    await desk.getByTestId('my-satisfaction').filter({ hasText: '50%（2 条评价）' }).waitFor();
    expect(await desk.getByTestId('my-average').innerText()).toMatch(/^\d+ 分 \d+ 秒$/);
    await shot(desk, 'counter-my-day');
    kiosk.close();
  });

  it('the console sets up the 好差评 push and shows how far it has got', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('push-form').waitFor();
    expect(await page.getByTestId('push-state').innerText()).toContain('未开启');
    // Switching on without an address is refused on the field.
    await field(page, 'enabled').check();
    await page.getByTestId('push-submit').click();
    await page.getByTestId('problem-url').waitFor();
    // Saved: the token is not shown again, only its last four characters; the state line counts what was sent.
    await field(page, 'url').fill('http://127.0.0.1:9/haochaping');
    await field(page, 'token').fill('e2e-secret-token-4321');
    await field(page, 'batchSize').fill('50');
    await page.getByTestId('push-submit').click();
    await page.getByTestId('push-saved').waitFor();
    // The hint is read again after the save answers: wait for it rather than read it at once.
    await page.locator('[data-testid="push-token-hint"]', { hasText: '…4321' }).waitFor();
    expect(await page.getByTestId('push-token-hint').innerText()).toContain('…4321');
    expect(await page.content()).not.toContain('e2e-secret-token');
    expect(await page.getByTestId('push-state').innerText()).toContain('已推送 0 条');
    await page.getByTestId('push-state').scrollIntoViewIfNeeded();
    await shot(page, 'admin-rating-push');
    expect(problems).toEqual([]);
  });
});
