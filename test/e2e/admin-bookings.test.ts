/**
 * The console's appointment screens in Chromium: an admin makes a service bookable (the places a slot
 * offers follow the walk-in share as it is typed), books a slot on a resident's behalf (代约) and sees the
 * code once, finds the booking in the day's list masked (王*明, 138****5678, the code cut), and cancels it;
 * the audit trail has both. Dates come from the slots the server offers around the real clock.
 */
import type { SlotsAnswer } from '../../protocol/booking';
import type { AuditLine } from '../../protocol/admin';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { http, login, ok } from '../../testkit/clients';
import { shiftDays } from '../../server/queue/working-days';
import { businessDay } from '../../server/queue/calendar';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

const SERVICE = 'elderly-allowance';

describe('admin console: appointments', () => {
  const suite = e2eSuite();

  it('sets a service bookable, books for a resident, lists the day masked and cancels', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-booking-settings').click();
    await page.getByTestId('booking-settings-service').selectOption(SERVICE);
    await page.getByTestId(`booking-settings-${SERVICE}`).waitFor();
    await field(page, 'bookable').check();
    await field(page, 'capacity').fill('6');
    await field(page, 'walkInPercent').fill('50');
    await field(page, 'daysAhead').fill('14');
    await page.getByTestId('booking-places').getByText('每个时段可预约 3 人').waitFor();
    await shot(page, 'admin-booking-settings');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('booking-settings-saved').waitFor();

    // The first day from tomorrow on with an open slot (the hall's hours and calendar decide).
    const today = businessDay(Date.now(), 'Asia/Shanghai');
    let date = '';
    let start = '';
    for (let i = 1; i <= 14 && !date; i += 1) {
      const day = ok((await http<SlotsAnswer>(suite.hall.url, 'GET', `/api/slots?serviceId=${SERVICE}&date=${shiftDays(today, i)}`)).body);
      const slot = day.slots.find((s) => s.open);
      if (slot) {
        date = day.date;
        start = slot.start;
      }
    }
    expect(date).not.toBe('');

    await page.goto(`${suite.hall.url}/admin/#/bookings/${date}`);
    await page.getByTestId('bookings-screen').waitFor();
    await page.getByTestId('bookings-empty').waitFor();
    await page.getByTestId('field-serviceId').selectOption(SERVICE);
    await page.getByTestId('field-start').selectOption(start);
    await field(page, 'name').fill('王小明');
    await field(page, 'phone').fill('138 1234 5678');
    await page.getByTestId('on-behalf-form').getByTestId('form-submit').click();
    await page.getByTestId('on-behalf-made').waitFor();
    const code = (await page.getByTestId('secret-value').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await shot(page, 'admin-bookings-on-behalf');
    await page.getByTestId('secret-done').click();

    const list = page.getByTestId('bookings-list');
    await list.getByText('王*明').waitFor();
    const text = await list.innerText();
    expect(text).toContain('138****5678');
    expect(text).toContain(`${code.slice(0, 4)}-****-****`);
    expect(text).not.toContain(code);
    expect(text).not.toContain('13812345678');
    await shot(page, 'admin-bookings-list');

    const id = (await page.locator('[data-testid^="booking-cancel-"]').first().getAttribute('data-testid'))?.replace('booking-cancel-', '') ?? '';
    await page.getByTestId(`booking-cancel-${id}`).click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId(`booking-status-${id}`).getByText('已取消').waitFor();
    await shot(page, 'admin-bookings-cancelled');

    const token = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
    const lines = ok((await http<AuditLine[]>(suite.hall.url, 'GET', '/api/admin/audit?command=booking.', { token })).body);
    expect(lines.map((l) => l.command).sort()).toEqual(['booking.configure', 'booking.create', 'booking.revoke']);
    expect(JSON.stringify(lines)).not.toContain('13812345678');
    expect(problems).toEqual([]);
  });
});
