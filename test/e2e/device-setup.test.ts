/**
 * A kiosk, lobby display or rating pad that cannot work as set up says what is wrong and what the
 * technician does about it, never an empty hall or an endless "reconnecting" (issue 11, point 5): opened
 * without a key, with a key the hall does not know, with a revoked key (also while it runs), with the key
 * of another kind of device, and cut off from its server (then it says for how long). Screenshots of each
 * go to test-output/screenshots/setup-*.png.
 */
import type { Page } from 'playwright-core';
import type { DeviceKind } from '../../protocol/views';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openPage } from './pages';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, login, ok, send, type ClientSocket } from '../../testkit/clients';

jest.setTimeout(120_000);

const PAD_SCREEN = { width: 1280, height: 800 };
const PAGES: Record<DeviceKind, { path: string; viewport: { width: number; height: number } }> = {
  kiosk: { path: '/kiosk/', viewport: PORTRAIT },
  display: { path: '/display/', viewport: LANDSCAPE },
  'rating-pad': { path: '/pad/', viewport: PAD_SCREEN },
};
const KINDS = Object.keys(PAGES) as DeviceKind[];
/** The words a technician looks for: the console's own screen and buttons. */
const CONSOLE_SCREEN = '「设备」';

describe('a device that cannot work as set up', () => {
  const suite = e2eSuite();
  let admin: ClientSocket;
  beforeAll(async () => {
    admin = await connect(suite.hall.url, { token: await login(suite.hall.url, 'admin', ADMIN_PASSWORD) });
  });
  afterAll(() => admin.close());

  async function open(kind: DeviceKind, key: string | null): Promise<Page> {
    const { path, viewport } = PAGES[kind];
    return openPage(suite.browser, viewport, `${suite.hall.url}${path}${key === null ? '' : `?key=${key}`}`);
  }

  /** Waits for the notice of `problem`, checks it names the console screen and shows no hall, and keeps a screenshot. */
  async function expectNotice(page: Page, kind: DeviceKind, problem: string): Promise<string> {
    const notice = page.locator(`[data-testid="setup-notice"][data-problem="${problem}"]`);
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain(CONSOLE_SCREEN);
    expect(text).toContain(`${suite.hall.url}/admin/#/devices`);
    // Residents are told in both scripts to ask the staff.
    expect(await notice.locator('.setup-resident .mn').count()).toBe(1);
    expect(await page.locator('[data-testid^="centre-tile-"], [data-testid="latest-call-number"], .latest-empty, .pad-main').count()).toBe(0);
    await shot(page, `setup-${kind}-${problem}`);
    return text;
  }

  async function issue(kind: DeviceKind, name: string): Promise<{ id: number; key: string }> {
    const input = kind === 'rating-pad' ? { kind, name, counterId: 2 } : { kind, name };
    const issued = ok(await send(admin, 'device.issue', input));
    return { id: issued.device.id, key: issued.key };
  }

  it.each(KINDS)('%s without a key says it is not registered and how to register it', async (kind) => {
    const page = await open(kind, null);
    const text = await expectNotice(page, kind, 'no-key');
    expect(text).toContain('此设备尚未登记');
    expect(text).toContain('「创建并生成密钥」');
    await closePage(page);
  });

  it.each(KINDS)('%s with a key the hall does not know says the key is wrong or replaced', async (kind) => {
    const page = await open(kind, 'WrongKeyWrongKeyWrongKey0000');
    const text = await expectNotice(page, kind, 'key-unknown');
    expect(text).toContain('「重新生成密钥」');
    await closePage(page);
  });

  it.each(KINDS)('%s with a revoked key says it was revoked', async (kind) => {
    const device = await issue(kind, `已吊销的${kind}`);
    ok(await send(admin, 'device.revoke', { deviceId: device.id }));
    const page = await open(kind, device.key);
    const text = await expectNotice(page, kind, 'key-revoked');
    expect(text).toContain('「吊销」');
    await closePage(page);
  });

  it('a display revoked while it runs leaves the hall picture for the notice', async () => {
    const device = await issue('display', '走廊屏');
    const page = await open('display', device.key);
    await page.locator('.latest-empty').waitFor();
    ok(await send(admin, 'device.revoke', { deviceId: device.id }));
    await expectNotice(page, 'display', 'key-revoked');
    await closePage(page);
  });

  it('a display key opened on the kiosk page says it belongs to another kind of device', async () => {
    const page = await open('kiosk', suite.hall.th.displayKey);
    const text = await expectNotice(page, 'kiosk', 'wrong-kind');
    expect(text).toContain('显示屏');
    await closePage(page);
  });

  it('kiosk, display and pad cut off from the server say so, with the time since the last contact', async () => {
    const padKey = suite.hall.th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
    const kiosk = await open('kiosk', suite.hall.th.kioskKey);
    await kiosk.getByTestId('centre-tile-social-services').waitFor();
    const display = await open('display', suite.hall.th.displayKey);
    await display.locator('.latest-empty').waitFor();
    const pad = await open('rating-pad', padKey);
    await pad.getByTestId('pad-window').waitFor();
    await suite.hall.stop();
    try {
      for (const [kind, page] of [['kiosk', kiosk], ['display', display], ['rating-pad', pad]] as const) {
        // The count goes up by itself: the device says how long it has been without its server.
        await page.getByTestId('offline-since-time').filter({ hasText: /[1-9]\d* 秒/ }).waitFor();
        expect(await page.getByTestId('offline-since').innerText()).toContain('正在重新连接');
        await shot(page, `setup-${kind}-unreachable`);
      }
    } finally {
      await suite.hall.restart();
    }
    for (const page of [kiosk, display, pad]) await page.getByTestId('offline-since').waitFor({ state: 'detached' });
    await kiosk.getByTestId('centre-tile-social-services').waitFor();
  });
});
