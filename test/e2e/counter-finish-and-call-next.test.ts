/**
 * 办结并叫号 at the counter desk in Chromium: offered while a resident is being served and someone waits,
 * it finishes the resident and calls the next at once, by its button or by its keys (0 on the main row,
 * . on the number pad); the staff member's figures and 登记办件 follow the finished resident; with nobody
 * waiting it is not offered and its keys do nothing.
 */
import type { IssuedTicket, TicketTrack } from '../../protocol/views';
import { connect, idemKey, ok, send, type ClientSocket } from '../../testkit/clients';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { deskHolds, deskReady, openDesk } from './pages';

jest.setTimeout(90_000);

describe('办结并叫号 at the desk', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));


  it('finishes the resident in hand and calls the next, by button and by keys', async () => {
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    sockets.push(kiosk);
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 3; i += 1) {
      tickets.push(ok(await send(kiosk, 'ticket.issue', { serviceId: 'food-business-permit', idempotencyKey: idemKey() })) as IssuedTicket);
    }
    const n = tickets.map((t) => t.ticket.number);
    const status = async (i: number): Promise<string> =>
      (ok(await send(kiosk, 'ticket.track', { token: tickets[i]?.ticket.token ?? '' })) as TicketTrack).status;

    const desk = await openDesk(suite.browser, suite.hall.url, 3);
    await desk.getByTestId('my-day').waitFor();
    const combined = desk.getByTestId('action-finish-call-next');
    // Nothing in hand: only 叫下一位.
    expect(await combined.isDisabled()).toBe(true);
    await desk.locator('[data-testid="action-call-next"]:enabled').click();
    await deskHolds(desk, n[0] ?? '');
    // Called but not yet served: 办结并叫号 waits for 开始办理, as 办结 does.
    expect(await combined.isDisabled()).toBe(true);
    await desk.locator('[data-testid="action-start"]:enabled').click();
    await deskReady(desk, 'action-finish-call-next');
    expect(await combined.innerText()).toContain('办结并叫号');
    expect(await combined.getAttribute('aria-keyshortcuts')).toBe('0 .');
    await shot(desk, 'counter-finish-and-call-next-1-offered');

    // The button: the first resident finished, the second called, in one step.
    await combined.click();
    await deskHolds(desk, n[1] ?? '');
    expect(await status(0)).toBe('finished');
    await desk.getByTestId('my-served').filter({ hasText: '1 人' }).waitFor();
    await desk.getByTestId('action-matter-record').filter({ hasText: n[0] ?? '' }).waitFor();

    // The main row's 0: the second finished, the third called.
    await desk.locator('[data-testid="action-start"]:enabled').click();
    await deskReady(desk, 'action-finish-call-next');
    await desk.keyboard.press('Digit0');
    await deskHolds(desk, n[2] ?? '');
    expect(await status(1)).toBe('finished');
    await desk.getByTestId('my-served').filter({ hasText: '2 人' }).waitFor();

    // Nobody waits now: not offered, and the number pad's . does nothing; 办结 still works.
    await desk.locator('[data-testid="action-start"]:enabled').click();
    await deskReady(desk, 'action-finish');
    expect(await combined.isDisabled()).toBe(true);
    await desk.keyboard.press('NumpadDecimal');
    await shot(desk, 'counter-finish-and-call-next-2-nobody-waiting');
    expect(await status(2)).toBe('serving');
    await deskHolds(desk, n[2] ?? '');
    await desk.locator('[data-testid="action-finish"]:enabled').click();
    await desk.getByTestId('current-number').waitFor({ state: 'detached' });
    expect(await status(2)).toBe('finished');
  });
});
