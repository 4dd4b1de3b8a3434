/**
 * The demo hall (demo mode on: open at any hour, which is how these tests can run at any time) says
 * 演示模式 on its screens: the kiosk and the hall display show the banner, a screenshot keeps the kiosk's
 * for reviewers, and the banner takes no tap away from the kiosk.
 */
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openKiosk, openPage } from './pages';

jest.setTimeout(90_000);

const suite = e2eSuite();


describe('the 演示模式 banner', () => {
  it('is visible on the kiosk, above the page, and lets taps through', async () => {
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    const banner = page.getByTestId('demo-banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('演示模式');
    const box = await banner.boundingBox();
    expect(box && box.y === 0 && box.width > 96 && box.height >= 24).toBe(true);
    expect(await banner.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    await shot(page, 'kiosk-demo-banner');
  });

  it('is visible on the hall display', async () => {
    const page = await openPage(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    const banner = page.getByTestId('demo-banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('演示模式');
    await shot(page, 'display-demo-banner');
  });
});
