/**
 * Every display kind at every size it is made for, in Chromium against the real server, measured box by
 * box (test/e2e/display-boxes.ts): nothing outside the screen or cut by its box, no text line wider than
 * its box, and on the hall and centre displays at 1920×1080 no text under 32 px — with no calls, one,
 * ten, and a hall filled to 40 counters all calling. A centre display shows only its centre's services
 * and counters. Mongolian comes first and is not smaller than its Chinese on every kind (mongolian-rules.ts).
 * Notices scroll (and stand still for reduced motion) without covering the calls; a quiet
 * hall shows the 政务公开 boards and leaves them the moment a call comes. Screenshots of each state in
 * test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import type { DeviceWithKey } from '../../protocol/admin';
import type { AnnouncementView } from '../../protocol/public-info';
import { ADMIN_PASSWORD, addStaff } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { middayZone } from '../../testkit/midday-zone';
import { closePage, openPage } from './pages';
import { auditMongolian } from './mongolian-rules';
import { measureDisplay } from './display-boxes';

// The widest test draws every display kind at every size: 150 s in a full CI run; the bound only catches a hang.
jest.setTimeout(600_000);

const SMALL = { width: 800, height: 480 };
const STRIP = { width: 1280, height: 400 };

/** The centre filled with counters: 行政审批 (counters 1, 2, 3, 14 in the demo hall, then 15…40). */
const BUSY_CENTRE = 'admin-approval';
const BUSY_SERVICES = ['company-registration', 'individual-business', 'food-business-permit'];

interface Screen { name: string; size: { width: number; height: number }; url: string; hallText: boolean }

