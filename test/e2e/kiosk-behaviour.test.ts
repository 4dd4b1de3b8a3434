/**
 * How the kiosk behaves when things are not ideal: a printer out of paper, a resident who walks away,
 * one who needs larger text or Mongolian, a nervous double tap, and a server that restarts.
 */
import type { Page } from 'playwright-core';
import { PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openKiosk, openPage, openService } from './pages';
import { ticketByNumber, ticketsOfService } from './hall-rows';
import { fontsUsedFor } from './rendered-fonts';
import { IDLE_TIMES } from '../../kiosk-ui/src/idle/idle-settings';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';

jest.setTimeout(90_000);

const MONGOLIAN_FACE = 'Noto Sans Mongolian';

describe('kiosk behaviour', () => {
  const suite = e2eSuite();
  let pages: Page[] = [];

  async function kiosk(): Promise<Page> {
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    pages.push(page);
    return page;
  }

  async function ticketNumberOn(page: Page): Promise<string> {
    await page.getByTestId('ticket-number').waitFor();
    return (await page.getByTestId('ticket-number').innerText()).trim();
  }

  afterEach(async () => {
    for (const page of pages) await closePage(page);
    pages = [];
  });

  it('warns before a ticket when the printer is out of paper, and still issues it on screen', async () => {
    const page = await kiosk();
    await openService(page, 'legal-aid', 'legal-aid-application');
    const jobsBefore = suite.hall.printer.jobs().length;

    suite.hall.printer.paper = 'paper_out';
    try {
      await suite.hall.printing().manager.refresh(DEMO_PRINTER_ID);
      await page.getByTestId('printer-warning').waitFor();
      await shot(page, 'kiosk-behaviour-01-printer-warning');

      await page.getByTestId('take-ticket').click();
      const number = await ticketNumberOn(page);
      await page.locator('[data-testid="print-status"][data-status="unavailable"]').waitFor();
      expect(await page.getByTestId('ticket-number').isVisible()).toBe(true);
      expect(await page.getByTestId('ticket-qr').locator('svg, canvas, img').first().isVisible()).toBe(true);
      await shot(page, 'kiosk-behaviour-02-ticket-without-slip');

      expect(ticketByNumber(suite.hall.th.hall.db, number)).toMatchObject({ serviceId: 'legal-aid-application', status: 'waiting' });
      expect(suite.hall.printer.jobs()).toHaveLength(jobsBefore);
    } finally {
      suite.hall.printer.paper = 'ok';
      await suite.hall.printing().manager.refresh(DEMO_PRINTER_ID);
    }
    // Paper back in: the warning goes away by itself.
    await page.getByTestId('nav-home').click();
    await openService(page, 'legal-aid', 'legal-aid-application');
    await page.getByTestId('printer-warning').waitFor({ state: 'detached' });
  });

  it('returns home after a visible countdown when nobody touches it', async () => {
    // The idle guard measures with Date.now() on a setInterval: the page's fake clock lets the test
    // jump over a minute of silence without waiting for it.
    const page = await openPage(suite.browser, PORTRAIT, '');
    pages.push(page);
    await page.clock.install();
    await page.goto(suite.hall.kioskUrl);
    await openService(page, 'culture-sports', 'venue-booking');

    await page.clock.fastForward(IDLE_TIMES.idleMs + 1_000);
    const countdown = page.getByTestId('idle-countdown');
    await countdown.waitFor();
    expect(await countdown.innerText()).toMatch(/\d/);
    await shot(page, 'kiosk-behaviour-03-idle-countdown');
    // Still on the service screen under the overlay: nothing is lost before the countdown ends.
    expect(await page.getByTestId('take-ticket').count()).toBe(1);

    await page.clock.fastForward(IDLE_TIMES.countdownMs);
    await page.getByTestId('centre-tile-culture-sports').waitFor();
    await countdown.waitFor({ state: 'detached' });
    expect(await page.getByTestId('nav-home').count()).toBe(0);
    expect(await page.getByTestId('take-ticket').count()).toBe(0);
  });

  it('large-text mode makes body text at least 20% larger', async () => {
    const page = await kiosk();
    const prompt = page.locator('.home-screen .screen-prompt');
    const before = await prompt.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByTestId('large-text-toggle').click();
    await page.locator('[data-testid="large-text-toggle"][aria-pressed="true"]').waitFor();
    const after = await prompt.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThanOrEqual(before * 1.2);
    await shot(page, 'kiosk-behaviour-04-large-text');
  });

  it('Mongolian mode draws real Mongolian letters, not boxes', async () => {
    const page = await kiosk();
    await page.getByTestId('lang-toggle-mn').click();
    const selector = '[data-testid="centre-tile-social-services"] .centre-name .mn';
    const mongolian = page.locator(selector);
    await mongolian.waitFor();
    const text = (await mongolian.innerText()).trim();
    expect(text).toMatch(/[\u1820-\u1878]/);
    const box = await mongolian.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(0);
    expect(box?.height ?? 0).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'kiosk-behaviour-05-mongolian');

    // Robust test for tofu: ask Chromium which faces it drew this element's text with. Real
    // Mongolian comes from the bundled Noto Sans Mongolian web font; a missing glyph would be drawn
    // from another (fallback) face and be counted under that face's name instead. So: the Mongolian
    // face drew glyphs, and any other face drew at most the spaces and punctuation of the string.
    // (document.fonts.check() is not enough on its own: it answers true for a family no @font-face
    // names at all.)
    const used = await fontsUsedFor(page, selector);
    const fromMongolianFace = used.filter((f) => f.familyName === MONGOLIAN_FACE);
    expect(fromMongolianFace.length).toBeGreaterThan(0);
    expect(fromMongolianFace.every((f) => f.isCustomFont)).toBe(true);
    const mongolianLetters = [...text].filter((ch) => /[\u1800-\u18af]/.test(ch)).length;
    const glyphsElsewhere = used.filter((f) => f.familyName !== MONGOLIAN_FACE).reduce((n, f) => n + f.glyphCount, 0);
    expect(glyphsElsewhere).toBeLessThanOrEqual([...text].length - mongolianLetters);
    const loaded = await page.evaluate(
      (family) => [...document.fonts].some((face) => face.family.replace(/["']/g, '') === family && face.status === 'loaded'),
      MONGOLIAN_FACE,
    );
    expect(loaded).toBe(true);
  });

  it('a double tap on take-ticket issues exactly one ticket', async () => {
    const service = 'fitness-event-signup';
    const page = await kiosk();
    await openService(page, 'culture-sports', service);
    await page.getByTestId('take-ticket').dblclick();
    const first = await ticketNumberOn(page);
    expect(ticketsOfService(suite.hall.th.hall.db, service).map((t) => t.number)).toEqual([first]);

    // A second, later ticket gets the very next number: the double tap consumed no number either.
    // (The kiosk's socket delivers in order, so a stray second request would have reached the server
    // before this one.)
    await page.getByTestId('nav-home').click();
    await openService(page, 'culture-sports', service);
    await page.getByTestId('take-ticket').click();
    const second = await ticketNumberOn(page);
    expect(second).toBe(`${first.slice(0, 1)}${String(Number(first.slice(1)) + 1).padStart(3, '0')}`);
    expect(ticketsOfService(suite.hall.th.hall.db, service).map((t) => t.number)).toEqual([first, second]);
  });

  it('pauses while the server is down and recovers by itself after a restart', async () => {
    const page = await kiosk();
    await suite.hall.stop();
    try {
      await page.getByTestId('paused-screen').waitFor();
      await shot(page, 'kiosk-behaviour-06-server-down');
    } finally {
      await suite.hall.restart();
    }
    await page.getByTestId('paused-screen').waitFor({ state: 'detached' });
    await openService(page, 'family-planning', 'birth-registration');
    await page.getByTestId('take-ticket').click();
    const number = await ticketNumberOn(page);
    expect(ticketByNumber(suite.hall.th.hall.db, number)).toMatchObject({ serviceId: 'birth-registration', status: 'waiting' });
  });
});
