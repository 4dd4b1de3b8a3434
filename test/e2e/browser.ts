/**
 * Debian's Chromium driven by playwright-core, headless, with nothing reaching outside this machine.
 * Screenshots go to test-output/screenshots/ for reviewers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-output', 'screenshots');

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Whether the whole element is in sight: inside the window and inside every ancestor that scrolls or
 * clips (a dialog's body), as a person at the screen would see it without scrolling.
 */
export function inSight(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const within = (box: { top: number; bottom: number; left: number; right: number }): boolean =>
      r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
    if (!within({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const { overflowY } = getComputedStyle(up);
      if (overflowY !== 'visible' && !within(up.getBoundingClientRect())) return false;
    }
    return true;
  });
}
