/**
 * The 差评 closed loop in Chromium: a resident rates 非常不满意 on the phone page and leaves a number; a
 * supervisor, logged into the console with the case list open, sees the new case arrive without a
 * reload, opens it (the number masked), assigns it to themselves (now the number shows in full), logs a
 * call-back with the resident's view of the handling, records the rectification and closes it with a
 * result; after each step the resident's
 * phone page shows how far the case has come, and at the end the result. The month's report and 考评
 * sheet then count the 差评 against the staff member, rectified and called back on time.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { IssuedTicket } from '../../protocol/views';
import { STAFF_PASSWORD } from '../../testkit/hall';
import { login } from '../../testkit/clients';
import { DEMO_COUNTERS } from '../../server/demo/hall-data';
import { HttpApi } from '../support/http-api';
import { PHONE, SCREENSHOT_DIR, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openPage } from './pages';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

const SERVICE = 'elderly-allowance';
const COUNTER = DEMO_COUNTERS.find((c) => c.services.includes(SERVICE))?.id ?? 0;
const PHONE_NUMBER = '13812345678';

/** The whole page, however long: a case page runs below the fold. */
async function fullShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Waits until the phone page shows the follow-up at `status`. */
async function progressAt(phone: Page, status: string): Promise<void> {
  await phone.locator(`[data-testid="follow-up"][data-status="${status}"]`).waitFor();
}

