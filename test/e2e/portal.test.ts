/**
 * The public portal (/portal/) in Chromium, as a resident reads it at home: on a phone, browsing a centre
 * → a service → its 办理指南, 告知单 and samples, the 政务公开 boards, and the hours with a holiday and a 调休
 * Saturday set through the calendar command; today's waiting moving after a ticket is issued; Mongolian
 * mode under the bilingual rule; the same pages on a desktop; and every page under a structural audit
 * (landmarks, one h1, heading order, names and labels) at 320 CSS px (a phone at 200 % zoom) without
 * sideways scrolling. Screenshots land in test-output/screenshots/portal-*.
 */
import type { Page } from 'playwright-core';
import type { PortalServices } from '../../protocol/portal';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send } from '../../testkit/clients';
import { PHONE, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openPage } from './pages';
import { auditStructure } from './structure-audit';
import { auditMongolian } from './mongolian-rules';

jest.setTimeout(240_000);

const DESKTOP = { width: 1280, height: 800 };
/** A 640 px wide window at 200 % zoom lays the page out in 320 CSS px. */
const ZOOMED = { width: 320, height: 640 };
const CENTRE = 'social-services';
const SERVICE = 'minimum-living-allowance';
const BOARDS = ['procedure', 'commitment', 'discipline', 'complaints'] as const;

const suite = e2eSuite();
let holiday = '';
const HOLIDAY_MN = 'ᠰᠢᠯᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠪᠠᠶᠢᠷ';
let makeUpSaturday = '';

/** YYYY-MM-DD `n` days after a date. */
function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
function weekday(date: string): number {
  const d = new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
  return d === 0 ? 7 : d;
}

beforeAll(async () => {
  const answer = await http<PortalServices>(suite.hall.url, 'GET', '/api/portal/services');
  const today = ok(answer.body).hall.businessDay;
  // Within the portal's two weeks, after today: the first Saturday becomes a 调休 working day, and the
  // first Monday-to-Friday day after it a holiday.
  const days = Array.from({ length: 13 }, (_, i) => plusDays(today, i + 1));
  makeUpSaturday = days.find((d) => weekday(d) === 6) ?? '';
  holiday = days.find((d) => d > makeUpSaturday && weekday(d) <= 5) ?? '';
  const admin = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
  ok((await http(suite.hall.url, 'POST', '/api/admin/calendar', { token: admin, body: { date: holiday, kind: 'holiday', name: '测试假日' } })).body);
  ok((await http(suite.hall.url, 'POST', '/api/admin/calendar', { token: admin, body: { date: makeUpSaturday, kind: 'workday', name: '测试调休' } })).body);
  // The holiday's name in Mongolian, given in the translation workbench (the 调休 day has none).
  ok((await http(suite.hall.url, 'PUT', '/api/admin/mn-texts/draft', { token: admin, body: { key: `day:${holiday}`, mn: HOLIDAY_MN } })).body);
});

async function audited(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `portal-${name}`);
  const audit = await auditStructure(page);
  expect({ name, findings: audit.findings }).toEqual({ name, findings: [] });
  expect(audit.checked.headings).toBeGreaterThan(0);
  expect(audit.checked.controls).toBeGreaterThan(3);
}

