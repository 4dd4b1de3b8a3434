/**
 * A staff photo from the admin console to the rating pad, in Chromium against the real server: the
 * admin uploads a file on the account's form (a PDF is refused on the photo field, a PNG is shown as
 * the preview), then the person opens the window the pad belongs to and the pad shows the photo beside
 * the masked name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ADMIN_PASSWORD, tempDir } from '../../testkit/hall';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openDesk, openPage } from './pages';
import { logInAt, openConsole } from './admin-pages';
import type { IssuedTicket } from '../../protocol/views';
import { connect, idemKey, ok, send } from '../../testkit/clients';

jest.setTimeout(120_000);

/** A portrait drawn in pixels: a head and shoulders on a pale ground, so the screenshot shows a likeness. */
function portrait(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const head = (x - width / 2) ** 2 + (y - height * 0.38) ** 2 < (width * 0.22) ** 2;
      const shoulders = y > height * 0.66 && (x - width / 2) ** 2 / (width * 0.45) ** 2 + (y - height) ** 2 / (height * 0.34) ** 2 < 1;
      const [r, g, b] = head ? [232, 190, 160] : shoulders ? [30, 70, 140] : [214, 228, 240];
      const i = (y * width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

describe('staff photo', () => {
  const suite = e2eSuite();

  it('an admin uploads a photo (a PDF is refused on the field) and the rating pad at that person\'s window shows it', async () => {
    const files = tempDir('staff-photo-e2e-');
    const photoFile = path.join(files, 'wang.png');
    const pdfFile = path.join(files, 'wang.pdf');
    fs.writeFileSync(photoFile, portrait(300, 380));
    fs.writeFileSync(pdfFile, Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));

    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-staff').click();
    await page.getByText('王晓兰').click();
    await page.getByTestId('staff-photo-none').waitFor();

    await page.getByTestId('staff-photo-file').setInputFiles(pdfFile);
    await page.getByTestId('problem-photo').getByText('照片只能是 PNG 或 JPEG 图片').waitFor();
    expect(await page.getByTestId('staff-photo-none').count()).toBe(1);
    await shot(page, 'admin-staff-photo-refused');

    await page.getByTestId('staff-photo-file').setInputFiles(photoFile);
    const preview = page.getByTestId('staff-photo-preview');
    await preview.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="staff-photo-preview"]');
      return img !== null && img.complete && img.naturalWidth === 300;
    });
    expect(await page.getByTestId('problem-photo').count()).toBe(0);
    await shot(page, 'admin-staff-photo');
    // The refused PDF answered 415, which Chromium reports as a failed resource; nothing else may show.
    expect(problems.filter((p) => !p.includes('status of 415'))).toEqual([]);
    await closePage(page);

    // The pad belongs to window 3: the person opens it, and the pad shows their photo beside the masked name.
    const padKey = suite.hall.th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
    const desk = await openDesk(suite.browser, suite.hall.url, 3);
    const pad = await openPage(suite.browser, { width: 1280, height: 800 }, `${suite.hall.url}/pad/?key=${padKey}`);
    await pad.getByTestId('pad-staff-card').waitFor();
    await pad.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="pad-staff-photo"]');
      return img !== null && img.complete && img.naturalWidth === 300;
    });
    expect(await pad.getByTestId('pad-staff-card').textContent()).toContain('王*兰');
    expect(await pad.getByTestId('pad-staff-photo').getAttribute('alt')).toBe('工作人员照片');
    expect(await pad.getByTestId('pad-staff-card').textContent()).toContain('工号：QS-001');
    await shot(pad, 'pad-staff-photo');

    // A ticket finished at window 3: the pad asks about it with the photo, the name and the 工号 on top.
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'food-business-permit', idempotencyKey: idemKey() })) as IssuedTicket;
    kiosk.close();
    await desk.locator(`[data-testid="queue-item-${issued.ticket.number}"]`).waitFor();
    await desk.keyboard.press('1');
    await desk.locator('[data-testid="action-start"]:enabled').waitFor();
    await desk.keyboard.press('3');
    await desk.locator('[data-testid="action-finish"]:enabled').waitFor();
    await desk.keyboard.press('5');
    await pad.getByTestId('pad-ask').waitFor();
    expect(await pad.getByTestId('pad-ticket').textContent()).toContain(issued.ticket.number);
    const badge = pad.getByTestId('pad-staff');
    expect(await badge.textContent()).toContain('王*兰');
    expect(await pad.getByTestId('pad-staff-number').textContent()).toContain('QS-001');
    await pad.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="pad-staff-thumb"]');
      return img !== null && img.complete && img.naturalWidth === 300;
    });
    await shot(pad, 'pad-ask-staff');

    await closePage(pad);
    await closePage(desk);
    fs.rmSync(files, { recursive: true, force: true });
  });
});
