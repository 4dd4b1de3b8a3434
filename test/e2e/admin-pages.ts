/**
 * The admin console (/admin/) as a browser test drives it: at the smallest desktop it is built for,
 * logged in through its own form, with every console error and CSP violation of the page collected.
 */
import type { Browser, Page } from 'playwright-core';
import { openPage } from './pages';

export const CONSOLE_SCREEN = { width: 1366, height: 768 };

export interface ConsolePage {
  page: Page;
  /** Console errors, uncaught page errors and CSP violations seen so far. */
  problems: string[];
}

export async function openConsole(browser: Browser, hallUrl: string): Promise<ConsolePage> {
  const page = await openPage(browser, CONSOLE_SCREEN, '');
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
  await page.goto(`${hallUrl}/admin/`);
  return { page, problems };
}

/** Fills the login form; the caller waits for what should follow (the shell, the password change…). */
export async function logInAt(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The forced first-login password change (console and counter desk share it). */
export async function changeFirstPassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByTestId('password-current').fill(current);
  await page.getByTestId('password-new').fill(next);
  await page.getByTestId('password-repeat').fill(next);
  await page.getByTestId('password-submit').click();
}

/** A field of a console form, by the name the command gives it. */
export function field(page: Page, name: string) {
  return page.getByTestId(`field-${name}`);
}
