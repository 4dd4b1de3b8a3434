/**
 * The setup every browser test file shares: one e2e hall and one Chromium for the file, started side by
 * side before its tests and closed after them. Call `e2eSuite()` at the top of a describe block (or the
 * file) and read `suite.hall` and `suite.browser` inside the tests; `options` adjust that file's hall.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startE2eHall, type E2eHall, type E2eHallOptions } from './e2e-hall';

export interface E2eSuite {
  readonly hall: E2eHall;
  readonly browser: Browser;
}

export function e2eSuite(options: E2eHallOptions = {}): E2eSuite {
  let hall: E2eHall | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    // Each is kept as soon as it is up, so afterAll stops it even if the other failed to start.
    await Promise.all([
      startE2eHall(options).then((h) => { hall = h; }),
      launchBrowser().then((b) => { browser = b; }),
    ]);
  });
  afterAll(async () => {
    // Closing the browser closes every page it opened.
    await browser?.close();
    await hall?.close();
  });
  return {
    get hall(): E2eHall {
      if (!hall) throw new Error('the e2e hall did not start');
      return hall;
    },
    get browser(): Browser {
      if (!browser) throw new Error('Chromium did not start');
      return browser;
    },
  };
}
