/**
 * 窗口屏 in Chromium against the real server: a display an admin tied to window 11 shows that window's
 * number and name, the staff member's photo, masked name and 工号, the number being served and the next
 * numbers its 叫下一位 will take; "暂停服务" while the window is paused; a clear closed state when it is
 * closed. At 1920×1080 and 1080×1920, nothing leaves the screen or its box, and Mongolian comes first and
 * is not smaller than its Chinese. Screenshots in
 * test-output/screenshots/.
 */
import { PNG } from 'pngjs';
import type { DeviceWithKey } from '../../protocol/admin';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, http, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openPage } from './pages';
import { measureDisplay } from './display-boxes';
import { auditMongolian } from './mongolian-rules';

jest.setTimeout(120_000);

/** A plain portrait: a head on a pale ground. */
function portraitPng(): string {
  const png = new PNG({ width: 120, height: 160 });
  for (let y = 0; y < 160; y += 1) {
    for (let x = 0; x < 120; x += 1) {
      const head = (x - 60) ** 2 + (y - 60) ** 2 < 30 ** 2;
      const i = (y * 120 + x) * 4;
      png.data[i] = head ? 232 : 200;
      png.data[i + 1] = head ? 190 : 220;
      png.data[i + 2] = head ? 160 : 240;
      png.data[i + 3] = 255;
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

describe('window display (窗口屏)', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('shows its window, who serves there, the number in hand, the next numbers and 暂停服务, at both sizes', async () => {
    const { th } = suite.hall;
    const adminToken = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
    const admin = await connect(th.url, { token: adminToken });
    sockets.push(admin);
    const legal = ok(await send(admin, 'staff.list', {})).find((s) => s.username === 'legal');
    if (!legal) throw new Error('no demo legal-aid account');
    ok(await send(admin, 'staff.setPhoto', { id: legal.id, content: portraitPng() }));
    const issued = ok((await http<DeviceWithKey>(suite.hall.url, 'POST', '/api/admin/devices',
      { token: adminToken, body: { kind: 'display', name: '11号窗口屏', displayKind: 'window', counterId: 11 } })).body);

    const landscape = await openPage(suite.browser, LANDSCAPE, issued.url);
    const portrait = await openPage(suite.browser, PORTRAIT, issued.url);
    for (const page of [landscape, portrait]) await page.getByTestId('window-closed').waitFor();
    expect(await landscape.getByTestId('window-number').textContent()).toBe('11');
    expect(await landscape.getByTestId('window-staff').count()).toBe(0);
    await shot(landscape, 'display-window-closed-1920x1080');

    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(kiosk);
    const numbers: string[] = [];
    for (const serviceId of ['legal-consultation', 'legal-consultation', 'legal-aid-application', 'legal-consultation']) {
      numbers.push(ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() })).ticket.number);
    }
    const desk = await connect(th.url, { token: await login(th.url, 'legal') });
    sockets.push(desk);
    ok(await send(desk, 'counter.open', { counterId: 11 }));
    const called = ok(await send(desk, 'counter.callNext', { counterId: 11 })).current?.number ?? '';
    const waiting = ok(await send(desk, 'counter.lists', { counterId: 11 })).queue.map((t) => t.number);
    expect(numbers).toContain(called);

    for (const [page, size] of [[landscape, '1920x1080'], [portrait, '1080x1920']] as const) {
      await page.locator(`[data-testid="window-current"]:has-text("${called}")`).waitFor();
      // The next numbers are those the counter's 叫下一位 takes, in its order.
      await page.waitForFunction((expected) => [...document.querySelectorAll('[data-testid="window-next"] [data-number]')]
        .map((el) => el.getAttribute('data-number')).join() === expected, waiting.join());
      expect(await page.getByTestId('window-staff-name').textContent()).toBe('陈*');
      expect(await page.getByTestId('window-staff-number').textContent()).toContain('QS-005');
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="window-staff-photo"]');
        return img !== null && img.complete && img.naturalWidth > 0;
      });
      const boxes = await measureDisplay(page);
      expect(boxes.outside).toEqual([]);
      expect(boxes.overflowing).toEqual([]);
      expect({ min: boxes.minFontPx >= 32, smallest: boxes.smallest }).toEqual({ min: true, smallest: boxes.smallest });
      // 蒙汉文并用: Mongolian first and not smaller than its Chinese, letters shaped; and there is some to measure.
      const mongolian = await auditMongolian(page);
      expect({ size, findings: mongolian.findings }).toEqual({ size, findings: [] });
      expect(mongolian.checked.pairs).toBeGreaterThan(0);
      await shot(page, `display-window-serving-${size}`);
    }

    // The resident is served; the window pauses before calling the next one.
    ok(await send(desk, 'counter.start', { counterId: 11 }));
    ok(await send(desk, 'counter.finish', { counterId: 11 }));
    ok(await send(desk, 'counter.pause', { counterId: 11 }));
    for (const [page, size] of [[landscape, '1920x1080'], [portrait, '1080x1920']] as const) {
      await page.getByTestId('window-paused').waitFor();
      expect(await page.getByTestId('window-paused').textContent()).toContain('暂停服务');
      const boxes = await measureDisplay(page);
      expect(boxes.outside).toEqual([]);
      expect(boxes.overflowing).toEqual([]);
      expect({ size, findings: (await auditMongolian(page)).findings }).toEqual({ size, findings: [] });
      await shot(page, `display-window-paused-${size}`);
    }
  });
});
