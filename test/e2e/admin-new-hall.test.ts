/**
 * From an empty hall to the first call, only through the admin console in Chromium: the real server
 * starts with SEED_DEMO=0, the technician reads the first admin's password from the start log, logs in
 * at /admin/ and must replace it, then sets the hall up screen by screen: the calendar (today made a
 * working day if it falls on a weekend), the hall's name, a centre, two services with their hours and
 * limits, a guide, a counter, a staff account, a kiosk and a display. Then the kiosk, opened with its
 * new key, issues a ticket; the new staff member logs in at /counter/, replaces the one-time password
 * and calls it; the display shows the call. Every console screen is screenshotted into
 * test-output/screenshots/ (admin-new-hall-*).
 */
import type { Page } from 'playwright-core';
import { LANDSCAPE, PORTRAIT, launchBrowser, shot } from './browser';
import { COUNTER_SCREEN, closePage, openPage } from './pages';
import { changeFirstPassword, field, logInAt, openConsole, type ConsolePage } from './admin-pages';
import { startNewHall, type NewHall } from './new-hall';
import { until } from './until';
import type { Browser } from 'playwright-core';

jest.setTimeout(240_000);

const ADMIN_NEW_PASSWORD = 'hall-admin-2026';
const CENTRE = 'social-security';
const ALL_DAY_SERVICE = 'pension';
const OFFICE_SERVICE = 'marriage';
const COUNTER = 1;

/** Today in the hall's time zone, and whether the ordinary week closes it (Saturday, Sunday). */
function hallToday(): { date: string; weekend: boolean } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' })
    .formatToParts(new Date());
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, weekend: ['Sat', 'Sun'].includes(part('weekday')) };
}

let hall: NewHall;
let browser: Browser;
let admin: ConsolePage;
let step = 0;
/** The new staff member's one-time password, as the console showed it. */
let staffPassword = '';
let kioskUrl = '';
let displayUrl = '';
let kiosk: Page;
let ticketNumber = '';

/** From the services list to a new service's own page (where its hours are set). */
async function newService(page: Page, service: { id: string; name: string; prefix: string }): Promise<void> {
  await page.getByTestId('nav-services').click();
  await page.getByTestId('list-new').click();
  await page.getByTestId('service-form').waitFor();
  await field(page, 'id').fill(service.id);
  await field(page, 'name').fill(service.name);
  await field(page, 'prefix').fill(service.prefix);
  await page.getByTestId('form-submit').click();
  await page.getByTestId('hours-form').waitFor();
}

/** Registers a device through the console; answers the URL with its key, shown this once. */
async function newDevice(page: Page, kind: '取号机' | '显示屏', name: string): Promise<string> {
  await page.getByTestId('nav-devices').click();
  await page.getByTestId('list-new').click();
  await page.getByTestId('device-form').waitFor();
  await field(page, 'kind').selectOption({ label: kind });
  await field(page, 'name').fill(name);
  await page.getByTestId('form-submit').click();
  const url = ((await page.getByTestId('secret-value').textContent()) ?? '').trim();
  expect(url).toContain('key=');
  return url;
}

/** A screenshot of the console as it is now, numbered in the order of the set-up. */
async function screen(page: Page, name: string): Promise<void> {
  step += 1;
  await shot(page, `admin-new-hall-${String(step).padStart(2, '0')}-${name}`);
}

