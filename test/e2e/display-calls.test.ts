/**
 * The lobby display keeps up with the hall: when several windows call within a moment, the newest call
 * is on the big panel at once (the voice may still be saying the first), every call of the burst is in
 * sight, and a ticket its window finished is no longer shown as being called.
 */
import { LANDSCAPE, shot } from './browser';
import { e2eSuite } from './suite';
import { openPage } from './pages';
import { addStaff } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

jest.setTimeout(60_000);

/** Three windows of 社会服务 and a service each of them serves. */
const WINDOWS = [4, 5, 6] as const;
const SERVICES = { 4: 'elderly-allowance', 5: 'elderly-allowance', 6: 'disability-certificate' } as const;

describe('the lobby display in a burst of calls', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('shows the newest call at once, keeps the others in sight, and drops a finished ticket from the panel', async () => {
    const { th } = suite.hall;
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    const names = addStaff(th.hall, WINDOWS.length);
    const desks = await Promise.all(names.map(async (name) => connect(th.url, { token: await login(th.url, name) })));
    sockets.push(...desks);
    for (const window of WINDOWS) {
      ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICES[window], idempotencyKey: idemKey() }));
    }
    const display = await openPage(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    await display.locator('.latest-empty').waitFor();

    const numbers: string[] = [];
    for (const [i, window] of WINDOWS.entries()) {
      const desk = desks[i];
      if (!desk) throw new Error('no desk');
      ok(await send(desk, 'counter.open', { counterId: window }));
      const called = ok(await send(desk, 'counter.callNext', { counterId: window }));
      numbers.push(called.current?.number ?? '');
    }
    const newest = numbers[numbers.length - 1] ?? '';
    await display.locator(`[data-testid="latest-call-number"]:text-is("${newest}")`).waitFor();
    for (const number of numbers.slice(0, -1)) {
      await display.locator(`[data-testid="call-history"] [data-number="${number}"]`).waitFor();
    }
    await shot(display, 'display-02-burst');

    // The newest ticket is finished at its window: the panel goes back to the newest call still in hand.
    const lastDesk = desks[WINDOWS.length - 1];
    if (!lastDesk) throw new Error('no desk');
    ok(await send(lastDesk, 'counter.start', { counterId: WINDOWS[2] }));
    ok(await send(lastDesk, 'counter.finish', { counterId: WINDOWS[2] }));
    await display.locator(`[data-testid="latest-call-number"]:text-is("${numbers[1] ?? ''}")`).waitFor();
    await shot(display, 'display-03-after-finish');
  });
});
