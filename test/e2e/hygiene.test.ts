/**
 * The browser suite cleans up after itself: screenshots land under test-output/screenshots, and a
 * hall and browser closed the way every e2e file closes them in afterAll leave nothing listening or
 * running (the hall's port, the fake printer's port, the browser process).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SCREENSHOT_DIR, launchBrowser, shot } from './browser';
import { startE2eHall, type E2eHall } from './e2e-hall';
import { openPage } from './pages';

jest.setTimeout(90_000);

/** Whether something accepts connections on 127.0.0.1:port right now. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('e2e hygiene', () => {
  let hall: E2eHall | null = null;
  let browser: Browser | null = null;

  afterAll(async () => {
    // Only if the test failed half-way: normally both are closed by the test itself.
    await browser?.close();
    await hall?.close();
  });

  it('screenshots go to test-output/screenshots; a closed hall and browser leave nothing running', async () => {
    expect(SCREENSHOT_DIR).toBe(path.resolve('test-output', 'screenshots'));
    await Promise.all([
      startE2eHall().then((h) => { hall = h; }),
      launchBrowser().then((b) => { browser = b; }),
    ]);
    if (!hall || !browser) throw new Error('hall or browser did not start');
    const hallPort = Number(new URL(hall.url).port);
    const printerPort = hall.printer.port;
    expect(await listening(hallPort)).toBe(true);
    expect(await listening(printerPort)).toBe(true);

    const page = await openPage(browser, { width: 400, height: 300 }, `${hall.url}/healthz`);
    const file = path.join(SCREENSHOT_DIR, 'hygiene-check.png');
    fs.rmSync(file, { force: true });
    await shot(page, 'hygiene-check');
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    fs.rmSync(file);

    const closing = browser;
    await closing.close();
    browser = null;
    expect(closing.isConnected()).toBe(false);
    const closingHall = hall;
    await closingHall.close();
    hall = null;
    expect(await listening(hallPort)).toBe(false);
    expect(await listening(printerPort)).toBe(false);
  });
});