beforeAll(async () => {
  await Promise.all([
    startNewHall().then((h) => { hall = h; }),
    launchBrowser().then((b) => { browser = b; }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await hall?.close();
});

describe('a new hall set up only through /admin/', () => {
  it('the first admin logs in with the password the start log printed and must choose a new one', async () => {
    admin = await openConsole(browser, hall.url);
    await screen(admin.page, 'login');
    await logInAt(admin.page, 'admin', hall.adminPassword);
    await admin.page.getByTestId('password-change').waitFor();
    await screen(admin.page, 'password-change');
    await changeFirstPassword(admin.page, hall.adminPassword, ADMIN_NEW_PASSWORD);
    await admin.page.getByTestId('console-user').waitFor();
    await screen(admin.page, 'home');
  });

  it('today is a working day by the calendar (a weekend becomes a make-up working day, 调休)', async () => {
    const { page } = admin;
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('calendar-day-form').waitFor();
    const today = hallToday();
    if (today.weekend) {
      const form = page.getByTestId('calendar-day-form');
      await form.getByTestId('field-date').fill(today.date);
      await form.getByTestId('field-kind').selectOption({ label: '调休上班' });
      await form.getByTestId('field-name').fill('开业调休');
      await form.getByTestId('form-submit').click();
      await page.getByTestId(`row-${today.date}`).waitFor();
    }
    await screen(page, 'calendar');
  });

  it('hall settings name the hall', async () => {
    const { page } = admin;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-form').waitFor();
    await field(page, 'name').fill('青山区社会服务中心');
    await field(page, 'complaintPhone').fill('0472-5110000');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('settings-saved').waitFor();
    await screen(page, 'settings');
  });

  it('a centre is made', async () => {
    const { page } = admin;
    await page.getByTestId('nav-centres').click();
    await page.getByTestId('list-new').click();
    await field(page, 'id').fill(CENTRE);
    await field(page, 'name').fill('社会保障服务中心');
    await page.getByTestId('form-submit').click();
    await page.getByText('社会保障服务中心').first().waitFor();
    await page.getByTestId('nav-centres').click();
    await page.getByTestId(`row-${CENTRE}`).waitFor();
    await screen(page, 'centres');
  });

  it('two services are made, each with its opening hours and limits', async () => {
    const { page } = admin;
    // The first is open round the clock every day, so the ticket below can be taken whenever this runs.
    await newService(page, { id: ALL_DAY_SERVICE, name: '养老保险登记', prefix: 'A' });
    await page.getByTestId('hours-set').check();
    await page.getByTestId('range-0-0-0').fill('00:00-12:00');
    await page.getByTestId('range-0-0-1').fill('12:00-24:00');
    await page.getByText('周二至周五同周一').click();
    for (const day of [5, 6]) {
      await page.getByTestId(`add-range-0-${day}`).click();
      await page.getByTestId(`range-0-${day}-0`).fill('00:00-24:00');
    }
    await field(page, 'dailyLimit').fill('200');
    await page.getByTestId('hours-form').getByTestId('form-submit').click();
    await page.getByTestId('hours-saved').waitFor();
    await screen(page, 'service-round-the-clock');

    // The second keeps office hours, a summer and a winter timetable, with half-day limits.
    await newService(page, { id: OFFICE_SERVICE, name: '婚姻登记', prefix: 'B' });
    await page.getByTestId('hours-set').check();
    await page.getByTestId('hours-seasons').check();
    await page.getByTestId('timetable-1').waitFor();
    await page.getByTestId('range-1-0-1').fill('14:00-17:00');
    await field(page, 'morningLimit').fill('30');
    await field(page, 'afternoonLimit').fill('30');
    await page.getByTestId('hours-form').getByTestId('form-submit').click();
    await page.getByTestId('hours-saved').waitFor();
    await screen(page, 'service-office-hours');

    await page.getByTestId('nav-services').click();
    await page.getByTestId(`row-${OFFICE_SERVICE}`).waitFor();
    await screen(page, 'services');
  });

  it('a counter serving both services is made', async () => {
    const { page } = admin;
    await page.getByTestId('nav-counters').click();
    await page.getByTestId('list-new').click();
    await page.getByTestId('counter-form').waitFor();
    // The form proposes the next free number once the counter list has come; fill in after it, or the
    // proposal lands on the field while it is being filled.
    await until(async () => (await field(page, 'id').inputValue()) !== '', 'the proposed window number');
    await field(page, 'id').fill(String(COUNTER));
    expect(await field(page, 'id').inputValue()).toBe(String(COUNTER));
    for (const service of [ALL_DAY_SERVICE, OFFICE_SERVICE]) {
      await page.getByTestId('add-service-choice').selectOption(service);
      await page.getByTestId('add-service').click();
      await page.getByTestId(`order-${service}`).waitFor();
    }
    await page.getByTestId('form-submit').click();
    await page.getByTestId('counter-now').waitFor();
    await screen(page, 'counter');
    await page.getByTestId('nav-counters').click();
    await page.getByTestId(`row-${COUNTER}`).waitFor();
    await screen(page, 'counters');
  });

  it('the round-the-clock service gets its 办理指南', async () => {
    const { page } = admin;
    await page.getByTestId('nav-guides').click();
    await page.getByTestId(`row-${ALL_DAY_SERVICE}`).click();
    await page.getByTestId('guide-editor').waitFor();
    await field(page, 'guide.summary').fill('城乡居民养老保险参保登记');
    await field(page, 'guide.authority').fill('青山区社会保险事业服务中心');
    await field(page, 'guide.fees').fill('不收费');
    await field(page, 'guide.place').fill('社会服务中心一楼 1 号窗口');
    await field(page, 'guide.phone').fill('0472-5110001');
    await page.getByTestId('add-material').click();
    await field(page, 'guide.materials.0.name').fill('居民身份证');
    // What the national standard requires and is still empty is named on its field; nothing is sent.
    await page.getByTestId('guide-form').getByTestId('form-submit').click();
    await page.getByTestId('problem-guide.result').scrollIntoViewIfNeeded();
    await screen(page, 'guide-refused');
    await field(page, 'guide.result').fill('参保登记完成');
    await field(page, 'guide.legalTimeLimit').fill('5 个工作日');
    await field(page, 'guide.promisedTimeLimit').fill('即时办结');
    await field(page, 'guide.hours').fill('全天');
    await page.getByTestId('guide-form').getByTestId('form-submit').click();
    await page.getByTestId('guide-saved').waitFor();
    await screen(page, 'guide');
  });

  it('a staff account is made, its one-time password shown once', async () => {
    const { page } = admin;
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('list-new').click();
    await field(page, 'displayName').fill('孙丽');
    await field(page, 'staffNumber').fill('QS-001');
    await field(page, 'username').fill('sunli');
    await field(page, 'centreId').selectOption({ label: '社会保障服务中心' });
    await page.getByTestId('form-submit').click();
    await page.getByTestId('secret-value').waitFor();
    staffPassword = (await page.getByTestId('secret-value').textContent()) ?? '';
    await screen(page, 'staff-created');
    await page.getByTestId('secret-done').click();
    await page.getByText('孙丽').waitFor();
    await screen(page, 'staff-list');
    expect(staffPassword.length).toBeGreaterThanOrEqual(8);
  });

  it('a kiosk and a hall display are registered, each key shown once as a URL', async () => {
    kioskUrl = await newDevice(admin.page, '取号机', '大厅取号机');
    await screen(admin.page, 'kiosk-key');
    await admin.page.getByTestId('secret-done').click();
    displayUrl = await newDevice(admin.page, '显示屏', '大厅综合屏');
    await screen(admin.page, 'display-key');
    await admin.page.getByTestId('secret-done').click();
    await admin.page.getByTestId('device-list').waitFor();
    await screen(admin.page, 'devices');
  });

  it('the kiosk, opened with its new key, issues a ticket', async () => {
    kiosk = await openPage(browser, PORTRAIT, kioskUrl);
    await kiosk.getByTestId(`centre-tile-${CENTRE}`).click();
    await kiosk.getByTestId(`service-row-${ALL_DAY_SERVICE}`).click();
    await kiosk.getByTestId('take-ticket').click();
    ticketNumber = ((await kiosk.getByTestId('ticket-number').innerText()) ?? '').trim();
    expect(ticketNumber).toMatch(/^A\d{3}$/);
    await shot(kiosk, 'admin-new-hall-kiosk-ticket');
  });

  it('the new staff member logs in at the counter page, chooses a password, and calls the ticket; the display shows the call', async () => {
    const display = await openPage(browser, LANDSCAPE, displayUrl);
    await display.locator(`[data-testid="waiting-${ALL_DAY_SERVICE}"][data-waiting="1"]`).waitFor({ state: 'attached' });
    const desk = await openPage(browser, COUNTER_SCREEN, `${hall.url}/counter/`);
    await logInAt(desk, 'sunli', staffPassword);
    await desk.getByTestId('password-change').waitFor();
    await changeFirstPassword(desk, staffPassword, 'sunli-own-password');
    await desk.getByTestId(`counter-pick-${COUNTER}`).click();
    await desk.locator('[data-testid="action-call-next"]:enabled').click();
    await display.getByTestId('latest-call-number').getByText(ticketNumber).waitFor();
    await display.locator(`[data-testid="latest-call-counter"][data-counter="${COUNTER}"]`).waitFor();
    await shot(desk, 'admin-new-hall-counter-called');
    await shot(display, 'admin-new-hall-display-call');
    await closePage(desk);
    await closePage(display);
    await closePage(kiosk);
  });

  it('the audit log shows every change made', async () => {
    const { page } = admin;
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-list').getByText('staff.create').waitFor();
    for (const command of ['centre.create', 'service.create', 'service.setHours', 'counter.create', 'guide.save', 'device.issue']) {
      await page.getByTestId('audit-list').getByText(command, { exact: true }).first().waitFor();
    }
    await screen(page, 'audit');
    expect(admin.problems).toEqual([]);
    await closePage(page);
  });
});

