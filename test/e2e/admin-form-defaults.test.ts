/**
 * A new-record form proposes defaults (the next free counter number, the first centre) once the lists
 * they come from are read. A proposal must never overwrite what the admin has already chosen: the
 * proposal is made by an effect that runs a frame after the lists arrive, and a quick admin (or a
 * loaded machine) can choose inside that frame. The test makes that frame as long as it likes: the
 * page's fake clock is paused when the centres arrive, so the proposing effect waits until the admin
 * has chosen, and runs only when the clock is moved on.
 */
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { field, logInAt, openConsole } from './admin-pages';
import { holdReads } from './held-reads';
import { until } from './until';
import { e2eSuite } from './suite';

jest.setTimeout(60_000);

/**
 * Pauses the page's clock a moment from now. The pause is a jump to a time the page has not reached yet,
 * and the page's time runs on while the request travels (on a loaded machine, for longer than a short
 * jump): one that lands in the past is tried again further ahead. The jump stays well short of the held
 * reads' answer timeout (8 s), which it would otherwise fire.
 */
async function pauseSoon(page: Page): Promise<void> {
  for (let ahead = 250; ; ahead *= 2) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + ahead);
      return;
    } catch (err) {
      if (ahead >= 2_000 || !String(err).includes('to the past')) throw err;
    }
  }
}

describe('admin console: proposed defaults of a new record', () => {
  const suite = e2eSuite();

  it("the first centre proposed for a new counter does not overwrite the centre the admin chose first", async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-counters').waitFor();

    // The centres' reads are held on the console's socket until the clock is paused.
    const centreReads = await holdReads(page, 'centre.list');
    await page.clock.install();
    await page.goto(`${suite.hall.url}/admin/#/counters/new`);
    await page.reload();
    await page.locator('[data-testid="field-centreId"]:disabled', { hasText: '正在读取' }).waitFor();
    // The form's proposal and the centre box's choices share the page's one read of the centres.
    await until(() => centreReads.count() >= 1, 'the centre read held');

    await pauseSoon(page);
    centreReads.release();
    await page.locator('[data-testid="field-centreId"]:enabled').waitFor();
    expect(centreReads.seen()).toBe(1);
    await field(page, 'centreId').selectOption({ label: '法律援助中心' });
    // Now the frame ends: every effect waiting for it runs, the proposal among them.
    await page.clock.runFor(1_000);
    await page.clock.resume();
    expect(await field(page, 'centreId').locator('option:checked').textContent()).toBe('法律援助中心');

    // And what is saved is what was chosen.
    await page.getByTestId('add-service-choice').selectOption('legal-aid-application');
    await page.getByTestId('add-service').click();
    await field(page, 'id').fill('16');
    await page.getByTestId('form-submit').click();
    await page.getByRole('heading', { name: '编辑 16 号窗口：16号窗口' }).waitFor();
    await page.locator('[data-testid="field-centreId"]:enabled').waitFor();
    expect(await field(page, 'centreId').locator('option:checked').textContent()).toBe('法律援助中心');
    expect(suite.hall.th.hall.db.prepare('SELECT centre_id FROM counters WHERE id = 16').pluck().get()).toBe('legal-aid');
    expect(problems).toEqual([]);
  });
});
