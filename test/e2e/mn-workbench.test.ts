/**
 * The translation workbench in Chromium (issue 12): a reviewer filters to the kiosk's drafts, edits a kiosk
 * string's Mongolian beside its Chinese, sees it previewed horizontally and vertically in the kiosk's own
 * Mongolian face, and approves it in their name; a kiosk left open in Mongolian mode shows the new text at
 * once, without a reload, and the table says approved, by whom and when.
 */
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { catalog } from '../../protocol/catalog';
import { PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { logInAt, openConsole } from './admin-pages';
import { closePage, openKiosk, openPage } from './pages';
import { PHONE } from './browser';
import { connect, idemKey, login, ok, send } from '../../testkit/clients';
import { fontsUsedFor } from './rendered-fonts';

jest.setTimeout(120_000);

const KEY = 'kiosk.home.prompt';
const EDITED = 'ᠠᠵᠢᠯ ᠢᠶᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠲᠥᠪ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ';
const REVIEWER = '乌兰（市民族语言文字工作委员会）';
const MONGOLIAN_FACE = /Noto Sans Mongolian/i;
const PHONE_EDITED = 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠨᠢ';

describe('the translation workbench', () => {
  const suite = e2eSuite();

  it('a reviewer edits and approves a kiosk string, and the open kiosk shows it at once', async () => {
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    await kiosk.getByTestId('lang-toggle-mn').click();
    const prompt = kiosk.locator('.stacked', { hasText: catalog[KEY].zh }).locator('.mn').first();
    await prompt.waitFor();
    expect(await prompt.textContent()).toBe(catalog[KEY].mn);
    // The kiosk's page is never loaded again: a marker set now must still be there at the end.
    await kiosk.evaluate(() => { document.documentElement.dataset.sameLoad = 'yes'; });

    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-mn-texts').click();
    await page.getByTestId(`row-${KEY}`).waitFor();
    await page.getByTestId('mn-filter-screen').selectOption('kiosk');
    await page.getByTestId('mn-filter-status').selectOption('draft');
    const statuses = await page.locator('[data-testid^="mn-status-"]').allTextContents();
    expect(statuses.length).toBeGreaterThan(10);
    expect(new Set(statuses)).toEqual(new Set(['草稿']));
    expect(await page.locator('[data-testid^="row-centre:"]').count()).toBe(0);
    expect(await page.getByTestId('mn-counts').textContent()).toContain(`共 ${statuses.length} 条`);
    await shot(page, 'admin-mn-workbench-kiosk-drafts');

    await page.getByTestId(`row-${KEY}`).click();
    await page.getByTestId('mn-editor').waitFor();
    expect(await page.getByTestId('mn-editor-zh').textContent()).toBe(catalog[KEY].zh);
    await page.getByTestId('mn-editor-input').fill(EDITED);
    const horizontal = page.getByTestId('mn-preview-horizontal').locator('.mn');
    const vertical = page.getByTestId('mn-preview-vertical').locator('.mn');
    expect(await horizontal.textContent()).toBe(EDITED);
    expect(await vertical.textContent()).toBe(EDITED);
    expect(await vertical.evaluate((el) => getComputedStyle(el).writingMode)).toBe('vertical-lr');
    expect(await horizontal.evaluate((el) => getComputedStyle(el).writingMode)).toBe('horizontal-tb');
    // Set vertically the text runs down the page (taller than wide), horizontally across it.
    const box = async (selector: string) => page.locator(selector).boundingBox();
    const v = await box('[data-testid="mn-preview-vertical"] .mn');
    const h = await box('[data-testid="mn-preview-horizontal"] .mn');
    expect(v && v.height > v.width).toBe(true);
    expect(h && h.width > h.height).toBe(true);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const selector of ['[data-testid="mn-preview-horizontal"] .mn', '[data-testid="mn-preview-vertical"] .mn']) {
      const fonts = await fontsUsedFor(page, selector);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.familyName).toMatch(MONGOLIAN_FACE);
    }
    await shot(page, 'admin-mn-workbench-editor-preview');

    // Approval needs the reviewer's name.
    await page.getByTestId('mn-approve').click();
    expect(await page.getByTestId('mn-editor-problem').textContent()).toContain('审校人');
    await page.getByTestId('mn-reviewer').fill(REVIEWER);
    await page.getByTestId('mn-approve').click();
    await page.getByTestId('mn-editor-done').waitFor();

    // The open kiosk shows the approved text without a reload.
    await kiosk.locator('.stacked .mn', { hasText: EDITED }).waitFor();
    expect(await prompt.textContent()).toBe(EDITED);
    expect(await kiosk.evaluate(() => document.documentElement.dataset.sameLoad)).toBe('yes');
    await shot(kiosk, 'kiosk-mn-after-workbench-approval');

    // The table: approved, by whom and when (the hall's date today).
    await page.getByTestId('mn-filter-status').selectOption('approved');
    await page.getByTestId(`mn-status-${KEY}`).waitFor();
    expect(await page.getByTestId(`mn-status-${KEY}`).textContent()).toBe('已审定');
    expect(await page.getByTestId(`mn-cell-${KEY}`).textContent()).toBe(EDITED);
    const review = await page.getByTestId(`mn-review-${KEY}`).textContent();
    expect(review).toContain(REVIEWER);
    expect(review).toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByTestId(`row-${KEY}`).scrollIntoViewIfNeeded();
    await shot(page, 'admin-mn-workbench-approved');
    expect(problems).toEqual([]);
  });

  it('an open phone page in Mongolian shows an edited phone string at once, without reload', async () => {
    const { th } = suite.hall;
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    try {
      const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() }));
      const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/t/${issued.ticket.token}`);
      await phone.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();
      await phone.getByTestId('lang-toggle-mn').click();
      const label = phone.locator('.stacked', { hasText: catalog['phone.yourNumber'].zh }).locator('.mn').first();
      await label.waitFor();
      expect(await label.textContent()).toBe(catalog['phone.yourNumber'].mn);
      await phone.evaluate(() => { document.documentElement.dataset.sameLoad = 'yes'; });

      ok(await send(admin, 'mnText.save', { key: 'phone.yourNumber', mn: PHONE_EDITED }));
      await phone.locator('.stacked .mn', { hasText: PHONE_EDITED }).waitFor();
      expect(await phone.evaluate(() => document.documentElement.dataset.sameLoad)).toBe('yes');
      await shot(phone, 'phone-mn-after-workbench-edit');
      await closePage(phone);
    } finally {
      kiosk.close();
      admin.close();
    }
  });
});
