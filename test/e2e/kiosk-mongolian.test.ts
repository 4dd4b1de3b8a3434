/**
 * The kiosk in Mongolian mode, every screen a resident meets, in portrait and landscape, with normal and
 * large text: a screenshot of each, and the bilingual rule measured (mongolian-rules.ts): no control
 * outside the screen or on top of another, Mongolian first and not smaller, letters shaped, and drawn
 * from the Mongolian face (no tofu). All findings of one run are gathered and reported together.
 */
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openKiosk, openService } from './pages';
import { auditMongolian, type MongolianFinding } from './mongolian-rules';
import { fontsUsedFor } from './rendered-fonts';

jest.setTimeout(120_000);

const CENTRE = 'social-services';
const SERVICE = 'elderly-allowance';
const MONGOLIAN_FACE = /Noto Sans Mongolian/i;

const CASES = [
  ['portrait', 'normal', PORTRAIT],
  ['portrait', 'large', PORTRAIT],
  ['landscape', 'normal', LANDSCAPE],
  ['landscape', 'large', LANDSCAPE],
] as const;

describe('the kiosk in Mongolian', () => {
  const suite = e2eSuite();

  it.each(CASES)('%s, %s text: every screen keeps the bilingual rule', async (orientation, size, viewport) => {
    const findings: Record<string, MongolianFinding[]> = {};
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, viewport);
    let step = 0;
    let pairs = 0;
    const check = async (screen: string): Promise<void> => {
      step += 1;
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await shot(page, `kiosk-mn-${orientation}-${size}-${String(step).padStart(2, '0')}-${screen}`);
      const audit = await auditMongolian(page);
      expect(audit.checked.controls).toBeGreaterThan(0);
      pairs += audit.checked.pairs;
      if (audit.findings.length > 0) findings[screen] = audit.findings;
    };
    const home = async (): Promise<void> => {
      await page.getByTestId('nav-home').click();
      await page.getByTestId(`centre-tile-${CENTRE}`).waitFor();
    };

    await page.getByTestId('lang-toggle-mn').click();
    await page.locator(`[data-testid="centre-tile-${CENTRE}"] .centre-name .mn`).waitFor();
    if (size === 'large') {
      await page.getByTestId('large-text-toggle').click();
      await page.locator('[data-testid="large-text-toggle"][aria-pressed="true"]').waitFor();
    }
    await check('home');
    // All six centres and the four functions are on the screen at once, without scrolling.
    const tiles = page.locator('[data-testid^="centre-tile-"], [data-testid^="home-"]');
    expect(await tiles.count()).toBeGreaterThanOrEqual(10);
    const outside = await tiles.evaluateAll((els) => els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      return inside ? [] : [el.getAttribute('data-testid') ?? '?'];
    }));
    expect(outside).toEqual([]);
    // The centre names are drawn from the Mongolian face, not a fallback's empty boxes.
    const fonts = await fontsUsedFor(page, `[data-testid="centre-tile-${CENTRE}"] .centre-name .mn`);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.familyName).toMatch(MONGOLIAN_FACE);

    await page.getByTestId(`centre-tile-${CENTRE}`).click();
    await page.getByTestId(`service-row-${SERVICE}`).waitFor();
    await check('centre');
    await page.getByTestId(`service-row-${SERVICE}`).click();
    await page.getByTestId('take-ticket').waitFor();
    await check('service');
    await page.getByTestId('open-guide').click();
    await page.getByTestId('guide-sample-1').waitFor();
    await check('guide');
    await page.getByTestId('open-notice').click();
    await page.getByTestId('print-notice').waitFor();
    await check('notice');

    await home();
    await openService(page, CENTRE, SERVICE);
    await page.getByTestId('take-priority').click();
    await page.getByTestId('priority-elderly70').waitFor();
    await check('priority');
    await page.getByTestId('priority-elderly70').click();
    await page.getByTestId('ticket-number').waitFor();
    await check('ticket');

    await home();
    await page.getByTestId('home-rate').click();
    await page.getByTestId('rate-number').waitFor();
    await check('rate-number');

    await home();
    await page.getByTestId('home-complaint').click();
    await page.getByTestId('complaint-category-suggestion').waitFor();
    await check('complaint');

    await home();
    await page.getByTestId('home-guides').click();
    await page.getByTestId('guides-screen').waitFor();
    await check('guides');

    // The screens did show text in both scripts: the rule was measured, not passed vacuously.
    expect(pairs).toBeGreaterThan(20);
    expect(findings).toEqual({});
    await page.close();
  });
});

