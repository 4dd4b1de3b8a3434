/**
 * The console's hash routing in Chromium: a link followed in the moment the console appears after login
 * (between its first drawing and its listening for hash changes) still opens its screen. Without the
 * second look at the hash, the console stayed on its welcome page and the screen never came.
 */
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { e2eSuite } from './suite';
import { closePage } from './pages';
import { logInAt, openConsole } from './admin-pages';

jest.setTimeout(60_000);

describe('admin console: routing', () => {
  const suite = e2eSuite();

  it('a screen asked for while the console is appearing after login is the screen shown', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    // The hash changes as soon as the console is drawn: a MutationObserver runs right after the drawing,
    // before the console's effects (which wait for the next frame), as a click landing then would.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="console-user"]')) return;
        observer.disconnect();
        window.location.hash = '#/staff';
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('staff-list').waitFor();
    expect(await page.getByTestId('nav-staff').getAttribute('aria-current')).toBe('page');
    expect(problems).toEqual([]);
    await closePage(page);
  });
});
