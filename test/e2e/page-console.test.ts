/**
 * Every page of the hall runs under its Content-Security-Policy without a violation and without any
 * other console error: the kiosk, the hall display, the counter desk, the rating pad and the phone page,
 * each in real Chromium against the real server and its real headers.
 */
import type { Browser, Page } from 'playwright-core';
import { LANDSCAPE, PHONE, PORTRAIT } from './browser';
import { e2eSuite } from './suite';
import { COUNTER_SCREEN, openPage } from './pages';
import { STAFF_PASSWORD } from '../../testkit/hall';
import { http, idemKey, ok } from '../../testkit/clients';
import type { IssuedTicket } from '../../protocol/views';

jest.setTimeout(90_000);

/** Console errors, uncaught page errors and CSP violations of one page, from before its first byte. */
async function watched(browser: Browser, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const page = await openPage(browser, viewport, '');
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, problems };
}

describe('pages under the security policy', () => {
  const suite = e2eSuite();


  it('the kiosk, display, counter, rating pad and phone pages show no CSP violation and no console error', async () => {
    const found: Record<string, string[]> = {};

    const kiosk = await watched(suite.browser, PORTRAIT);
    await kiosk.page.goto(suite.hall.kioskUrl);
    await kiosk.page.getByTestId('centre-tile-social-services').click();
    await kiosk.page.getByTestId('service-row-elderly-allowance').click();
    await kiosk.page.getByTestId('take-ticket').click();
    await kiosk.page.getByTestId('ticket-number').waitFor();
    await kiosk.page.getByTestId('ticket-qr').locator('svg, canvas, img').first().waitFor();
    found.kiosk = kiosk.problems;

    const display = await watched(suite.browser, LANDSCAPE);
    await display.page.goto(suite.hall.displayUrl);
    await display.page.getByTestId('waiting-elderly-allowance').waitFor({ state: 'attached' });
    found.display = display.problems;

    const desk = await watched(suite.browser, COUNTER_SCREEN);
    await desk.page.goto(`${suite.hall.url}/counter/`);
    await desk.page.getByTestId('login-username').fill('staff');
    await desk.page.getByTestId('login-password').fill(STAFF_PASSWORD);
    await desk.page.getByTestId('login-submit').click();
    await desk.page.getByTestId('counter-pick-4').click();
    await desk.page.locator('[data-testid="action-call-next"]:enabled').waitFor();
    found.counter = desk.problems;

    const padKey = suite.hall.th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
    const pad = await watched(suite.browser, { width: 1280, height: 800 });
    await pad.page.goto(`${suite.hall.url}/pad/?key=${padKey}`);
    await pad.page.getByTestId('pad-idle').waitFor();
    found.pad = pad.problems;

    const issued = ok((await http<IssuedTicket>(suite.hall.url, 'POST', '/api/tickets',
      { deviceKey: suite.hall.th.kioskKey, body: { serviceId: 'elderly-allowance', idempotencyKey: idemKey() } })).body);
    const phone = await watched(suite.browser, PHONE);
    await phone.page.goto(`${suite.hall.url}/t/${issued.ticket.token}`);
    await phone.page.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();
    found.phone = phone.problems;

    expect(found).toEqual({ kiosk: [], display: [], counter: [], pad: [], phone: [] });
  });
});
