/**
 * The counter desk by keyboard: the queue marks who 叫下一位 will call (a priority ticket ahead of an
 * earlier ordinary one), and the digit keys printed on the buttons call, start and finish; a digit typed
 * into a field or pressed while a dialog is open is not a shortcut.
 */
import type { IssuedTicket } from '../../protocol/views';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { openDesk } from './pages';
import { connect, idemKey, ok, send } from '../../testkit/clients';

jest.setTimeout(90_000);

describe('the counter desk by keyboard', () => {
  const suite = e2eSuite();

  it('marks the next resident and works the call with the digit keys', async () => {
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    const issue = async (priority: 'elderly70' | null): Promise<string> => (ok(await send(kiosk, 'ticket.issue',
      { serviceId: 'elderly-allowance', idempotencyKey: idemKey(), priority })) as IssuedTicket).ticket.number;
    const ordinary = await issue(null);
    const elder = await issue('elderly70');
    kiosk.close();

    const desk = await openDesk(suite.browser, suite.hall.url, 4);
    const next = desk.locator(`[data-testid="queue-item-${elder}"] [data-testid="queue-next"]`);
    await next.waitFor();
    expect(await next.innerText()).toContain('下一位');
    expect(await desk.locator('[data-testid="queue-next"]').count()).toBe(1);
    expect(await desk.getByTestId('action-call-next').getAttribute('aria-keyshortcuts')).toBe('1 Enter');
    // Each row says how long its resident has waited (by the server's clock).
    expect(await desk.getByTestId(`queue-waited-${ordinary}`).innerText()).toMatch(/^已等\d+分钟$/);
    await shot(desk, 'counter-03-next-marked');

    // A dialog is open: its digits are not shortcuts.
    await desk.getByTestId('action-reprint-number').click();
    await desk.getByTestId('reprint-dialog').waitFor();
    await desk.keyboard.press('1');
    await desk.keyboard.press('Escape');
    await desk.getByTestId('reprint-dialog').waitFor({ state: 'detached' });
    expect(await desk.getByTestId('current-number').count()).toBe(0);

    await desk.keyboard.press('1');
    await desk.locator(`[data-testid="current-number"]:text-is("${elder}")`).waitFor();
    await desk.locator('[data-testid="action-start"]:enabled').waitFor();
    expect(await desk.getByTestId('current-clock').innerText()).toMatch(/^已叫号 \d+:\d\d$/);
    await desk.keyboard.press('3');
    await desk.locator('[data-testid="action-finish"]:enabled').waitFor();
    // The served-for clock ticks from 开始办理.
    await desk.locator('[data-testid="current-clock"]:has-text("已办理 0:01")').waitFor();
    await shot(desk, 'counter-04a-served-clock');
    await desk.keyboard.press('5');
    await desk.getByTestId('current-number').waitFor({ state: 'detached' });
    await desk.locator('[data-testid="action-call-next"]:enabled').waitFor();
    await desk.locator(`[data-testid="queue-item-${ordinary}"] [data-testid="queue-next"]`).waitFor();
    await shot(desk, 'counter-04-keys-finished');
  });
});
