/**
 * The counter desk in Chromium lists the residents who have no paper slip: a ticket issued while the
 * kiosk printer was out of paper appears by number with the printer's name and state, and once the
 * paper is back a 补打 from the list prints a slip marked 补打 and takes the ticket off the list.
 */
import type { Browser, Page } from 'playwright-core';
import type { IssuedTicket } from '../../protocol/views';
import { launchBrowser, shot } from './browser';
import { startE2eHall, type E2eHall } from './e2e-hall';
import { closePage, openDesk } from './pages';
import { connect, idemKey, ok, send } from '../../testkit/clients';
import { contains, gbk } from '../printers/bytes';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';

jest.setTimeout(90_000);

describe('missed slips on the counter desk', () => {
  let hall: E2eHall;
  let browser: Browser;
  let desk: Page | null = null;

  beforeAll(async () => {
    await Promise.all([
      startE2eHall().then((h) => { hall = h; }),
      launchBrowser().then((b) => { browser = b; }),
    ]);
  });
  afterAll(async () => {
    if (desk) await closePage(desk);
    await browser?.close();
    await hall?.close();
  });

  it('lists a ticket issued while the printer was out of paper, and reprints it from the list', async () => {
    hall.printer.paper = 'paper_out';
    await hall.printing().manager.refresh(DEMO_PRINTER_ID);
    const kiosk = await connect(hall.url, { deviceKey: hall.th.kioskKey });
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'elderly-allowance', idempotencyKey: idemKey() })) as IssuedTicket;
    kiosk.close();
    expect(issued.print.status).toBe('unavailable');
    const number = issued.ticket.number;

    desk = await openDesk(browser, hall.url, 4);
    const row = desk.locator(`[data-testid="missed-slip"][data-number="${number}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('大厅打印机');
    expect(await row.innerText()).toContain('缺纸');
    await shot(desk, 'counter-missed-slips');

    hall.printer.paper = 'ok';
    await hall.printing().manager.refresh(DEMO_PRINTER_ID);
    await desk.locator(`[data-testid="missed-slip"][data-number="${number}"] [data-testid="missed-slip-reprint"]:enabled`).click();
    await row.waitFor({ state: 'detached' });
    await hall.printing().manager.idle();
    const slip = hall.printer.jobs().find((bytes) => contains(bytes, Buffer.from(number)));
    expect(slip && contains(slip, gbk('【补打】'))).toBe(true);
  });
});
