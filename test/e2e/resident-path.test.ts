/**
 * One resident's whole visit, through the real pages: on the portrait kiosk, a centre, a service, its
 * 办理指南, a priority ticket (printed once on the fake printer), the phone page from the ticket's QR
 * link, the counter calling and finishing, the lobby display showing the call, and a bad rating from
 * the phone that lands in the database tied to the ticket, the window and the staff member.
 */
import type { Page } from 'playwright-core';
import { LANDSCAPE, PHONE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openDesk, openKiosk, openPage } from './pages';
import { ratingOfTicket, ticketByNumber, userIdOf } from './hall-rows';
import { until } from './until';
import { DEMO_COUNTERS } from '../../server/demo/hall-data';

jest.setTimeout(90_000);

const CENTRE = 'social-services';
const SERVICE = 'elderly-allowance';
/** The first demo counter that serves the service (counter 4). */
const COUNTER = DEMO_COUNTERS.find((c) => c.services.includes(SERVICE))?.id ?? 0;

describe('a resident from kiosk to rating', () => {
  const suite = e2eSuite();


  it('takes a priority ticket, follows it on the phone, is called and rates the service', async () => {
    // — the kiosk, portrait —
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    await shot(kiosk, 'kiosk-portrait-01-home');
    await kiosk.getByTestId(`centre-tile-${CENTRE}`).click();
    await kiosk.getByTestId(`service-row-${SERVICE}`).waitFor();
    await shot(kiosk, 'kiosk-portrait-02-centre');
    await kiosk.getByTestId(`service-row-${SERVICE}`).click();
    await kiosk.getByTestId('take-priority').waitFor();
    await shot(kiosk, 'kiosk-portrait-03-service');

    // — the 办理指南: materials listed one by one, the time limits, and 不收费 for a free service —
    await kiosk.getByTestId('open-guide').click();
    const guide = kiosk.getByTestId('guide-screen');
    await guide.locator('#guide-materials .material').first().waitFor();
    expect(await guide.locator('#guide-materials .material').count()).toBeGreaterThanOrEqual(2);
    for (const item of await guide.locator('#guide-materials .material-name').all()) {
      expect(await item.isVisible()).toBe(true);
      expect((await item.innerText()).trim()).not.toBe('');
    }
    await expectVisibleText(kiosk, '#guide-materials-title', '申请材料');
    await expectVisibleText(kiosk, '#guide-time-title', '办理时限');
    await expectVisibleText(kiosk, '#guide-time', '法定时限');
    await expectVisibleText(kiosk, '#guide-time', '承诺时限');
    await expectVisibleText(kiosk, '#guide-fees-title', '收费标准');
    await expectVisibleText(kiosk, '#guide-fees', '不收费');
    await expectVisibleText(kiosk, '#guide-place-title', '办理地点与窗口');
    await shot(kiosk, 'kiosk-portrait-04-guide');
    await kiosk.getByTestId('nav-back').click();

    // — a priority ticket (over 70) —
    await kiosk.getByTestId('take-priority').click();
    await kiosk.getByTestId('priority-elderly70').waitFor();
    await shot(kiosk, 'kiosk-portrait-05-priority');
    await kiosk.getByTestId('priority-elderly70').click();
    const numberOnScreen = kiosk.getByTestId('ticket-number');
    await numberOnScreen.waitFor();
    const number = (await numberOnScreen.innerText()).trim();
    expect(number).toMatch(/^E\d{3}$/);
    // Shown large: an elderly resident must read it from a step back.
    expect(await fontSizeOf(kiosk, '[data-testid="ticket-number"]')).toBeGreaterThanOrEqual(120);
    expect(await kiosk.getByTestId('ticket-qr').locator('svg, canvas, img').first().isVisible()).toBe(true);
    await until(() => suite.hall.printer.jobs().length === 1, 'the ticket slip to reach the printer');
    await kiosk.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    await shot(kiosk, 'kiosk-portrait-06-ticket');

    const ticket = ticketByNumber(suite.hall.th.hall.db, number);
    expect(ticket).toMatchObject({ serviceId: SERVICE, priority: 'elderly70', status: 'waiting' });
    if (!ticket) throw new Error('the ticket on screen is not in the database');
    expect(suite.hall.printer.jobs()).toHaveLength(1);

    // — the phone, following the ticket by its token —
    const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/t/${ticket.token}`);
    await phone.getByText(number).first().waitFor();
    expect((await phone.getByTestId('phone-number').innerText()).trim()).toBe(number);
    await phone.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();
    await phone.locator('[data-testid="phone-ahead"][data-count="0"]').waitFor();
    await shot(phone, 'phone-01-waiting');

    // — the lobby display and the counter —
    const display = await openPage(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    await display.locator(`[data-testid="waiting-${SERVICE}"][data-waiting="1"]`).waitFor({ state: 'attached' });
    await shot(display, 'display-00-waiting');
    const desk = await openDesk(suite.browser, suite.hall.url, COUNTER);
    await desk.getByTestId(`queue-item-${number}`).waitFor();
    await desk.getByTestId('action-call-next').click();
    await expectText(desk, '[data-testid="current-number"]', number);
    await shot(desk, 'counter-01-called');

    await phone.locator(`[data-testid="phone-called"][data-counter="${COUNTER}"]`).waitFor();
    await shot(phone, 'phone-02-called');
    await expectText(display, '[data-testid="latest-call-number"]', number);
    await display.locator(`[data-testid="latest-call-counter"][data-counter="${COUNTER}"]`).waitFor();
    expect(await display.getByTestId('latest-call-counter').innerText()).toContain(String(COUNTER));
    await shot(display, 'display-01-called');

    await desk.locator('[data-testid="action-start"]:enabled').click();
    await desk.locator('[data-testid="action-finish"]:enabled').click();
    await desk.locator('[data-testid="action-call-next"]:enabled').waitFor();
    await shot(desk, 'counter-02-finished');

    // — the rating on the phone: 非常不满意 with a reason —
    await phone.locator('[data-testid="phone-status"][data-status="finished"]').waitFor();
    await phone.getByTestId('rating-level-1').click();
    await shot(phone, 'phone-03-rating');
    await phone.getByTestId('rating-reason-attitude').click();
    await phone.getByTestId('rating-submit').click();
    await phone.getByTestId('rating-done').waitFor();
    await shot(phone, 'phone-04-rated');

    const staffId = userIdOf(suite.hall.th.hall.db, 'staff');
    expect(staffId).toEqual(expect.any(Number));
    const rating = ratingOfTicket(suite.hall.th.hall.db, ticket.id);
    expect(rating).toMatchObject({ ticketId: ticket.id, counterId: COUNTER, staffId, level: 1, source: 'phone' });
    expect(JSON.parse(rating?.reasons ?? '[]')).toEqual(['attitude']);
    expect(suite.hall.printer.jobs()).toHaveLength(1);
  });
});

async function expectVisibleText(page: Page, selector: string, text: string): Promise<void> {
  const element = page.locator(selector);
  await element.waitFor();
  expect(await element.isVisible()).toBe(true);
  expect(await element.innerText()).toContain(text);
}

/** Waits until the element's text is exactly `text` (a live page updates it from the socket). */
async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.textContent?.trim() === want,
    [selector, text] as const,
  );
}

async function fontSizeOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
