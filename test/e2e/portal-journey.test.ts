/**
 * The 网络平台 end to end (issue 13, "done when"), every step through the real pages in Chromium, the
 * server's clock set by hand to play one Wednesday morning: a resident books the 09:00 slot on the portal
 * from a phone at 08:40; two walk-ins take tickets at 09:01 and 09:02; at 09:05 the resident types the
 * booking code on the kiosk's keypad; the counter's 叫下一位 calls the booked resident before both
 * walk-ins; the staff member serves them, records the matter (受理编号) and sets 补正 with a missing
 * material; the resident follows it on the portal's 办件查询 by the number and the phone's last four
 * digits, and later sees it 办结.
 */
import { connect, idemKey, ok, send } from '../../testkit/clients';
import { DEMO_COUNTERS } from '../../server/demo/hall-data';
import { saveBookingSettings } from '../../server/db/queries/bookings';
import { defaultBookingSettings } from '../../protocol/booking';
import { canonicalMatterNumber } from '../../protocol/matters';
import { ManualClock, beijing } from '../support/clock';
import { PHONE, PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openDesk, openKiosk, openPage } from './pages';

jest.setTimeout(180_000);

const SERVICE = 'elderly-allowance';
const COUNTER = DEMO_COUNTERS.find((c) => c.services.includes(SERVICE))?.id ?? 0;
const DAY = '2026-12-02';
const PHONE_NUMBER = '13812345678';

describe('a resident books on the portal, checks in at the kiosk, is called first and follows the matter', () => {
  const clock = new ManualClock(beijing(`${DAY}T08:40:00`));
  const suite = e2eSuite({
    clock,
    beforeStart: (db) => saveBookingSettings(db, { ...defaultBookingSettings(SERVICE), bookable: true, daysAhead: 7 }),
  });

  it('goes from booking to 办结', async () => {
    // 08:40 — on the phone, the portal's page of the service: today, the 09:00 slot.
    const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/portal/services/${SERVICE}`);
    await phone.getByTestId('open-book').click();
    await phone.getByTestId(`book-day-${DAY}`).check();
    await phone.getByTestId('book-slot-09:00').check();
    await phone.getByTestId('book-name').fill('王小明');
    await phone.getByTestId('book-phone').fill(PHONE_NUMBER);
    await shot(phone, 'journey-01-portal-book');
    await phone.getByTestId('book-submit').click();
    await phone.getByTestId('portal-booking-code').waitFor();
    const code = (await phone.getByTestId('portal-booking-code').innerText()).trim();
    await shot(phone, 'journey-02-portal-booked');

    // 09:01 and 09:02 — two walk-ins take tickets for the same service.
    const kioskSocket = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    const walkIns: string[] = [];
    for (const at of ['09:01', '09:02']) {
      clock.set(beijing(`${DAY}T${at}:00`));
      walkIns.push(ok(await send(kioskSocket, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() })).ticket.number);
    }
    kioskSocket.close();

    // 09:05 — the resident arrives and types the code on the kiosk's keypad.
    clock.set(beijing(`${DAY}T09:05:00`));
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    await kiosk.getByTestId('home-check-in').click();
    for (const ch of code.replace(/-/g, '')) await kiosk.getByTestId(`keypad-${ch}`).click();
    await shot(kiosk, 'journey-03-kiosk-code');
    await kiosk.getByTestId('check-in-code-submit').click();
    await kiosk.getByTestId('check-in-note').waitFor();
    const booked = (await kiosk.getByTestId('ticket-number').innerText()).trim();
    await shot(kiosk, 'journey-04-kiosk-ticket');
    expect(walkIns).not.toContain(booked);

    // 09:06 — 叫下一位 calls the booked resident before the two who came earlier.
    clock.set(beijing(`${DAY}T09:06:00`));
    const desk = await openDesk(suite.browser, suite.hall.url, COUNTER);
    await desk.keyboard.press('1');
    await desk.locator(`[data-testid="current-number"]:text-is("${booked}")`).waitFor();
    await shot(desk, 'journey-05-desk-called');
    await desk.locator('[data-testid="action-start"]:enabled').waitFor();
    await desk.keyboard.press('3');
    await desk.locator('[data-testid="action-finish"]:enabled').waitFor();
    clock.set(beijing(`${DAY}T09:20:00`));
    await desk.keyboard.press('5');
    await desk.getByTestId('current-number').waitFor({ state: 'detached' });

    // The matter: recorded with the resident's mobile, then 补正 with a missing material.
    await desk.locator(`[data-testid="action-matter-record"]:has-text("${booked}")`).waitFor();
    await desk.keyboard.press('b');
    await desk.getByTestId('matter-record-dialog').waitFor();
    await desk.keyboard.type(PHONE_NUMBER);
    await desk.keyboard.press('Enter');
    await desk.getByTestId('desk-matter-number').waitFor();
    const matter = canonicalMatterNumber(await desk.getByTestId('desk-matter-number').innerText());
    await desk.keyboard.press('Escape');
    await desk.keyboard.press('c');
    await desk.getByTestId('matter-find-dialog').waitFor();
    await desk.keyboard.type(matter);
    await desk.keyboard.press('Enter');
    await desk.locator('[data-testid="desk-matter"][data-state="accepted"]').waitFor();
    await desk.getByTestId('matter-move-state-correction').check();
    await desk.getByTestId('matter-move-materials-other').fill('户口簿原件');
    await desk.getByTestId('matter-move-submit').click();
    await desk.locator('[data-testid="desk-matter"][data-state="correction"]').waitFor();
    await shot(desk, 'journey-06-desk-correction');

    // The resident, at home, looks it up on the portal: 补正 and what to bring.
    const portal = await openPage(suite.browser, PHONE, `${suite.hall.url}/portal/`);
    await portal.getByTestId('home-matters').click();
    await portal.getByTestId('matter-number').fill(matter);
    await portal.getByTestId('matter-tail').fill(PHONE_NUMBER.slice(-4));
    await portal.getByTestId('matter-submit').click();
    await portal.locator('[data-testid="matter-answer"][data-state="correction"]').waitFor();
    expect(await portal.getByTestId('matter-materials').locator('li').allInnerTexts()).toEqual(['户口簿原件']);
    await shot(portal, 'journey-07-portal-correction');

    // The material brought, the staff member sets 办结; the portal shows it.
    clock.set(beijing(`${DAY}T10:30:00`));
    await desk.getByTestId('matter-move-state-completed').check();
    await desk.getByTestId('matter-move-submit').click();
    await desk.locator('[data-testid="desk-matter"][data-state="completed"]').waitFor();
    await portal.getByTestId('matter-again').click();
    await portal.getByTestId('matter-tail').fill(PHONE_NUMBER.slice(-4));
    await portal.getByTestId('matter-submit').click();
    await portal.locator('[data-testid="matter-answer"][data-state="completed"]').waitFor();
    await shot(portal, 'journey-08-portal-completed');

    // The walk-ins are still waiting, in their own order, behind the booked resident now served.
    const waiting = suite.hall.th.hall.db.prepare(`SELECT number FROM tickets WHERE service_id = ? AND status = 'waiting' ORDER BY id`)
      .all(SERVICE) as { number: string }[];
    expect(waiting.map((w) => w.number)).toEqual(walkIns);
  });
});
