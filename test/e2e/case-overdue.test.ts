/**
 * The case list as a supervisor meets it after some weeks, in Chromium against a hall on a manual clock:
 * cases past their deadline are red AND say 已逾期 and 已上报管理员 in words; the list pages back 100 at
 * a time; the status, kind and overdue filters narrow it; an admin who is not the assignee still sees
 * the number masked and may step in.
 */
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { login } from '../../testkit/clients';
import { DEMO_COUNTERS } from '../../server/demo/hall-data';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { freePort } from '../support/ports';
import type { CaseSummary } from '../../protocol/cases';
import type { Browser } from 'playwright-core';
import { launchBrowser, shot } from './browser';
import { closePage } from './pages';
import { logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

const SERVICE = 'elderly-allowance';
const COUNTER = DEMO_COUNTERS.find((c) => c.services.includes(SERVICE))?.id ?? 0;

let th: TestHall;
let browser: Browser;
let clock: ManualClock;

beforeAll(async () => {
  clock = new ManualClock(beijing('2027-04-29T09:00:00'));
  const port = await freePort();
  [th, browser] = await Promise.all([
    startTestHall({ clock, env: { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` } }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await th?.close();
});

async function badRating(api: HttpApi, phone: string): Promise<void> {
  const issued = await api.issue({ deviceKey: th.kioskKey }, SERVICE);
  const staff: Caller = { token: await login(th.url, 'staff', STAFF_PASSWORD) };
  await api.counter(staff, COUNTER, 'open');
  await api.counter(staff, COUNTER, 'call-next');
  await api.counter(staff, COUNTER, 'start');
  await api.counter(staff, COUNTER, 'finish');
  await api.ok('POST', '/api/ratings', { body: { token: issued.ticket.token, level: 2, reasons: ['waiting'], phone } });
}

it('overdue cases are red and marked in words; the list pages, filters, and an admin steps in', async () => {
  const api = new HttpApi(th.url);
  await badRating(api, '13900001111');
  await api.ok('POST', '/api/complaints', { body: { category: 'complaint', text: '窗口午休时间无人值守' } });
  await api.ok('POST', '/api/complaints', { body: { category: 'suggestion', text: '建议大厅增加老花镜' } });
  // Five weeks on, the first moment of the day escalates what is still open past its deadline.
  clock.set(beijing('2027-06-03T09:00:00'));
  th.hall.bus.rollover(clock.now());
  // A busy month since: more than a page of new complaints.
  for (let i = 1; i <= 100; i += 1) {
    await api.ok('POST', '/api/complaints', { body: { category: 'complaint', text: `第${i}条投诉:叫号声音太小` } });
  }

  const { page, problems } = await openConsole(browser, th.url);
  await logInAt(page, 'supervisor', STAFF_PASSWORD);
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-list').waitFor();
  await page.getByTestId('row-103').waitFor();
  expect(await page.locator('tr.case-overdue').count()).toBe(0);
  await page.getByTestId('case-older').click();
  // The second page: the three older cases; the two with a deadline are overdue and escalated.
  await page.getByTestId('row-1').waitFor();
  expect(await page.locator('.list-table tbody tr').count()).toBe(3);
  const overdue = page.locator('tr.case-overdue');
  expect(await overdue.count()).toBe(2);
  for (const text of await overdue.allInnerTexts()) {
    expect(text).toContain('已逾期');
    expect(text).toContain('已上报管理员');
  }
  expect(await page.getByTestId('row-3').innerText()).toContain('无期限（答复即可）');
  expect(await page.getByTestId('row-3').getAttribute('class')).not.toContain('case-overdue');
  await shot(page, 'case-list-overdue');
  await page.getByTestId('case-newest').click();
  await page.getByTestId('row-103').waitFor();

  // Filters narrow the list on the server: overdue only, then one kind.
  await page.getByTestId('case-filter-overdue').check();
  await page.getByTestId('row-1').waitFor();
  expect(await page.locator('.list-table tbody tr').count()).toBe(2);
  await page.getByTestId('case-filter-kind').selectOption('bad_rating');
  await page.locator('.list-table tbody tr').nth(1).waitFor({ state: 'detached' });
  expect(await page.getByTestId('row-1').innerText()).toContain('差评 · 不满意');
  await page.getByTestId('case-filter-overdue').uncheck();
  await page.getByTestId('case-filter-kind').selectOption('suggestion');
  await page.getByTestId('row-3').waitFor();
  await page.getByTestId('case-filter-kind').selectOption('');
  await page.getByTestId('case-filter-status').selectOption('closed');
  await page.locator('.list-count').filter({ hasText: '暂无记录' }).waitFor();
  expect(await page.locator('.list-table tbody tr').count()).toBe(0);
  expect(problems).toEqual([]);
  await closePage(page);

  // The supervisor took the 差评 on; the admin, not its assignee, sees the number masked and may close it.
  const lead: Caller = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  const leadId = (await api.ok<{ id: number; username: string }[]>('GET', '/api/admin/staff', lead)).find((s) => s.username === 'supervisor')?.id;
  await api.ok('POST', '/api/cases/1/assign', { ...lead, body: { assigneeId: leadId } });
  const admin = await openConsole(browser, th.url);
  await logInAt(admin.page, 'admin', ADMIN_PASSWORD);
  await admin.page.goto(`${th.url}/admin/#/cases/1`);
  await admin.page.getByTestId('case-page').waitFor();
  expect(await admin.page.getByTestId('case-phone').innerText()).toBe('139****1111');
  expect(await admin.page.getByTestId('case-state').innerText()).toContain('已逾期');
  await admin.page.getByTestId('case-step-rectify').waitFor();
  await admin.page.getByTestId('case-step-callBack').waitFor();
  expect(await admin.page.getByTestId('case-not-yours').count()).toBe(0);
  await shot(admin.page, 'case-page-overdue-admin');
  expect(admin.problems).toEqual([]);
  await closePage(admin.page);
  expect((await api.ok<CaseSummary[]>('GET', '/api/cases?overdue=true', lead)).map((c) => c.id)).toEqual([2, 1]);
});