/** The page moved: its h1 says `text` and holds the focus, for a screen reader to announce. */
async function arrived(page: Page, text: string): Promise<void> {
  await page.locator('h1[data-testid="portal-h1"]', { hasText: text }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

async function openPortal(viewport: { width: number; height: number }, path = '/portal/'): Promise<Page> {
  const page = await openPage(suite.browser, viewport, `${suite.hall.url}${path}`);
  await page.locator('[data-testid="portal-h1"]').waitFor();
  return page;
}

describe('the portal on a phone', () => {
  it('browses centre → service → guide, 告知单 and samples, with today’s waiting', async () => {
    const page = await openPortal(PHONE);
    try {
      // The skip link comes first and takes the reader to the main content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('portal-skip');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('portal-main');
      await page.getByTestId(`centre-${CENTRE}`).waitFor();
      await audited(page, 'phone-01-home');

      await page.getByTestId(`centre-${CENTRE}`).click();
      await arrived(page, '社会服务中心');
      await audited(page, 'phone-02-centre');

      await page.getByTestId(`service-${SERVICE}`).click();
      await arrived(page, '城乡最低生活保障申请');
      const wait = page.getByTestId(`wait-${SERVICE}`);
      const before = Number(await wait.getAttribute('data-waiting'));
      await audited(page, 'phone-03-service');
      // A ticket taken at the kiosk shows here once the resident asks for fresh numbers.
      const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
      ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
      kiosk.close();
      await page.getByTestId('portal-refresh').click();
      await page.locator(`[data-testid="wait-${SERVICE}"][data-waiting="${before + 1}"]`).waitFor();
      // The service's two weeks: the holiday closed, the 调休 Saturday open, each named.
      const days = page.getByTestId('service-days');
      await expect(days.getByTestId(`service-days-${holiday}`).getAttribute('data-working')).resolves.toBe('false');
      await expect(days.getByTestId(`service-days-${holiday}`).textContent()).resolves.toContain('测试假日');
      await expect(days.getByTestId(`service-days-${makeUpSaturday}`).getAttribute('data-working')).resolves.toBe('true');
      await expect(days.getByTestId(`service-days-${makeUpSaturday}`).textContent()).resolves.toMatch(/测试调休[\s\S]*08:30/);

      await page.getByTestId('open-guide').click();
      await arrived(page, '办理指南');
      await page.locator('#guide-materials .material').first().waitFor();
      await page.getByTestId('sample-content-mark').waitFor();
      await audited(page, 'phone-04-guide');

      await page.goBack();
      await arrived(page, '城乡最低生活保障申请');
      await page.getByTestId('open-notice').click();
      await arrived(page, '一次性告知单');
      await page.locator('#notice-materials .material').first().waitFor();
      expect(await page.locator('#notice-materials .material').count()).toBe(6);
      await audited(page, 'phone-05-notice');

      await page.goBack();
      await page.getByTestId('open-samples').click();
      await arrived(page, '业务办理样本');
      await page.getByTestId('guide-sample-2').waitFor();
      await audited(page, 'phone-06-samples');
      await page.getByTestId('guide-sample-1').click();
      await page.getByTestId('sample-viewer').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sample-close');
      await shot(page, 'portal-phone-07-sample-open');
      await page.keyboard.press('Escape');
      await page.getByTestId('sample-viewer').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('guide-sample-1');
    } finally {
      await closePage(page);
    }
  });

  it('shows the 政务公开 boards and the hours with the holiday and the 调休 Saturday', async () => {
    const page = await openPortal(PHONE);
    try {
      await page.getByTestId('nav-boards').click();
      await arrived(page, '政务公开');
      await audited(page, 'phone-08-boards');
      for (const id of BOARDS) {
        await page.getByTestId(`board-link-${id}`).click();
        await page.getByTestId(`board-${id}`).waitFor();
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        await audited(page, `phone-09-board-${id}`);
        await page.goBack();
        await page.getByTestId('board-link-procedure').waitFor();
      }

      await page.getByTestId('nav-hours').click();
      await arrived(page, '办公时间');
      const hol = page.getByTestId(`hall-days-${holiday}`);
      const sat = page.getByTestId(`hall-days-${makeUpSaturday}`);
      expect(await hol.getAttribute('data-working')).toBe('false');
      expect(await hol.textContent()).toContain('测试假日，休息');
      expect(await sat.getAttribute('data-working')).toBe('true');
      expect(await sat.textContent()).toMatch(/星期六[\s\S]*测试调休，调休上班[\s\S]*08:30-12:00、14:30-17:30/);
      // An ordinary Sunday is a rest day.
      const sunday = Array.from({ length: 14 }, (_, i) => plusDays(makeUpSaturday, i - 6)).find((d) => weekday(d) === 7 && d > makeUpSaturday);
      if (sunday && sunday <= plusDays(makeUpSaturday, 7)) {
        const sun = page.getByTestId(`hall-days-${sunday}`);
        if (await sun.count() > 0) expect(await sun.getAttribute('data-working')).toBe('false');
      }
      await hol.scrollIntoViewIfNeeded();
      await audited(page, 'phone-10-hours');
    } finally {
      await closePage(page);
    }
  });

  it('reads in Mongolian under the bilingual rule, and the links lead to the same pages', async () => {
    const page = await openPortal(PHONE);
    try {
      await page.getByTestId('lang-toggle-mn').click();
      await page.locator('html[lang="mn-Mong"]').waitFor();
      const pages: [string, () => Promise<void>][] = [
        ['home', async () => undefined],
        ['centre', async () => { await page.getByTestId(`centre-${CENTRE}`).click(); await page.getByTestId(`service-${SERVICE}`).waitFor(); }],
        ['service', async () => { await page.getByTestId(`service-${SERVICE}`).click(); await page.getByTestId('service-days').waitFor(); }],
        ['guide', async () => { await page.getByTestId('open-guide').click(); await page.locator('#guide-materials .material').first().waitFor(); }],
        ['hours', async () => {
          await page.getByTestId('nav-hours').click();
          await page.getByTestId(`hall-days-${makeUpSaturday}`).scrollIntoViewIfNeeded();
          // The holiday is named in Mongolian on the Mongolian line, in Chinese on the Chinese one; the 调休
          // day, which has no Mongolian name yet, shows its Chinese name on both.
          const state = page.getByTestId(`hall-days-${holiday}`).locator('.portal-day-state');
          await expect(state.locator('.mn').textContent()).resolves.toContain(HOLIDAY_MN);
          await expect(state.locator('.zh').textContent()).resolves.toContain('测试假日');
          await expect(page.getByTestId(`hall-days-${makeUpSaturday}`).locator('.portal-day-state .mn').textContent())
            .resolves.toContain('测试调休');
        }],
        ['board', async () => {
          await page.getByTestId('nav-boards').click();
          await page.getByTestId('board-link-commitment').click();
          await page.getByTestId('board-commitment').waitFor();
        }],
      ];
      let pairs = 0;
      for (const [i, [name, go]] of pages.entries()) {
        await go();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await audited(page, `phone-mn-${String(i + 1).padStart(2, '0')}-${name}`);
        const mongolian = await auditMongolian(page, { pageScrolls: true });
        expect({ name, findings: mongolian.findings }).toEqual({ name, findings: [] });
        pairs += mongolian.checked.pairs;
        // The page's heading is in both scripts, Mongolian first.
        expect(await page.locator('h1 .stacked .mn').count()).toBeGreaterThan(0);
      }
      expect(pairs).toBeGreaterThan(30);
    } finally {
      await closePage(page);
    }
  });
});

describe('the portal on a desktop and at 200 % zoom', () => {
  it.each([['desktop', DESKTOP], ['zoomed', ZOOMED]] as const)('every page passes the structural audit (%s)', async (name, viewport) => {
    const paths = ['/portal/', `/portal/centres/${CENTRE}`, `/portal/services/${SERVICE}`, `/portal/services/${SERVICE}/guide`,
      `/portal/services/${SERVICE}/notice`, `/portal/services/${SERVICE}/samples`, '/portal/boards', '/portal/boards/complaints',
      '/portal/hours', '/portal/no-such-page'];
    const page = await openPortal(viewport);
    try {
      for (const lang of ['zh', 'mn'] as const) {
        for (const [i, path] of paths.entries()) {
          await page.goto(`${suite.hall.url}${path}`);
          await page.locator('[data-testid="portal-h1"]').waitFor();
          if (lang === 'mn') {
            await page.getByTestId('lang-toggle-mn').click();
            await page.locator('html[lang="mn-Mong"]').waitFor();
          }
          if (path.endsWith('/guide') || path.endsWith('/notice')) await page.locator('.material').first().waitFor();
          if (path.endsWith('/samples')) await page.getByTestId('guide-sample-1').waitFor();
          await audited(page, `${name}-${lang}-${String(i + 1).padStart(2, '0')}${path.replaceAll('/', '-')}`);
        }
      }
    } finally {
      await closePage(page);
    }
  });
});
