/**
 * The counter desk in Chromium lists the residents who have no paper slip: a ticket issued while the
 * kiosk printer was out of paper appears by number with the printer's name and state, and once the
 * paper is back a 补打 from the list prints a slip marked 补打 and takes the ticket off the list.
 */
import { shot } from './browser';
import { e2eSuite } from './suite';
import { openDesk } from './pages';
import { issueWithoutPaper } from './paper-out';
import { contains, gbk } from '../printers/bytes';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';

jest.setTimeout(90_000);

describe('missed slips on the counter desk', () => {
  const suite = e2eSuite();

  it('lists a ticket issued while the printer was out of paper, and reprints it from the list', async () => {
    const number = await issueWithoutPaper(suite.hall, 'elderly-allowance');

    const desk = await openDesk(suite.browser, suite.hall.url, 4);
    const row = desk.locator(`[data-testid="missed-slip"][data-number="${number}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('大厅打印机');
    expect(await row.innerText()).toContain('缺纸');
    await shot(desk, 'counter-missed-slips');

    suite.hall.printer.paper = 'ok';
    await suite.hall.printing().manager.refresh(DEMO_PRINTER_ID);
    await desk.locator(`[data-testid="missed-slip"][data-number="${number}"] [data-testid="missed-slip-reprint"]:enabled`).click();
    await row.waitFor({ state: 'detached' });
    await suite.hall.printing().manager.idle();
    const slip = suite.hall.printer.jobs().find((bytes) => contains(bytes, Buffer.from(number)));
    expect(slip && contains(slip, gbk('【补打】'))).toBe(true);
  });
});
