/**
 * Where a text has no Mongolian yet, a Mongolian-mode screen shows the Chinese alone (issue 12), never an
 * empty Mongolian line or a catalog key: a service and a guide material an admin entered without a Mongolian
 * name appear on the kiosk in Chinese only, while a material that has one shows its Mongolian first.
 */
import type { Locator, Page } from 'playwright-core';
import { PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openKiosk } from './pages';
import { connect, login, ok, send } from '../../testkit/clients';
import { ADMIN_PASSWORD } from '../../testkit/hall';

jest.setTimeout(90_000);

/** What a catalog key looks like if one ever reached the screen instead of its text (kiosk.guide.open). */
const KEY_LIKE = /\b[a-z]+\.[a-z][A-Za-z]*\.[A-Za-z_.]+\b/;

async function expectNoEmptyMongolianOrKey(area: Locator): Promise<void> {
  const mongolianLines = (await area.locator('.mn').allInnerTexts()).map((text) => text.trim());
  expect(mongolianLines.filter((text) => text === '')).toEqual([]);
  expect(await area.innerText()).not.toMatch(KEY_LIKE);
}

describe('Mongolian mode on the kiosk with names not yet translated', () => {
  const suite = e2eSuite();

  it('shows a service and a material without Mongolian in Chinese alone, and a material with Mongolian stacked above its Chinese', async () => {
    const admin = await connect(suite.hall.url, { token: await login(suite.hall.url, 'admin', ADMIN_PASSWORD) });
    let page: Page | null = null;
    try {
      const service = ok(await send(admin, 'service.create', { centreId: 'social-services', name: '临时救助申请', prefix: 'W' }));
      const { serviceId: _id, ...fields } = ok(await send(admin, 'guide.get', { serviceId: service.id })).guide;
      ok(await send(admin, 'guide.save', { serviceId: service.id, guide: { ...fields, summary: '遭遇突发困难的家庭申请临时救助。',
        authority: '青山区民政局', legalTimeLimit: '10个工作日', promisedTimeLimit: '5个工作日', result: '临时救助金', place: '一楼',
        hours: '工作日', phone: '0472-5000102',
        materials: [
          { name: '居民身份证', nameMn: 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ', form: 'original_and_copy', copies: 1, issuer: '公安机关' },
          { name: '临时困难情况说明', form: 'original', copies: 1, issuer: '' },
        ] } }));
      ok(await send(admin, 'counter.create', { id: 20, centreId: 'social-services', serviceIds: [service.id] }));

      page = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
      await page.getByTestId('lang-toggle-mn').click();
      await page.getByTestId('centre-tile-social-services').click();
      const row = page.getByTestId(`service-row-${service.id}`);
      await row.waitFor();
      expect(await row.innerText()).toContain('临时救助申请');
      expect(await row.locator('.stacked').filter({ hasText: '临时救助申请' }).count()).toBe(0);
      await expectNoEmptyMongolianOrKey(page.locator('body'));
      await shot(page, 'kiosk-mn-fallback-01-centre');

      await row.click();
      await page.getByTestId('open-guide').click();
      const names = page.locator('.material-name');
      await names.nth(1).waitFor();
      // The material with a Mongolian name: Mongolian first, then the Chinese.
      expect(await names.nth(0).locator('.stacked > span').first().getAttribute('class')).toBe('mn');
      expect(await names.nth(0).locator('.mn').innerText()).toContain('ᠦᠨᠡᠮᠯᠡᠯ');
      // The one without: Chinese alone.
      expect(await names.nth(1).locator('.mn').count()).toBe(0);
      expect((await names.nth(1).innerText()).trim()).toBe('临时困难情况说明');
      await expectNoEmptyMongolianOrKey(page.locator('body'));
      await shot(page, 'kiosk-mn-fallback-02-guide');
    } finally {
      if (page) await closePage(page);
      admin.close();
    }
  });
});