describe('the 差评 closed loop, from the phone to the console and back', () => {
  const suite = e2eSuite();

  async function servedTicket(): Promise<IssuedTicket> {
    const api = new HttpApi(suite.hall.url);
    const issued = await api.issue({ deviceKey: suite.hall.th.kioskKey }, SERVICE);
    const staff = { token: await login(suite.hall.url, 'staff', STAFF_PASSWORD) };
    await api.counter(staff, COUNTER, 'open');
    await api.counter(staff, COUNTER, 'call-next');
    await api.counter(staff, COUNTER, 'start');
    await api.counter(staff, COUNTER, 'finish');
    return issued;
  }

  it('a resident rates 非常不满意 with a number; a supervisor works the case to closed; the phone follows each step', async () => {
    // The supervisor has the case list open before the rating comes in.
    const { page: console_, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(console_, 'supervisor', STAFF_PASSWORD);
    await console_.getByTestId('nav-cases').click();
    await console_.getByTestId('case-list').waitFor();
    expect(await console_.locator('.read-only').count()).toBe(0);

    const issued = await servedTicket();
    const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/t/${issued.ticket.token}`);
    await phone.locator('[data-testid="phone-status"][data-status="finished"]').waitFor();
    await phone.getByTestId('rating-level-1').click();
    await phone.getByTestId('rating-reason-attitude').click();
    // A number with a letter is caught on the page, before anything is sent.
    await phone.getByTestId('rating-phone').fill('138abc');
    await phone.getByTestId('rating-phone-wrong').waitFor();
    expect(await phone.getByTestId('rating-submit').isDisabled()).toBe(true);
    await phone.getByTestId('rating-phone').fill(`138 1234 5678`);
    await shot(phone, 'case-phone-01-rating');
    await phone.getByTestId('rating-submit').click();
    await phone.getByTestId('rating-done').waitFor();
    await progressAt(phone, 'open');
    expect(await phone.locator('[data-testid="follow-up-step-open"]').getAttribute('data-state')).toBe('current');
    expect(await phone.getByTestId('follow-up-deadline').innerText()).toMatch(/最晚处理日期：\d{4}年\d{1,2}月\d{1,2}日/);
    await fullShot(phone, 'case-phone-02-received');

    // The new case arrives in the open list by itself.
    const row = console_.locator('[data-testid^="row-"]').filter({ hasText: issued.ticket.number });
    await row.waitFor();
    expect(await row.innerText()).toContain('差评 · 非常不满意');
    expect(await row.innerText()).toContain('待分派');
    expect(await row.innerText()).toContain('王晓兰');
    await shot(console_, 'case-list');

    // The 电子监察 board carries the alert for the new case too.
    await console_.getByTestId('nav-supervision').click();
    await console_.locator('[data-testid="alert-panel"] [data-kind="case_opened"]').first().waitFor();
    await shot(console_, 'case-supervision-alert');
    await console_.getByTestId('nav-cases').click();
    await row.waitFor();

    await row.click();
    await console_.getByTestId('case-page').waitFor();
    expect(await console_.getByTestId('case-phone').innerText()).toBe('138****5678');
    expect(await console_.getByTestId('case-source').innerText()).toContain('服务态度不好');
    // Before it is assigned, only assigning is offered.
    expect(await console_.getByTestId('case-step-callBack').count()).toBe(0);
    expect(await console_.getByTestId('case-step-rectify').count()).toBe(0);
    await fullShot(console_, 'case-page-01-open');

    await console_.getByTestId('case-assign-form').getByTestId('form-submit').click();
    await console_.locator('[data-testid="case-page"][data-status="assigned"]').waitFor();
    expect(await console_.getByTestId('case-phone').innerText()).toBe(PHONE_NUMBER);
    await progressAt(phone, 'assigned');

    // The call-back: reached, what was said, and how the resident judged the handling.
    const callBack = console_.getByTestId('case-call-back-form');
    await callBack.getByTestId('field-residentSatisfaction').selectOption({ label: '基本满意' });
    await field(console_, 'note').fill('已电话致歉,说明整改措施,群众表示理解');
    await callBack.getByTestId('form-submit').click();
    await console_.getByTestId('case-event-call_back').waitFor();
    expect(await console_.getByTestId('case-event-call_back').innerText()).toContain('已接通');
    expect(await phone.locator('[data-testid="follow-up"]').getAttribute('data-status')).toBe('assigned');

    // The rectification: an empty one is refused on its field, before anything is sent.
    await console_.getByTestId('case-rectify-form').getByTestId('form-submit').click();
    await console_.getByTestId('problem-rectification').waitFor();
    await field(console_, 'rectification').fill('已对窗口人员批评教育,组织全中心服务礼仪培训');
    await console_.getByTestId('case-rectify-form').getByTestId('form-submit').click();
    await console_.locator('[data-testid="case-page"][data-status="rectified"]').waitFor();
    await progressAt(phone, 'rectified');
    await fullShot(phone, 'case-phone-03-rectified');

    const close = console_.getByTestId('case-close-form');
    await close.waitFor();
    expect(await close.getByTestId('field-residentSatisfaction').locator('option:checked').innerText()).toBe('基本满意');
    await field(console_, 'result').fill('已向您致歉,窗口人员已接受批评教育并参加服务礼仪培训');
    await fullShot(console_, 'case-page-02-worked');
    await close.getByTestId('form-submit').click();
    await console_.locator('[data-testid="case-page"][data-status="closed"]').waitFor();
    await console_.getByTestId('case-closed-note').waitFor();
    expect(await console_.getByTestId('case-timeline').locator('.case-event-what').allInnerTexts())
      .toEqual(['生成案件', '分派给 赵敏', '电话回访 · 已接通', '登记整改', '办结']);
    await fullShot(console_, 'case-page-03-closed');

    await progressAt(phone, 'closed');
    expect(await phone.getByTestId('follow-up-result').innerText()).toBe('已向您致歉,窗口人员已接受批评教育并参加服务礼仪培训');
    await fullShot(phone, 'case-phone-04-closed');
    // In Mongolian, the step words stand above the Chinese (drafts awaiting review).
    await phone.getByTestId('lang-toggle-mn').click();
    await phone.locator('[data-testid="follow-up-step-closed"] .mn').waitFor();
    await fullShot(phone, 'case-phone-05-mongolian');

    // Back in the list, the case reads as closed.
    await console_.getByRole('link', { name: '返回列表' }).click();
    await console_.locator('[data-testid^="row-"]').filter({ hasText: issued.ticket.number }).filter({ hasText: '已办结' }).waitFor();
    // The month's report and 考评 sheet count the 差评 against the staff member, rectified and called back on time.
    await console_.getByTestId('nav-reports').click();
    await console_.getByTestId('report-by').selectOption('staff');
    const wang = console_.getByTestId('report-table').getByTestId('report-row').filter({ hasText: '王晓兰' });
    await wang.waitFor();
    // Columns after the name: … 10 ratings, 11 satisfaction, 12 差评, 13 rectified on time, 14 called back on time.
    const figures = async (row: typeof wang): Promise<string[]> => (await row.locator('td').allInnerTexts()).slice(11, 16);
    expect(await figures(wang)).toEqual(['1', '0.0%', '1', '100.0%', '100.0%']);
    await shot(console_, 'case-report-by-staff');
    await console_.getByTestId('report-assessment').click();
    const sheetRow = console_.getByTestId('assessment-staff').getByTestId('report-row').filter({ hasText: '王晓兰' });
    await sheetRow.waitFor();
    expect(await figures(sheetRow)).toEqual(['1', '0.0%', '1', '100.0%', '100.0%']);
    await shot(console_, 'case-assessment-sheet');

    expect(problems).toEqual([]);
    await closePage(phone);
    await closePage(console_);
  });
});
