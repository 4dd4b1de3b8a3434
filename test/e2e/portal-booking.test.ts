/**
 * Booking from home on the portal, on a phone-sized Chromium: a resident picks a working day and a slot of
 * a bookable service, enters a name and a mobile number, and gets the code large with its QR; the
 * booking's page by its code shows it masked and cancels it; a wrong number is said in words before
 * sending. Then a second booking is checked in at the kiosk by typing its code (the slot is in the future,
 * so the kiosk says from when to come back). Dates come from the slots the server offers around the real
 * clock.
 */
import { PHONE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openKiosk, openPage } from './pages';
import { auditMongolian } from './mongolian-rules';
import { saveBookingSettings } from '../../server/db/queries/bookings';
import { defaultBookingSettings } from '../../protocol/booking';

jest.setTimeout(120_000);

const SERVICE = 'elderly-allowance';

describe('预约 on the portal', () => {
  const suite = e2eSuite({
    beforeStart: (db) => saveBookingSettings(db, { ...defaultBookingSettings(SERVICE), bookable: true, daysAhead: 14 }),
  });

  async function bookOne(phone: string): Promise<{ code: string; page: Awaited<ReturnType<typeof openPage>> }> {
    const page = await openPage(suite.browser, PHONE, `${suite.hall.url}/portal/services/${SERVICE}`);
    await page.getByTestId('open-book').click();
    await page.getByTestId('book-days').waitFor();
    // The first working day after today with an open slot (a slot today might already be in its check-in window).
    const days = (await page.locator('[data-testid^="book-day-"]').all()).slice(1);
    for (const day of days) {
      await day.check();
      const outcome = await Promise.race([
        page.locator('[data-testid^="book-slot-"]').first().waitFor().then(() => 'slots'),
        page.getByTestId('book-no-slots').waitFor().then(() => 'none'),
      ]);
      if (outcome === 'slots') break;
    }
    await page.locator('[data-testid^="book-slot-"]').first().check();
    await page.getByTestId('book-name').fill('王小明');
    await page.getByTestId('book-phone').fill('1381234567');
    await page.locator('.error-note').getByText('手机号码').waitFor();
    await page.getByTestId('book-phone').fill(phone);
    await shot(page, 'portal-book-form');
    await page.getByTestId('book-submit').click();
    await page.getByTestId('portal-booking-code').waitFor();
    const code = (await page.getByTestId('portal-booking-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    return { code, page };
  }

  it('books a slot from a phone, shows the code with its QR, and cancels it', async () => {
    const { code, page } = await bookOne('138 1234 5678');
    const card = await page.getByTestId('portal-booking').innerText();
    expect(card).toContain('王*明');
    expect(card).toContain('138****5678');
    expect(card).not.toContain('13812345678');
    await page.locator('.portal-booking-qr img.qr').waitFor();
    await shot(page, 'portal-booking-made');
    // In Mongolian too, by the bilingual rule.
    await page.getByTestId('lang-toggle-mn').click();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'portal-booking-made-mn');
    expect((await auditMongolian(page, { pageScrolls: true })).findings).toEqual([]);
    await page.getByTestId('lang-toggle-zh').click();
    await page.getByTestId('booking-cancel').click();
    await page.getByTestId('booking-cancel-yes').click();
    await page.locator('[data-testid="portal-booking"][data-status="cancelled"]').waitFor();
    await shot(page, 'portal-booking-cancelled');
    // Opened again by its code (as typed, without dashes): the same booking, cancelled.
    await page.goto(`${suite.hall.url}/portal/bookings`);
    await page.getByTestId('booking-lookup-code').fill(code.replace(/-/g, '').toLowerCase());
    await page.getByTestId('booking-lookup-submit').click();
    await page.locator('[data-testid="portal-booking"][data-status="cancelled"]').waitFor();
    await closePage(page);
  });

  it('a booking made on the portal is recognised at the kiosk by its code', async () => {
    const { code, page } = await bookOne('13987654321');
    await closePage(page);
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    await kiosk.getByTestId('home-check-in').click();
    for (const ch of code.replace(/-/g, '')) await kiosk.getByTestId(`keypad-${ch}`).click();
    await kiosk.getByTestId('check-in-code-submit').click();
    // The slot is on a coming day: the kiosk says from when to come back; nothing is issued.
    await kiosk.getByTestId('check-in-early').waitFor();
    await shot(kiosk, 'portal-booking-at-kiosk');
    await closePage(kiosk);
  });
});
