/**
 * 电子监察 in Chromium: an admin sets a service's limits on the 事项 screen (a red limit below yellow is
 * refused on its field); a supervisor watches the board while the hall works — the figures, lights with
 * their shapes and words, an idle counter, a printer out of paper — and alerts arrive live with a chime,
 * are acknowledged and show who did it and when. The sound switch survives a reload, and a browser that
 * blocks sound says so and how to allow it. The hall's clock is the test's, so waits grow by moving it.
 */
import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { freePort } from '../support/ports';
import { FakePrinter } from '../../testkit/fake-printer';
import { PATIENT } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { launchBrowser, shot } from './browser';
import { closePage } from './pages';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(180_000);

const SERVICE = 'legal-consultation';
const COUNTER = 11;

let browser: Browser;
let th: TestHall;
let clock: ManualClock;
let printer: FakePrinter;
let printing: PrintingModule;
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  clock = new ManualClock(beijing('2026-12-01T09:00:00'));
  printer = await FakePrinter.start();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  [browser, th] = await Promise.all([launchBrowser(), startTestHall({
    clock,
    env: { PORT: String(port), PUBLIC_URL: url },
    beforeStart: (db) => savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 80 }),
    modules: (config, db, hallClock) => {
      printing = createPrintingModule(db, config, hallClock, PATIENT);
      return [printing];
    },
  })]);
  await printing.manager.refresh(DEMO_PRINTER_ID);
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await browser?.close();
  await th?.close();
  await printer?.close();
});

async function open(auth: { token?: string; deviceKey?: string }): Promise<ClientSocket> {
  const socket = await connect(th.url, auth);
  sockets.push(socket);
  return socket;
}

/** Moves the hall's clock and lets the server look at the hall at that moment. */
function at(local: string): void {
  clock.set(beijing(`2026-12-01T${local}:00`));
  th.hall.supervision.check();
}

async function consoleAs(username: string, password: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openConsole(browser, th.url);
  await logInAt(opened.page, username, password);
  await opened.page.getByTestId('console-user').waitFor();
  return opened;
}

it('an admin sets a service\'s limits on the 事项 screen, refused on the field when red is not above yellow', async () => {
  const { page, problems } = await consoleAs('admin', ADMIN_PASSWORD);
  await page.goto(`${th.url}/admin/#/services/${SERVICE}`);
  await page.getByTestId('service-limits').waitFor();
  expect(await field(page, 'waitYellowMinutes').inputValue()).toBe('15');
  await field(page, 'waitYellowMinutes').fill('10');
  await field(page, 'waitRedMinutes').fill('8');
  await page.getByTestId('service-form').getByTestId('form-submit').click();
  await page.getByTestId('problem-waitRedMinutes').getByText('红灯时限须大于黄灯时限').waitFor();
  await page.getByTestId('service-limits').scrollIntoViewIfNeeded();
  await shot(page, 'admin-service-limits-refused');
  await field(page, 'waitRedMinutes').fill('20');
  await field(page, 'serviceYellowMinutes').fill('5');
  await field(page, 'serviceRedMinutes').fill('10');
  await page.getByTestId('service-form').getByTestId('form-submit').click();
  await page.locator('.ok-note').waitFor();
  await page.getByTestId('service-limits').scrollIntoViewIfNeeded();
  await shot(page, 'admin-service-limits');
  expect(problems).toEqual([]);
  await closePage(page);
});

