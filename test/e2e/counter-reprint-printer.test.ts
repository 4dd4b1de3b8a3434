/**
 * A desk sends its reprints to the printer it chose: with the kiosk's printer out of paper, staff pick
 * the printer beside their window in 按号码补打, and the slip (marked 补打) comes out there and not at the
 * kiosk; the desk remembers the choice for its next reprint, the 受理编号 reprint included.
 */
import { shot } from './browser';
import { e2eSuite } from './suite';
import { openDesk } from './pages';
import { issueWithoutPaper } from './paper-out';
import { contains, gbk } from '../printers/bytes';
import { FakePrinter } from '../../testkit/fake-printer';
import { savePrinter } from '../../server/db/queries/printing';

jest.setTimeout(90_000);

const WINDOW_PRINTER = 'window-4-printer';

describe('the printer a desk reprints on', () => {
  let beside: FakePrinter | null = null;
  const besideWindow = (): FakePrinter => {
    if (!beside) throw new Error('the second printer did not start');
    return beside;
  };
  // Started before the hall (hooks run in the order they are declared), which then knows it by address.
  beforeAll(async () => {
    beside = await FakePrinter.start();
  });
  afterAll(async () => {
    await beside?.close();
  });
  const suite = e2eSuite({
    beforeStart: (db) => savePrinter(db, { id: WINDOW_PRINTER, name: '4号窗口打印机', url: besideWindow().url, paperWidth: 80 }),
  });

  it('reprints on the printer chosen in 按号码补打, not on the issuing kiosk, and keeps the choice', async () => {
    await suite.hall.printing().manager.refresh(WINDOW_PRINTER);
    const number = await issueWithoutPaper(suite.hall, 'elderly-allowance');

    const desk = await openDesk(suite.browser, suite.hall.url, 4);
    await desk.getByTestId('action-reprint-number').click();
    const dialog = desk.getByTestId('reprint-dialog');
    await dialog.waitFor();
    const choice = dialog.getByTestId('reprint-printer');
    // The issuing kiosk's printer unless chosen; every printer by its name and state now.
    expect(await choice.inputValue()).toBe('');
    const options = await choice.locator('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['取号时的打印机', '大厅打印机（缺纸）', '4号窗口打印机（正常）']));
    await choice.selectOption(WINDOW_PRINTER);
    await dialog.getByTestId('reprint-number-input').fill(number);
    await shot(desk, 'counter-reprint-printer');
    await dialog.getByTestId('reprint-submit').click();
    await desk.getByText(`号票 ${number} 已送往4号窗口打印机补打`).waitFor();
    await suite.hall.printing().manager.idle();
    const slip = besideWindow().jobs().find((bytes) => contains(bytes, Buffer.from(number)));
    expect(slip && contains(slip, gbk('【补打】'))).toBe(true);
    expect(suite.hall.printer.jobs().some((bytes) => contains(bytes, Buffer.from(number)))).toBe(false);

    // The desk keeps the choice: the dialog opens with it.
    await desk.getByTestId('action-reprint-number').click();
    await dialog.waitFor();
    expect(await dialog.getByTestId('reprint-printer').inputValue()).toBe(WINDOW_PRINTER);
    await desk.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    suite.hall.printer.paper = 'ok';
  });
});
