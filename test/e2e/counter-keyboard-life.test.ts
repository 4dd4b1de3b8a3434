/**
 * The counter desk by keyboard alone, through whole tickets' lives: call, recall, start, hold, no-show,
 * resume, finish and transfer (the dialog worked with Escape, arrows, a window's number and Enter) on the
 * main row's digits; then the same on a bare number pad used as a 叫号器 (Enter calls, + recalls, − no-show,
 * 0 finishes, 8 with two held tickets opens a picker worked by digits); then a key moved in the desk's
 * key settings, kept across a reload. No mouse click touches a ticket.
 */
import type { Page } from 'playwright-core';
import type { IssuedTicket, TicketTrack } from '../../protocol/views';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { deskHolds, deskReady, openDesk } from './pages';
import { addStaff } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

jest.setTimeout(120_000);

describe('the counter desk by keyboard alone', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  const handsFree = async (desk: Page): Promise<void> => {
    await desk.getByTestId('current-number').waitFor({ state: 'detached' });
    await desk.locator('[data-testid="action-call-next"]:enabled').waitFor();
  };

  it('works every verb from the keys, on the main row and on a number pad', async () => {
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    sockets.push(kiosk);
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 8; i += 1) {
      tickets.push(ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket);
    }
    const n = tickets.map((t) => t.ticket.number);
    const track = async (i: number): Promise<TicketTrack> =>
      ok(await send(kiosk, 'ticket.track', { token: tickets[i]?.ticket.token ?? '' })) as TicketTrack;
    // Window 5 is open (a colleague), so the transfer dialog offers it.
    const [colleague] = addStaff(suite.hall.th.hall, 1);
    const five = await connect(suite.hall.url, { token: await login(suite.hall.url, colleague ?? '') });
    sockets.push(five);
    ok(await send(five, 'counter.open', { counterId: 5 }));

    const desk = await openDesk(suite.browser, suite.hall.url, 4);
    await desk.locator(`[data-testid="queue-item-${n[0]}"] [data-testid="queue-next"]`).waitFor();

    // 1 calls, 2 recalls, 3 starts, 7 holds.
    await desk.keyboard.press('1');
    await deskHolds(desk, n[0] ?? '');
    await desk.keyboard.press('2');
    await desk.getByText('已重呼1次').waitFor();
    await deskReady(desk, 'action-start');
    await desk.keyboard.press('3');
    await deskReady(desk, 'action-hold');
    await desk.keyboard.press('7');
    await desk.getByTestId(`held-item-${n[0]}`).waitFor();
    await handsFree(desk);
    // 1 calls the next, 4 marks the no-show.
    await desk.keyboard.press('1');
    await deskHolds(desk, n[1] ?? '');
    await deskReady(desk, 'action-no-show');
    await desk.keyboard.press('4');
    await handsFree(desk);
    expect((await track(1)).status).toBe('no_show');
    // 8 resumes the one held ticket, 5 finishes it.
    await desk.keyboard.press('8');
    await deskHolds(desk, n[0] ?? '');
    await deskReady(desk, 'action-finish');
    await desk.keyboard.press('5');
    await handsFree(desk);
    expect((await track(0)).status).toBe('finished');

    // Transfer: 6 opens the dialog, Escape leaves the ticket in hand; 6 again, the arrows move, then the
    // window's number jumps to window 5 and Enter sends the ticket there.
    await desk.keyboard.press('1');
    await deskHolds(desk, n[2] ?? '');
    await deskReady(desk, 'action-transfer');
    await desk.keyboard.press('6');
    await desk.getByTestId('transfer-dialog').waitFor();
    await desk.keyboard.press('Escape');
    await desk.getByTestId('transfer-dialog').waitFor({ state: 'detached' });
    await deskHolds(desk, n[2] ?? '');
    await desk.keyboard.press('6');
    await desk.getByTestId('transfer-dialog').waitFor();
    await desk.keyboard.press('ArrowDown');
    await desk.keyboard.press('ArrowDown');
    await desk.keyboard.press('5');
    expect(await desk.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('transfer-counter-5');
    await shot(desk, 'counter-05-transfer-by-keys');
    await desk.keyboard.press('Enter');
    await desk.getByTestId('transfer-dialog').waitFor({ state: 'detached' });
    await handsFree(desk);
    const transferred = await track(2);
    expect(transferred.status).toBe('waiting');
    expect(transferred.servingCounters).toEqual([5]);

    // The number pad alone: Enter calls, + recalls, − no-show; Enter, 3, 7 holds two tickets.
    await desk.keyboard.press('NumpadEnter');
    await deskHolds(desk, n[3] ?? '');
    await desk.keyboard.press('NumpadAdd');
    await desk.getByText('已重呼1次').waitFor();
    await deskReady(desk, 'action-no-show');
    await desk.keyboard.press('NumpadSubtract');
    await handsFree(desk);
    expect((await track(3)).status).toBe('no_show');
    for (const i of [4, 5]) {
      await desk.keyboard.press('NumpadEnter');
      await deskHolds(desk, n[i] ?? '');
      await deskReady(desk, 'action-start');
      await desk.keyboard.press('Numpad3');
      await deskReady(desk, 'action-hold');
      await desk.keyboard.press('Numpad7');
      await handsFree(desk);
    }
    // 8 with two held tickets: a picker, numbered; 2 and Enter resume the second; pad 0 finishes.
    await desk.keyboard.press('Numpad8');
    await desk.getByTestId('resume-dialog').waitFor();
    await desk.keyboard.press('Numpad2');
    await shot(desk, 'counter-06-resume-picker');
    await desk.keyboard.press('NumpadEnter');
    await desk.getByTestId('resume-dialog').waitFor({ state: 'detached' });
    await deskHolds(desk, n[5] ?? '');
    await deskReady(desk, 'action-finish');
    await desk.keyboard.press('Numpad0');
    await handsFree(desk);
    await desk.keyboard.press('Numpad8');
    await deskHolds(desk, n[4] ?? '');
    await deskReady(desk, 'action-finish');
    await desk.keyboard.press('Numpad0');
    await handsFree(desk);
    expect([(await track(4)).status, (await track(5)).status]).toEqual(['finished', 'finished']);

    // This desk's keys: 重呼 moved to F2 alone in the settings (arrows, Delete, Enter, the key), kept after a reload.
    await desk.getByTestId('action-keys').click();
    await desk.getByTestId('keys-dialog').waitFor();
    await desk.keyboard.press('ArrowDown'); // from 叫下一位 to 重呼
    await desk.keyboard.press('Delete'); // its keys cleared
    await desk.locator('[data-testid="keys-of-recall"]:has-text("未设置")').waitFor();
    await desk.keyboard.press('Enter');
    await desk.getByTestId('keys-capturing').waitFor();
    await desk.keyboard.press('F2');
    await desk.locator('[data-testid="keys-of-recall"]:has-text("F2")').waitFor();
    expect(await desk.getByTestId('keys-of-recall').innerText()).toBe('F2');
    await shot(desk, 'counter-07-key-settings');
    await desk.keyboard.press('Escape');
    await desk.getByTestId('keys-dialog').waitFor({ state: 'detached' });
    expect(await desk.getByTestId('action-recall').getAttribute('aria-keyshortcuts')).toBe('F2');
    await desk.reload();
    await desk.locator('[data-testid="action-call-next"]:enabled').waitFor();
    expect(await desk.getByTestId('action-recall').getAttribute('aria-keyshortcuts')).toBe('F2');
    await desk.keyboard.press('NumpadEnter');
    await deskHolds(desk, n[6] ?? '');
    await desk.keyboard.press('NumpadAdd'); // no longer 重呼
    await desk.keyboard.press('F2');
    await desk.getByText('已重呼1次').waitFor();
    expect((await track(6)).status).toBe('called');
    await shot(desk, 'counter-08-keys-after-reload');
  });
});