it('a supervisor watches the hall live, hears and acknowledges alerts, and keeps the sound choice', async () => {
  const { page, problems } = await consoleAs('supervisor', STAFF_PASSWORD);
  await page.getByTestId('nav-supervision').click();
  await page.getByTestId('hall-summary').waitFor();
  await page.getByTestId('sound-try').click();
  await page.locator('[data-testid="sound-controls"][data-status="on"]').waitFor();

  // The hall works: three residents for 法律咨询, the counter serves the first and then stands idle.
  const kiosk = await open({ deviceKey: th.kioskKey });
  const desk = await open({ token: await login(th.url, 'legal') });
  const issue = async () => ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
  const first = await issue();
  await issue();
  at('09:04');
  await issue();
  ok(await send(desk, 'counter.open', { counterId: COUNTER }));
  at('09:06');
  ok(await send(desk, 'counter.callNext', { counterId: COUNTER }));
  ok(await send(desk, 'counter.start', { counterId: COUNTER }));
  at('09:12');
  ok(await send(desk, 'counter.finish', { counterId: COUNTER }));
  th.hall.supervision.check();
  await page.locator('[data-testid="service-legal-consultation"] td').nth(1).getByText('2', { exact: true }).waitFor();

  // Time passes: the line turns red and the idle counter raises an alert, both pushed to the page.
  at('09:17');
  at('09:31');
  await page.locator('[data-testid="alert-panel"] [data-kind="wait_red"]').waitFor();
  await page.locator('[data-testid="alert-panel"] [data-kind="counter_idle"]').waitFor();
  await page.locator('[data-testid="wait-light-legal-consultation"][data-light="red"]').getByText('超时').waitFor();
  await page.getByTestId(`idle-${COUNTER}`).waitFor();
  expect(await page.getByTestId('hall-wait-light').getAttribute('data-light')).toBe('red');

  // A printer runs out of paper; a resident rates the service 非常不满意.
  printer.paper = 'paper_out';
  await printing.manager.refresh(DEMO_PRINTER_ID);
  await page.locator('[data-testid="alert-panel"] [data-kind="printer_down"]').waitFor();
  const rated = await fetch(`${th.url}/api/ratings`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: first.ticket.token, level: 1, reasons: ['attitude'], comment: '态度生硬' }) });
  expect(rated.status).toBe(200);
  const caseAlert = page.locator('[data-testid="alert-panel"] [data-kind="case_opened"]');
  await caseAlert.getByText('非常不满意').waitFor();
  await page.locator('[data-testid="alert-bell"][data-waiting="4"]').waitFor();
  // Each alert raised while the page listened chimed (plus the 试听).
  await page.locator('[data-testid="alert-bell"][data-chimes="5"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'supervision-board');

  // The supervisor acknowledges the case alert: who and when.
  const caseId = (await caseAlert.getAttribute('data-testid'))?.replace('alert-', '') ?? '';
  await page.getByTestId(`ack-${caseId}`).click();
  await page.getByTestId(`acked-${caseId}`).getByText('赵敏').waitFor();
  await page.locator('[data-testid="alert-bell"][data-waiting="3"]').waitFor();
  await page.getByTestId('alert-panel').scrollIntoViewIfNeeded();
  await shot(page, 'supervision-alerts');
  await page.getByTestId('counter-table').scrollIntoViewIfNeeded();
  await shot(page, 'supervision-counters');

  // Sound off survives a reload.
  await page.getByTestId('sound-toggle').click();
  await page.locator('[data-testid="sound-controls"][data-status="off"]').waitFor();
  await page.reload();
  await page.getByTestId('hall-summary').waitFor();
  expect(await page.getByTestId('sound-controls').getAttribute('data-status')).toBe('off');
  expect(await page.getByTestId('sound-toggle').textContent()).toContain('提示音：关');
  expect(problems).toEqual([]);
  await closePage(page);
});

it('a browser that blocks sound is told so, with how to allow it', async () => {
  const { page } = await openConsole(browser, th.url);
  // This browser's sound stays blocked (as before anyone touched the page, in a browser that refuses autoplay).
  await page.addInitScript(() => {
    Object.defineProperty(AudioContext.prototype, 'state', { get: () => 'suspended' });
    AudioContext.prototype.resume = () => new Promise(() => undefined);
  });
  await page.reload();
  await logInAt(page, 'supervisor', STAFF_PASSWORD);
  await page.getByTestId('nav-supervision').click();
  await page.getByTestId('sound-blocked').waitFor();
  expect(await page.getByTestId('sound-blocked').textContent()).toContain('网站设置');
  await shot(page, 'supervision-sound-blocked');
  await closePage(page);
});
