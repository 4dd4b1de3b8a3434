/**
 * A resident's own phone keeps the language they chose: Mongolian picked on the 网络平台 portal is what the
 * portal opens in next time and what their ticket's phone page opens in. A shared screen never takes it
 * over: a kiosk opened in the same browser still starts in Chinese for the next person.
 */
import type { Page } from 'playwright-core';
import { PHONE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openPage } from './pages';
import { connect, idemKey, ok, send } from '../../testkit/clients';

jest.setTimeout(90_000);

async function speaks(page: Page, lang: 'zh' | 'mn'): Promise<void> {
  await page.locator(`[data-testid="lang-toggle-${lang}"][aria-pressed="true"]`).waitFor();
}

describe('the resident\'s language on their own phone', () => {
  const suite = e2eSuite();

  it('is remembered from the portal to the next visit and to the phone page, never on a kiosk', async () => {
    const page = await openPage(suite.browser, PHONE, `${suite.hall.url}/portal/`);
    try {
      await page.locator('[data-testid="portal-h1"]').waitFor();
      await speaks(page, 'zh');
      await page.getByTestId('lang-toggle-mn').click();
      await page.locator('html[lang="mn-Mong"]').waitFor();

      // The next visit opens in Mongolian without being asked.
      await page.reload();
      await page.locator('[data-testid="portal-h1"]').waitFor();
      await speaks(page, 'mn');
      await page.locator('html[lang="mn-Mong"]').waitFor();

      // So does the phone page of a ticket taken at the kiosk.
      const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
      const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() }));
      kiosk.close();
      await page.goto(`${suite.hall.url}/t/${issued.ticket.token}`);
      await page.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();
      await speaks(page, 'mn');
      await page.locator('.stacked .mn').first().waitFor();
      await shot(page, 'phone-remembered-mn');

      // Choosing Chinese again is remembered the same way.
      await page.getByTestId('lang-toggle-zh').click();
      await page.goto(`${suite.hall.url}/portal/`);
      await page.locator('[data-testid="portal-h1"]').waitFor();
      await speaks(page, 'zh');

      // A kiosk in a browser that holds a choice still starts in Chinese.
      await page.getByTestId('lang-toggle-mn').click();
      await page.setViewportSize(PORTRAIT);
      await page.goto(suite.hall.kioskUrl);
      await page.getByTestId('centre-tile-social-services').waitFor();
      await speaks(page, 'zh');
    } finally {
      await closePage(page);
    }
  });
});
