/**
 * Pages of the hall as a resident, a counter and the lobby see them: one browser context each (its own
 * storage, so a kiosk key or a staff session never leaks into another page), in the hall's language and
 * time zone, with screen sizes of the real devices.
 */
import type { Browser, Page } from 'playwright-core';
import { STAFF_PASSWORD } from '../../testkit/hall';

export const COUNTER_SCREEN = { width: 1366, height: 768 };

/** How long a page may take to show what a step expects: generous, the machine has two cores. */
const STEP_TIMEOUT_MS = 15_000;

export async function openPage(browser: Browser, viewport: { width: number; height: number }, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  if (url) await page.goto(url);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** The kiosk at its home screen, connected and showing the six centres. */
export async function openKiosk(browser: Browser, kioskUrl: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await openPage(browser, viewport, kioskUrl);
  await page.getByTestId('centre-tile-social-services').waitFor();
  return page;
}

/** From the home screen to one service's screen, through its centre. */
export async function openService(page: Page, centreId: string, serviceId: string): Promise<void> {
  await page.getByTestId(`centre-tile-${centreId}`).click();
  await page.getByTestId(`service-row-${serviceId}`).click();
  await page.getByTestId('take-ticket').waitFor();
}

/** Staff logs in at the counter page and opens a counter; resolves when the desk can call. */
export async function openDesk(browser: Browser, hallUrl: string, counterId: number): Promise<Page> {
  const page = await openPage(browser, COUNTER_SCREEN, `${hallUrl}/counter/`);
  await page.getByTestId('login-username').fill('staff');
  await page.getByTestId('login-password').fill(STAFF_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId(`counter-pick-${counterId}`).click();
  await page.locator('[data-testid="action-call-next"]:enabled').waitFor();
  return page;
}

/** Waits until the desk has `number` in hand. */
export function deskHolds(desk: Page, number: string): Promise<void> {
  return desk.locator(`[data-testid="current-number"]:text-is("${number}")`).waitFor();
}

/** Waits until the desk's button `testId` can be pressed. */
export function deskReady(desk: Page, testId: string): Promise<void> {
  return desk.locator(`[data-testid="${testId}"]:enabled`).waitFor();
}
