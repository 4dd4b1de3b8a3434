/**
 * 预约签到 at the kiosk in Chromium: the resident types the booking code on the kiosk's own keypad (only
 * the code's characters are keys), gets the ticket screen saying the check-in worked, and the slip
 * prints; a booking QR held to the scanner (typed in by a keyboard-wedge scanner) that is too early is
 * told when to come back; a code nobody holds is refused in words. The screen keeps the bilingual rule in
 * Mongolian, portrait and landscape, normal and large text. The bookings are stored straight into the
 * test's database around the real clock (the check-in itself goes the real way).
 */
import { LANDSCAPE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openKiosk } from './pages';
import { auditMongolian } from './mongolian-rules';
import type { Db } from '../../server/db/open';
import { insertBooking, saveBookingSettings } from '../../server/db/queries/bookings';
import { defaultBookingSettings, groupedBookingCode } from '../../protocol/booking';
import { businessDay } from '../../server/queue/calendar';
import { checkInWindow } from '../../server/bookings/check-in';

jest.setTimeout(180_000);

const SERVICE = 'elderly-allowance';
const ON_TIME = 'KPRT7X2MVAQ9';
const EARLY = 'WZ4HNC8DSGE3';
const MINUTE = 60_000;

function storeBooking(db: Db, code: string, startsIn: number): void {
  const slotStart = Date.now() + startsIn;
  const slotEnd = slotStart + 30 * MINUTE;
  insertBooking(db, {
    code, serviceId: SERVICE, businessDay: businessDay(slotStart, 'Asia/Shanghai'), slotStart, slotEnd,
    checkInUntil: checkInWindow({ slotStart, slotEnd }).closes, nameMasked: '王*明', phoneMasked: '138****5678', phoneHash: `hash-${code}`,
    createdAt: Date.now(), createdBy: 'anonymous', idempotencyKey: null,
  });
}

describe('预约签到 at the kiosk', () => {
  const suite = e2eSuite({
    beforeStart: (db) => {
      saveBookingSettings(db, { ...defaultBookingSettings(SERVICE), bookable: true });
      // On time: the slot starts in 10 minutes. Early: in four hours (the window opens 30 minutes before).
      storeBooking(db, ON_TIME, 10 * MINUTE);
      storeBooking(db, EARLY, 240 * MINUTE);
    },
  });

  it('a code typed on the keypad gives a ticket; a scanned early code says when to come back; an unknown one is refused', async () => {
    const page = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    await shot(page, 'kiosk-check-in-01-home');
    await page.getByTestId('home-check-in').click();
    await page.getByTestId('check-in-screen').waitFor();
    // The keypad offers only the code's characters: no 0, 1, I, L or O.
    for (const absent of ['0', '1']) expect(await page.getByTestId(`keypad-${absent}`).isDisabled()).toBe(true);
    for (const absent of ['I', 'L', 'O']) expect(await page.getByTestId(`keypad-${absent}`).count()).toBe(0);
    expect(await page.getByTestId('check-in-code-submit').isDisabled()).toBe(true);
    for (const ch of ON_TIME) await page.getByTestId(`keypad-${ch}`).click();
    await page.getByTestId('check-in-code').filter({ hasText: groupedBookingCode(ON_TIME) }).waitFor();
    // Twelve characters are all a code has: a thirteenth key does nothing.
    expect(await page.getByTestId('keypad-A').isDisabled()).toBe(true);
    await shot(page, 'kiosk-check-in-02-typed');
    await page.getByTestId('check-in-code-submit').click();

    await page.getByTestId('ticket-screen').waitFor();
    await page.getByTestId('check-in-note').waitFor();
    expect(await page.getByTestId('check-in-note').innerText()).toContain('预约签到成功');
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    expect(number).toMatch(/^[A-Z]{1,2}[0-9]{3}$/);
    await page.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    await shot(page, 'kiosk-check-in-03-ticket');
    const row = suite.hall.th.hall.db.prepare('SELECT status, ticket_id FROM bookings WHERE code = ?').get(ON_TIME) as { status: string; ticket_id: number };
    expect(row.status).toBe('checked_in');
    const ticket = suite.hall.th.hall.db.prepare('SELECT number, slot_from FROM tickets WHERE id = ?').get(row.ticket_id) as { number: string; slot_from: number | null };
    expect(ticket.number).toBe(number);
    expect(ticket.slot_from).not.toBeNull();

    // The scanner types the QR's text and Enter.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-check-in').click();
    await page.getByTestId('check-in-screen').waitFor();
    await page.keyboard.type(`http://hall.example/portal/booking/${groupedBookingCode(EARLY)}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('check-in-early').waitFor();
    expect(await page.getByTestId('check-in-early').innerText()).toMatch(/请于 \d\d:\d\d 以后再来签到/);
    await shot(page, 'kiosk-check-in-04-early');
    await page.keyboard.type('ZZZZ-ZZZZ-ZZZZ');
    await page.keyboard.press('Enter');
    await page.locator('.check-in-error').waitFor();
    expect(await page.locator('.check-in-error').innerText()).toContain('未找到该预约');
    await shot(page, 'kiosk-check-in-05-unknown');
    const early = suite.hall.th.hall.db.prepare('SELECT status FROM bookings WHERE code = ?').get(EARLY) as { status: string };
    expect(early.status).toBe('booked');
    await closePage(page);
  });

  it.each([['portrait', false, PORTRAIT], ['landscape', false, LANDSCAPE], ['portrait', true, PORTRAIT], ['landscape', true, LANDSCAPE]] as const)(
    'in Mongolian, %s (large text: %s), the screen keeps the bilingual rule', async (orientation, large, viewport) => {
      const page = await openKiosk(suite.browser, suite.hall.kioskUrl, viewport);
      await page.getByTestId('lang-toggle-mn').click();
      if (large) {
        await page.getByTestId('large-text-toggle').click();
        await page.locator('[data-testid="large-text-toggle"][aria-pressed="true"]').waitFor();
      }
      const tag = `${orientation}-${large ? 'large' : 'normal'}`;
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await shot(page, `kiosk-check-in-mn-${tag}-home`);
      expect((await auditMongolian(page)).findings).toEqual([]);
      await page.getByTestId('home-check-in').click();
      await page.getByTestId('check-in-screen').waitFor();
      for (const ch of EARLY.slice(0, 6)) await page.getByTestId(`keypad-${ch}`).click();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await shot(page, `kiosk-check-in-mn-${tag}-entry`);
      const audit = await auditMongolian(page);
      expect(audit.checked.pairs).toBeGreaterThan(0);
      expect(audit.findings).toEqual([]);
      await closePage(page);
    });
});
