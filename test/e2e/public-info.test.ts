/**
 * What the hall publishes, in Chromium: the kiosk's 政务公开 button, its list of boards and each board's
 * page (elder-friendly, portrait and landscape), notices (公告) appearing on an open kiosk home screen
 * and hall display without a reload and leaving by themselves at their end time, and an admin's guide
 * edit showing on a kiosk guide screen that was already open. Screenshots of each land in
 * test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { BOARD_IDS } from '../../protocol/public-info';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { http, login, ok } from '../../testkit/clients';
import type { AnnouncementView } from '../../protocol/public-info';
import type { ServiceGuide } from '../../protocol/guide';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { auditElderRules, type ElderFinding } from './elder-rules';
import { closePage, openKiosk, openPage } from './pages';

jest.setTimeout(180_000);

const suite = e2eSuite();

async function adminToken(): Promise<string> {
  return login(suite.hall.url, 'admin', ADMIN_PASSWORD);
}

async function audited(page: Page, name: string, findings: Record<string, ElderFinding[]>): Promise<void> {
  await shot(page, name);
  const audit = await auditElderRules(page);
  expect(audit.checked.text).toBeGreaterThan(3);
  expect(audit.checked.targets).toBeGreaterThan(0);
  if (audit.findings.length > 0) findings[name] = audit.findings;
}

describe('the kiosk’s 政务公开 screen', () => {
  it.each([['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const)('lists every board and shows each page (%s)', async (orientation, viewport) => {
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, viewport);
    const findings: Record<string, ElderFinding[]> = {};
    try {
      await audited(page, `public-info-${orientation}-01-home`, findings);
      await page.getByTestId('home-boards').click();
      await page.getByTestId('boards-screen').waitFor();
      for (const id of BOARD_IDS) await page.getByTestId(`board-link-${id}`).waitFor();
      await audited(page, `public-info-${orientation}-02-boards`, findings);
      for (const [i, id] of BOARD_IDS.entries()) {
        await page.getByTestId(`board-link-${id}`).click();
        await page.getByTestId(`board-${id}`).waitFor();
        // The demo's boards say they are examples, like the demo guides.
        await page.getByTestId('sample-content-mark').waitFor();
        await audited(page, `public-info-${orientation}-${String(i + 3).padStart(2, '0')}-board-${id}`, findings);
        await page.getByTestId('nav-back').click();
        await page.getByTestId('boards-screen').waitFor();
      }
      expect(await page.getByTestId('board-link-procedure').textContent()).toContain('办事程序');
    } finally {
      await closePage(page);
    }
    expect(findings).toEqual({});
  });

  it('an admin’s save of a board shows on a kiosk that has the page open', async () => {
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    try {
      await page.getByTestId('home-boards').click();
      await page.getByTestId('board-link-commitment').click();
      await page.getByTestId('board-commitment').waitFor();
      const saved = await http(suite.hall.url, 'PUT', '/api/admin/boards/commitment', {
        token: await adminToken(),
        body: { zh: { title: '服务承诺', body: '本中心承诺：\n\n- 首问负责\n- 限时办结\n- 群众满意是唯一标准' } },
      });
      expect(saved.status).toBe(200);
      await page.getByText('群众满意是唯一标准').waitFor();
      // Saved by the hall, no longer the demo's example.
      expect(await page.getByTestId('sample-content-mark').count()).toBe(0);
      await shot(page, 'public-info-board-saved');
    } finally {
      await closePage(page);
    }
  });
});

describe('notices (公告)', () => {
  it('appear on an open kiosk and display without a reload, and leave by themselves at their end', async () => {
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    const display = await openPage(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    try {
      await display.getByTestId('waiting-company-registration').waitFor({ state: 'attached' });
      const token = await adminToken();
      const now = Date.now();
      const long = ok((await http<AnnouncementView>(suite.hall.url, 'POST', '/api/admin/notices', { token, body: {
        text: '今日14:00-15:00大厅停电检修，请提前取号', textMn: 'ᠥᠨᠦᠳᠦᠷ ᠴᠠᠬᠢᠯᠭᠠᠨ ᠲᠠᠰᠤᠷᠠᠨ᠎ᠠ', startsAt: now - 60_000, endsAt: now + 3_600_000,
      } })).body);
      await kiosk.getByTestId(`kiosk-notice-${long.id}`).waitFor();
      await display.getByTestId(`display-notice-${long.id}`).waitFor();
      expect(await kiosk.getByTestId(`kiosk-notice-${long.id}`).textContent()).toContain('大厅停电检修');
      await shot(kiosk, 'notice-kiosk-home');
      await shot(display, 'notice-display');
      const findings: Record<string, ElderFinding[]> = {};
      await audited(kiosk, 'notice-kiosk-home-audit', findings);
      expect(findings).toEqual({});

      // A short notice ends while the screens stay open: the server wakes at its end time.
      const short = ok((await http<AnnouncementView>(suite.hall.url, 'POST', '/api/admin/notices', { token, body: {
        text: '3号窗口暂停服务', startsAt: Date.now() - 1000, endsAt: Date.now() + 4000,
      } })).body);
      await kiosk.getByTestId(`kiosk-notice-${short.id}`).waitFor();
      await display.getByTestId(`display-notice-${short.id}`).waitFor();
      await kiosk.getByTestId(`kiosk-notice-${short.id}`).waitFor({ state: 'detached', timeout: 20_000 });
      await display.getByTestId(`display-notice-${short.id}`).waitFor({ state: 'detached', timeout: 20_000 });
      expect(await kiosk.getByTestId(`kiosk-notice-${long.id}`).count()).toBe(1);

      // Removed by an admin: gone at once.
      expect((await http(suite.hall.url, 'DELETE', `/api/admin/notices/${long.id}`, { token })).status).toBe(200);
      await kiosk.getByTestId('kiosk-notices').waitFor({ state: 'detached' });
      await display.getByTestId('display-notices').waitFor({ state: 'detached' });
    } finally {
      await closePage(kiosk);
      await closePage(display);
    }
  });
});

describe('the kiosk guide screen', () => {
  it('shows the standard’s fields, and an admin’s edit on a screen already open', async () => {
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    try {
      await page.getByTestId('home-guides').click();
      await page.getByTestId('guide-link-company-registration').click();
      await page.getByTestId('guide-screen').waitFor();
      await page.getByText('包头市青山区市场监督管理局').waitFor();
      await page.getByText('行政许可').first().waitFor();
      await page.locator('#guide-visits').scrollIntoViewIfNeeded();
      await shot(page, 'guide-standard-fields');

      const token = await adminToken();
      const { guide } = ok((await http<{ guide: ServiceGuide }>(suite.hall.url, 'GET', '/api/admin/services/company-registration/guide', { token })).body);
      const { serviceId: _serviceId, ...fields } = guide;
      const saved = await http(suite.hall.url, 'PUT', '/api/admin/services/company-registration/guide', {
        token, body: { guide: { ...fields, authority: '青山区行政审批和政务服务局', visits: 0 } },
      });
      expect(saved.status).toBe(200);
      await page.getByText('青山区行政审批和政务服务局').waitFor();
      await page.getByText('不用到现场（0次）').first().waitFor();
      await page.locator('#guide-item').scrollIntoViewIfNeeded();
      await shot(page, 'guide-edited-live');
    } finally {
      await closePage(page);
    }
  });
});
