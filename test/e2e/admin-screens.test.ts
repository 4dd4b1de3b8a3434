/**
 * The console's screens for hall settings, opening hours and limits, the working-day calendar and the
 * audit log, in Chromium against the demo hall: each refuses bad input on the field concerned (checked
 * with the server's schema before sending), saves good input, and the audit log shows what was done.
 */
import type { MnTextEntry } from '../../protocol/mn-texts';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { http, login, ok } from '../../testkit/clients';
import { t } from '../../protocol/catalog';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { closePage } from './pages';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

describe('admin console: settings, hours, calendar, audit', () => {
  const suite = e2eSuite();

  it('an admin edits each, sees field-level refusals, and finds the changes in the audit log', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);

    // Hall settings.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-form').waitFor();
    await field(page, 'complaintPhone').fill('电话');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-complaintPhone').waitFor();
    await field(page, 'complaintPhone').fill('0472-5110000');
    await page.getByTestId('field-priorityReasons-military').uncheck();
    await page.getByTestId('form-submit').click();
    await page.getByTestId('settings-saved').waitFor();
    await shot(page, 'admin-settings');

    // Opening hours and limits of one service.
    await page.getByTestId('nav-hours').click();
    await page.getByTestId('hours-service').selectOption('company-registration');
    await page.getByTestId('hours-form').waitFor();
    await page.getByTestId('hours-single').check();
    await page.getByTestId('range-0-0-0').fill('08:30-12:00');
    await page.getByTestId('range-0-0-1').fill('11:00-13:00');
    await page.getByTestId('range-0-2-0').fill('18:00-09:00');
    await field(page, 'dailyLimit').fill('abc');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('problem-hours.timetables.0.week.0.1').getByText('重叠').waitFor();
    expect(await page.getByTestId('problem-hours.timetables.0.week.2.0').textContent()).toContain('结束时间须晚于开始时间');
    expect(await page.getByTestId('problem-dailyLimit').textContent()).toContain('整数');
    await shot(page, 'admin-hours-errors');
    await page.getByTestId('range-0-0-1').fill('14:30-17:30');
    await page.getByTestId('range-0-2-0').fill('08:30-12:00');
    await field(page, 'dailyLimit').fill('60');
    await field(page, 'morningLimit').fill('30');
    await page.getByTestId('hours-seasons').check();
    await page.getByTestId('timetable-1').waitFor();
    await page.getByTestId('form-submit').click();
    await page.getByTestId('hours-saved').waitFor();
    await shot(page, 'admin-hours');

    // The working-day calendar: one day by hand, a list with a bad line refused whole, then a good list.
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('calendar-day-form').waitFor();
    const year = Number(await page.getByTestId('calendar-year').textContent());
    await page.getByTestId('calendar-day-form').getByTestId('field-date').fill(`${year}-12-30`);
    await page.getByTestId('calendar-day-form').getByTestId('field-name').fill('测试假日');
    // The name's Mongolian beside it: listed at once, and in the translation workbench as a draft.
    const dayMn = 'ᠪᠠᠶᠠᠷ ᠤᠨ ᠡᠳᠦᠷ';
    await page.getByTestId('calendar-day-form').getByTestId('field-nameMn').fill(dayMn);
    await page.getByTestId('calendar-day-form').getByTestId('form-submit').click();
    await page.getByTestId(`row-${year}-12-30`).waitFor();
    expect(await page.getByTestId(`row-${year}-12-30`).innerText()).toContain(dayMn);
    // Marked a draft beside it until a reviewer approves it in the workbench.
    expect(await page.getByTestId(`calendar-mn-status-${year}-12-30`).innerText()).toBe(t('admin.mnTexts.status.draft', 'zh'));
    const texts = await http<MnTextEntry[]>(suite.hall.url, 'GET', '/api/admin/mn-texts', { token: await login(suite.hall.url, 'admin', ADMIN_PASSWORD) });
    const workbench = ok(texts.body).find((e) => e.key === `day:${year}-12-30`);
    expect(workbench).toMatchObject({ zh: '测试假日', mn: dayMn, status: 'draft' });
    const importForm = page.getByTestId('calendar-import-form');
    await importForm.getByTestId('field-text').fill(
      `${year}-12-28 workday 测试调休\n${year}-02-30 holiday 不存在的日子\n${year}-12-27 holiday 测试 | 测试`);
    await importForm.getByTestId('form-submit').click();
    await importForm.getByTestId('import-problems').getByText('第 2 行').waitFor();
    // Chinese where the Mongolian goes (after the |) is named as such.
    expect(await importForm.getByTestId('import-problems').innerText()).toContain(`第 3 行：${t('admin.calendar.reason.nameMn', 'zh')}`);
    await shot(page, 'admin-calendar-import-errors');
    expect(await page.getByTestId(`row-${year}-12-28`).count()).toBe(0);
    // A good list, one name with its Mongolian after a |: listed with it.
    const workdayMn = 'ᠠᠵᠢᠯ\u202Fᠤᠨ ᠡᠳᠦᠷ';
    await importForm.getByTestId('field-text').fill(`${year}-12-28 workday 测试调休 | ${workdayMn}\n${year}-12-29 holiday 测试假日二`);
    await importForm.getByTestId('form-submit').click();
    await page.getByTestId(`row-${year}-12-28`).waitFor();
    expect(await page.getByTestId(`row-${year}-12-28`).innerText()).toContain(workdayMn);
    expect(await page.getByTestId(`calendar-mn-status-${year}-12-28`).innerText()).toBe(t('admin.mnTexts.status.draft', 'zh'));
    expect(await page.getByTestId(`calendar-mn-status-${year}-12-29`).innerText()).toBe(t('admin.mnTexts.status.missing', 'zh'));
    await page.getByTestId(`calendar-remove-${year}-12-29`).click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId(`row-${year}-12-29`).waitFor({ state: 'detached' });
    await page.getByTestId(`row-${year}-12-30`).scrollIntoViewIfNeeded();
    await shot(page, 'admin-calendar');

    // The audit log: every change above, filterable.
    await page.getByTestId('nav-audit').click();
    // The import wrote two lines: the workbench's draft of the Mongolian and the calendar's own.
    await page.getByTestId('audit-list').getByText('calendar.import').first().waitFor();
    expect(await page.getByTestId('audit-list').getByText('calendar.import').count()).toBe(2);
    await page.getByTestId('audit-command').fill('service.');
    await page.getByTestId('audit-apply').click();
    await page.getByTestId('audit-list').getByText('calendar.import').first().waitFor({ state: 'detached' });
    const text = await page.getByTestId('audit-list').textContent();
    expect(text).toContain('service.setHours');
    expect(text).toContain('dailyLimit');
    await shot(page, 'admin-audit');

    expect(problems).toEqual([]);
    await closePage(page);
  });
});