describe('display layouts', () => {
  // Minutes of counters calling on the real clock: the hall's day must not end in the middle of them.
  const suite = e2eSuite({ env: { HALL_TIMEZONE: middayZone() } });
  const sockets: ClientSocket[] = [];
  const pages: { screen: Screen; page: Page }[] = [];
  /** Texts set in both scripts that the Mongolian rule measured, per screen. */
  const mongolianPairs = new Map<string, number>();
  let adminToken = '';
  let admin: ClientSocket;
  let kiosk: ClientSocket;
  afterAll(() => sockets.forEach((s) => s.close()));

  async function issueDisplay(body: Record<string, unknown>): Promise<string> {
    const issued = ok((await http<DeviceWithKey>(suite.hall.url, 'POST', '/api/admin/devices', { token: adminToken, body })).body);
    return issued.url;
  }

  /** Each open screen measured and photographed in the state the hall is in now. */
  async function measureAll(state: string): Promise<void> {
    for (const { screen, page } of pages) {
      const boxes = await measureDisplay(page);
      expect({ screen: screen.name, state, outside: boxes.outside, overflowing: boxes.overflowing })
        .toEqual({ screen: screen.name, state, outside: [], overflowing: [] });
      if (screen.hallText) {
        expect({ screen: screen.name, state, atLeast32: boxes.minFontPx >= 32, smallest: boxes.smallest })
          .toEqual({ screen: screen.name, state, atLeast32: true, smallest: boxes.smallest });
      }
      // 蒙汉文并用: on every kind, Mongolian first and not smaller than its Chinese, letters shaped.
      const mongolian = await auditMongolian(page);
      mongolianPairs.set(screen.name, (mongolianPairs.get(screen.name) ?? 0) + mongolian.checked.pairs);
      expect({ screen: screen.name, state, mongolian: mongolian.findings }).toEqual({ screen: screen.name, state, mongolian: [] });
      await shot(page, `display-${screen.name}-${state}`);
    }
  }

  /** Waits until every screen shows `number` as the call on its panel (or, for a centre, its own newest). */
  async function allShow(number: string, only: (screen: Screen) => boolean): Promise<void> {
    for (const { screen, page } of pages) {
      if (!only(screen)) continue;
      await page.locator(`[data-testid="latest-call-number"]:text-is("${number}")`).waitFor();
    }
  }

  /** Opens the counter with a new staff member and calls a fresh ticket there; answers the number. */
  async function callAt(counterId: number, serviceId: string, username: string): Promise<string> {
    const desk = await connect(suite.hall.th.url, { token: await login(suite.hall.url, username) });
    sockets.push(desk);
    ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() }));
    ok(await send(desk, 'counter.open', { counterId }));
    return ok(await send(desk, 'counter.callNext', { counterId })).current?.number ?? '';
  }

  it('a quiet centre shows the 政务公开 boards in turn and leaves them the moment a call comes', async () => {
    const { th } = suite.hall;
    adminToken = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
    admin = await connect(th.url, { token: adminToken });
    kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(admin, kiosk);
    // 文体活动 has had no call today and nobody waits: quiet after 2 s of this display's own time.
    const url = await issueDisplay({ kind: 'display', name: '文体中心屏', displayKind: 'centre', centreId: 'culture-sports' });
    const page = await openPage(suite.browser, LANDSCAPE, `${url}&quiet=2`);
    const boards = page.getByTestId('quiet-boards');
    await boards.waitFor();
    expect(['procedure', 'commitment', 'discipline', 'complaints']).toContain(await boards.getAttribute('data-board'));
    const boxes = await measureDisplay(page);
    expect(boxes.outside).toEqual([]);
    expect(boxes.minFontPx).toBeGreaterThanOrEqual(32);
    await shot(page, 'display-quiet-boards-1920x1080');

    // The demo hall's 文体 worker at window 12.
    const number = await callAt(12, 'venue-booking', 'culture');
    await page.locator(`[data-testid="latest-call-number"]:text-is("${number}")`).waitFor();
    expect(await boards.count()).toBe(0);
    await shot(page, 'display-quiet-boards-left-on-call');
    await closePage(page);
  });

  it('every kind at every size, with 0, 1, 10 and 40 counters calling, keeps whole rows inside the screen', async () => {
    const { th } = suite.hall;
    const hallUrl = `${suite.hall.displayUrl}&quiet=0`;
    const centreUrl = `${await issueDisplay({ kind: 'display', name: '审批中心屏', displayKind: 'centre', centreId: BUSY_CENTRE })}&quiet=0`;
    const compactUrl = `${await issueDisplay({ kind: 'display', name: '门口小屏', displayKind: 'compact' })}&quiet=0`;
    const screens: Screen[] = [
      { name: 'hall-1920x1080', size: LANDSCAPE, url: hallUrl, hallText: true },
      { name: 'hall-1080x1920', size: PORTRAIT, url: hallUrl, hallText: false },
      { name: 'centre-1920x1080', size: LANDSCAPE, url: centreUrl, hallText: true },
      { name: 'centre-1080x1920', size: PORTRAIT, url: centreUrl, hallText: false },
      { name: 'compact-800x480', size: SMALL, url: compactUrl, hallText: false },
      { name: 'compact-1280x400', size: STRIP, url: compactUrl, hallText: false },
    ];
    for (const screen of screens) {
      const page = await openPage(suite.browser, screen.size, screen.url);
      await page.locator('.latest-empty, [data-testid="latest-call-number"]').first().waitFor();
      pages.push({ screen, page });
    }
    await measureAll('0-calls');

    // One kiosk issues every ticket of this test: let it issue more than a resident's 20 a minute.
    const { phones: _phones, ...settings } = ok(await send(admin, 'hall.settings', {}));
    ok(await send(admin, 'hall.updateSettings', { ...settings, issuePerMinute: 600 }));
    // More counters for the busy centre, so that 40 windows call at once.
    for (let id = 15; id <= 40; id += 1) {
      ok(await send(admin, 'counter.create', { id, name: `${id}号窗口`, centreId: BUSY_CENTRE, serviceIds: BUSY_SERVICES }));
    }
    const busy = [1, 2, 3, 14, ...Array.from({ length: 26 }, (_, i) => i + 15)];
    const others: [number, string][] = [[4, 'elderly-allowance'], [5, 'elderly-allowance'], [7, 'employment-registration'],
      [8, 'social-insurance-enrolment'], [9, 'birth-registration'], [10, 'people-mediation'], [11, 'legal-consultation'],
      [13, 'employment-registration'], [6, 'disability-certificate']];
    // Window 3 serves 食品经营许可 and 个体工商户, not 企业登记.
    const counters: [number, string][] = [...busy.map((id): [number, string] => [id, id === 3 ? 'individual-business' : 'company-registration']),
      ...others];
    expect(counters).toHaveLength(39);
    const names = addStaff(th.hall, counters.length);

    let called = 0;
    let last = '';
    for (const target of [1, 10, counters.length]) {
      for (; called < target; called += 1) {
        const [counterId, serviceId] = counters[called] ?? [0, ''];
        last = await callAt(counterId, serviceId, names[called] ?? '');
      }
      // Every whole-hall screen shows the newest call; the centre display its centre's newest.
      await allShow(last, (s) => !s.name.startsWith('centre'));
      await measureAll(called === 1 ? '1-call' : called === 10 ? '10-calls' : '40-counters-calling');
    }

    // The rule was measured on every screen, not passed for want of bilingual text.
    for (const { screen } of pages) expect({ screen: screen.name, measured: (mongolianPairs.get(screen.name) ?? 0) > 0 }).toEqual({ screen: screen.name, measured: true });

    // 39 counters open and calling, plus the one the quiet test used: a full hall of 40.
    const centre = pages.filter(({ screen }) => screen.name.startsWith('centre'));
    for (const { page } of centre) {
      const shownCounters = await page.locator('[data-testid="counter-board"] [data-counter]').evaluateAll(
        (els) => els.map((el) => Number(el.getAttribute('data-counter'))));
      expect(shownCounters.sort((a, b) => a - b)).toEqual([...busy].sort((a, b) => a - b));
      const services = await page.locator('[data-testid^="waiting-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
      expect(services.sort()).toEqual(BUSY_SERVICES.map((id) => `waiting-${id}`).sort());
      const history = await page.locator('[data-testid="call-history"] [data-counter]').evaluateAll(
        (els) => els.map((el) => Number(el.getAttribute('data-counter'))));
      expect(history.length).toBeGreaterThan(0);
      expect(history.filter((id) => !busy.includes(id))).toEqual([]);
    }
  });

  it('notices scroll in their own strip without covering the calls, and stand still for reduced motion', async () => {
    const now = Date.now();
    const notice = ok((await http<AnnouncementView>(suite.hall.url, 'POST', '/api/admin/notices', { token: adminToken, body: {
      text: '今日14:00—15:00大厅停电检修，请提前取号；自助服务区照常开放', textMn: 'ᠥᠨᠦᠳᠦᠷ ᠴᠠᠬᠢᠯᠭᠠᠨ ᠲᠠᠰᠤᠷᠠᠨ᠎ᠠ',
      startsAt: now - 60_000, endsAt: now + 3_600_000,
    } })).body);
    for (const { page } of pages) await page.getByTestId(`display-notice-${notice.id}`).waitFor({ state: 'attached' });
    await measureAll('notice');
    for (const { screen, page } of pages) {
      const running = await page.getByTestId('notice-track').evaluate((el) => el.getAnimations().map((a) => a.playState));
      expect({ screen: screen.name, running }).toEqual({ screen: screen.name, running: ['running'] });
      // The strip sits above the calls: the panel is whole and below it.
      const [strip, panel] = await Promise.all([page.getByTestId('display-notices').boundingBox(), page.locator('.latest-call').boundingBox()]);
      expect(strip && panel && strip.y + strip.height <= panel.y + 1).toBe(true);
    }

    const still = await openPage(suite.browser, LANDSCAPE, '');
    await still.emulateMedia({ reducedMotion: 'reduce' });
    await still.goto(pages[0]?.screen.url ?? '');
    await still.getByTestId(`display-notice-${notice.id}`).waitFor();
    expect(await still.getByTestId('notice-track').evaluate((el) => el.getAnimations().length)).toBe(0);
    const boxes = await measureDisplay(still);
    expect(boxes.outside).toEqual([]);
    await shot(still, 'display-hall-1920x1080-notice-reduced-motion');
  });
});
