/**
 * After a server restart, the lobby display, a kiosk and a resident's phone page show the hall as it is
 * now within 3 s of the server listening again (issue 11, point 4). The server stays down long enough
 * for the clients' reconnection back-off to reach its ceiling, the state changes right as it comes back
 * (a window calls the next ticket), and each page is watched against a deadline counted from the
 * moment the server listened, so a slow machine cannot make a late page look early or the reverse.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LANDSCAPE, PHONE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openKiosk, openPage } from './pages';
import { until } from './until';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

jest.setTimeout(90_000);

/** The deadline: from the server answering again to the page showing the current state. */
const RESYNC_DEADLINE_MS = 3000;
/** Long enough for every client's back-off to grow to its ceiling (the slowest case). */
const DOWN_FOR_MS = 7000;
const CENTRE = 'social-services';
const SERVICE = 'elderly-allowance';
const COUNTER = 4;

describe('resync after a server restart', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('display, kiosk and phone show the new state within 3 s of the server listening again', async () => {
    const { th } = suite.hall;
    const kioskClient = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kioskClient);
    const first = ok(await send(kioskClient, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
    ok(await send(kioskClient, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
    const token = await login(th.url, 'staff');
    const desk = await connect(th.url, { token });
    ok(await send(desk, 'counter.open', { counterId: COUNTER }));
    desk.close();

    const display = await openPage(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    await display.locator('.latest-empty').waitFor();
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    await kiosk.getByTestId(`centre-tile-${CENTRE}`).click();
    const serviceRow = kiosk.getByTestId(`service-row-${SERVICE}`);
    await serviceRow.locator('text=等候2人').waitFor();
    const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/t/${first.ticket.token}`);
    await phone.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();

    await suite.hall.stop();
    try {
      await kiosk.getByTestId('paused-screen').waitFor();
      await new Promise((resolve) => setTimeout(resolve, DOWN_FOR_MS));
    } finally {
      await suite.hall.restart();
    }
    const listenedAt = suite.hall.listenedAt;
    // The state changes as the server comes back: pages that reconnect first see it as an event, the
    // others in the snapshot they take on connecting.
    const again = await connect(suite.hall.th.url, { token });
    sockets.push(again);
    const called = ok(await send(again, 'counter.callNext', { counterId: COUNTER }));
    expect(called.current?.number).toBe(first.ticket.number);
    const number = first.ticket.number;

    const shownAfter = await Promise.all([
      shownWithin(display, listenedAt, 'the display showing the call', async () =>
        (await display.getByTestId('latest-call-number').textContent())?.trim() === number),
      shownWithin(kiosk, listenedAt, 'the kiosk showing one fewer waiting', async () =>
        (await kiosk.getByTestId('paused-screen').count()) === 0 && (await serviceRow.locator('text=等候1人').count()) === 1),
      shownWithin(phone, listenedAt, 'the phone showing its ticket called', async () =>
        (await phone.locator(`[data-testid="phone-called"][data-counter="${COUNTER}"]`).count()) === 1),
    ]);
    const [displayMs, kioskMs, phoneMs] = shownAfter;
    recordFigures({ displayMs, kioskMs, phoneMs, downForMs: DOWN_FOR_MS, deadlineMs: RESYNC_DEADLINE_MS });
    await shot(display, 'resync-display-after-restart');
    await shot(kiosk, 'resync-kiosk-after-restart');
    await shot(phone, 'resync-phone-after-restart');
    for (const ms of shownAfter) expect(ms).toBeLessThanOrEqual(RESYNC_DEADLINE_MS);
  });
});

/**
 * Waits until the page shows what `check` looks for, at most until the deadline counted from the
 * server's listen moment; answers how long after that moment it was seen.
 */
async function shownWithin(page: Page, listenedAt: number, what: string, check: () => Promise<boolean>): Promise<number> {
  page.setDefaultTimeout(RESYNC_DEADLINE_MS);
  await until(check, `${what} within ${RESYNC_DEADLINE_MS} ms of the restart`, Math.max(0, listenedAt + RESYNC_DEADLINE_MS - Date.now()));
  return Date.now() - listenedAt;
}

/** The measured figures, for docs/OPERATIONS.md and reviewers. */
function recordFigures(figures: Record<string, number>): void {
  const dir = path.resolve('test-output');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'resync-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
}
