/**
 * Every kiosk screen, in portrait (1080×1920) and landscape (1920×1080): a screenshot for reviewers,
 * and the elder-friendly rules measured on each (text ≥ 24 px, touch targets ≥ 60×60 px, contrast
 * ≥ 4.5:1; see elder-rules.ts). All findings of one orientation are gathered and reported together,
 * so one run shows every screen that breaks a rule.
 */
import type { Page } from 'playwright-core';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { auditElderRules, type ElderFinding } from './elder-rules';

/** The button lies wholly inside the viewport and above the back/home bar, with the page unscrolled. */
async function expectAboveNavBar(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  const bar = await page.getByTestId('nav-home').boundingBox();
  if (!box || !bar) throw new Error(`${testId} or the navigation bar is not on screen`);
  expect({ testId, bottom: Math.round(box.y + box.height) <= Math.round(bar.y) }).toEqual({ testId, bottom: true });
}
import { openKiosk, openService } from './pages';

jest.setTimeout(90_000);

const CENTRE = 'social-services';
/** 高龄津贴申领: a guide with sample forms, priority reasons, a free service. */
const SERVICE = 'elderly-allowance';

const ORIENTATIONS = [
  ['portrait', PORTRAIT],
  ['landscape', LANDSCAPE],
] as const;

type Findings = Record<string, ElderFinding[]>;

describe('kiosk screens', () => {
  const suite = e2eSuite();
  const kiosks = new Map<string, Page>();


  /** Screenshot plus audit of the screen now shown; `step` numbers the screenshots in visiting order. */
  function checker(page: Page, orientation: string, findings: Findings) {
    let step = 0;
    return async (screen: string): Promise<void> => {
      step += 1;
      await shot(page, `kiosk-screens-${orientation}-${String(step).padStart(2, '0')}-${screen}`);
      const audit = await auditElderRules(page);
      // A screen with nothing measured would pass vacuously: make sure the audit saw the page.
      expect(audit.checked.text).toBeGreaterThan(3);
      expect(audit.checked.targets).toBeGreaterThan(0);
      if (audit.findings.length > 0) findings[screen] = audit.findings;
    };
  }

  it.each(ORIENTATIONS)('every screen in %s keeps the elder-friendly rules', async (orientation, viewport) => {
    const findings: Findings = {};
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, viewport);
    kiosks.set(orientation, page);
    const check = checker(page, orientation, findings);

    await check('home');
    await page.getByTestId(`centre-tile-${CENTRE}`).click();
    await page.getByTestId(`service-row-${SERVICE}`).waitFor();
    await check('centre');
    await page.getByTestId(`service-row-${SERVICE}`).click();
    await page.getByTestId('take-ticket').waitFor();
    await check('service');

    await page.getByTestId('open-guide').click();
    await page.getByTestId('guide-sample-1').waitFor();
    await check('guide');
    await page.getByTestId('guide-sample-1').click();
    await page.getByTestId('sample-viewer').waitFor();
    await page.locator('[data-testid="sample-viewer"] img').evaluate((img) => {
      if (!(img instanceof HTMLImageElement)) throw new Error('the sample viewer shows no image');
      return img.decode();
    });
    await check('sample-viewer');
    await page.getByTestId('sample-close').click();
    await page.getByTestId('sample-viewer').waitFor({ state: 'detached' });

    await page.getByTestId('open-notice').click();
    await page.getByTestId('print-notice').waitFor();
    await check('notice');

    await page.getByTestId('nav-home').click();
    await openService(page, CENTRE, SERVICE);
    await page.getByTestId('take-priority').click();
    await page.getByTestId('priority-elderly70').waitFor();
    await check('priority');
    await page.getByTestId('priority-elderly70').click();
    await page.getByTestId('ticket-number').waitFor();
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    // The on-screen ticket shows the slip's rating code too (a resident without paper can note it).
    const code = /[0-9]{6}/.exec(await page.getByTestId('ticket-rating-code').innerText())?.[0] ?? '';
    expect(code).toMatch(/^[0-9]{6}$/);
    await page.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    await check('ticket');

    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-rate').click();
    await page.getByTestId('rate-number').waitFor();
    for (const key of number) await page.getByTestId(`keypad-${key}`).click();
    await page.waitForFunction((n) => document.querySelector('[data-testid="rate-number"]')?.textContent?.trim() === n, number);
    await check('rate-number');
    await page.getByTestId('rate-number-submit').click();
    await page.getByTestId('rate-code').waitFor();
    for (const key of code) await page.getByTestId(`keypad-${key}`).click();
    await page.waitForFunction((c) => document.querySelector('[data-testid="rate-code"]')?.textContent?.trim() === c, code);
    await check('rate-code');
    await page.getByTestId('rate-code-submit').click();
    await page.getByTestId('rating-level-2').click();
    // The main button must be reachable without scrolling, even while the reason hint is shown.
    await expectAboveNavBar(page, 'rating-submit');
    await page.getByTestId('rating-reason-waiting').click();
    await expectAboveNavBar(page, 'rating-submit');
    await check('rate-level');

    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-complaint').click();
    await page.getByTestId('complaint-category-suggestion').waitFor();
    await check('complaint');
    await page.getByTestId('complaint-category-suggestion').click();
    await page.getByTestId('complaint-phrase-1').click();
    await expectAboveNavBar(page, 'complaint-submit');
    await check('complaint-compose');

    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-guides').click();
    await page.getByTestId('guides-screen').waitFor();
    await check('guides');

    // The rules hold in Mongolian (two scripts stacked) and in large-text mode too.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('lang-toggle-mn').click();
    await page.locator('[data-testid="centre-tile-social-services"] .centre-name .mn').waitFor();
    await check('home-mongolian');
    await page.getByTestId(`centre-tile-${CENTRE}`).click();
    await page.getByTestId(`service-row-${SERVICE}`).click();
    await page.getByTestId('large-text-toggle').click();
    await page.locator('[data-testid="large-text-toggle"][aria-pressed="true"]').waitFor();
    await check('service-mongolian-large-text');

    expect(findings).toEqual({});
  });

  it('the paused screen, in both orientations, while the server is down', async () => {
    const findings: Findings = {};
    for (const [orientation] of ORIENTATIONS) {
      const page = kiosks.get(orientation);
      if (!page) throw new Error(`no ${orientation} kiosk from the walk through the screens`);
      await page.getByTestId('nav-home').click();
      await page.getByTestId('centre-tile-social-services').waitFor();
    }
    await suite.hall.stop();
    try {
      for (const [orientation] of ORIENTATIONS) {
        const page = kiosks.get(orientation);
        if (!page) continue;
        await page.getByTestId('paused-screen').waitFor();
        // Screenshots of the walk above were numbered 01–15; the paused screen comes last.
        await shot(page, `kiosk-screens-${orientation}-99-paused`);
        const audit = await auditElderRules(page);
        expect(audit.checked.text).toBeGreaterThan(1);
        if (audit.findings.length > 0) findings[`paused-${orientation}`] = audit.findings;
      }
    } finally {
      await suite.hall.restart();
    }
    expect(findings).toEqual({});
  });
});
