/**
 * Matters (办件) in Chromium: a staff member finishes a ticket at the desk and, by keyboard, records its
 * matter (B, the resident's mobile, Enter); the desk shows the 受理编号 large and reprints the ticket's slip
 * with it (no longer telling the served resident to wait). Through 办件查询 (C) they set
 * 补正 with a material ticked from the service's guide and one typed. The resident's phone page (the
 * ticket's QR) has meanwhile offered the 办件查询 with the number filled in: the last four digits show the
 * 补正 and its materials, in Chinese and in Mongolian by the bilingual rule; a wrong tail is refused in the
 * same words as an unknown number. The desk then sets 办结 and the phone's next lookup shows it, as does
 * the portal's 办件查询 page (/portal/matters) reached from the portal's home.
 */
import { connect, idemKey, ok, send } from '../../testkit/clients';
import { DEMO_COUNTERS } from '../../server/demo/hall-data';
import { MATTER_NUMBER, canonicalMatterNumber, groupedMatterNumber } from '../../protocol/matters';
import { PHONE, inSight, shot } from './browser';
import type { FakePrinter } from '../../testkit/fake-printer';
import { contains, gbk } from '../printers/bytes';
import { e2eSuite } from './suite';
import { openDesk, openPage } from './pages';
import { auditMongolian } from './mongolian-rules';

jest.setTimeout(120_000);

/** The bytes the hall's (fake ESC/POS) printer received for the slip that carries `matterNumber`. */
async function printedSlip(printer: FakePrinter, matterNumber: string): Promise<Buffer> {
  for (let tries = 0; tries < 50; tries += 1) {
    const found = printer.jobs().find((job) => contains(job, Buffer.from(matterNumber)));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no printed slip carries ${matterNumber}`);
}

const SERVICE = 'elderly-allowance';
const COUNTER = DEMO_COUNTERS.find((c) => c.services.includes(SERVICE))?.id ?? 0;

describe('matters: recorded at the desk, followed on the phone', () => {
  const suite = e2eSuite();

  it('records at finish, sets 补正 with materials, the phone shows it, then 办结', async () => {
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
    kiosk.close();
    const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/t/${issued.ticket.token}`);
    await phone.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();

    // The desk works the call by its keys: 1 calls, 3 starts, 5 finishes.
    const desk = await openDesk(suite.browser, suite.hall.url, COUNTER);
    await desk.keyboard.press('1');
    await desk.locator(`[data-testid="current-number"]:text-is("${issued.ticket.number}")`).waitFor();
    await desk.locator('[data-testid="action-start"]:enabled').waitFor();
    await desk.keyboard.press('3');
    await desk.locator('[data-testid="action-finish"]:enabled').waitFor();
    await desk.keyboard.press('5');
    await desk.getByTestId('current-number').waitFor({ state: 'detached' });
    // 登记办件 now offers the ticket just finished.
    await desk.locator(`[data-testid="action-matter-record"]:has-text("${issued.ticket.number}")`).waitFor();
    await phone.locator('[data-testid="phone-status"][data-status="finished"]').waitFor();
    expect(await phone.getByTestId('matter-lookup').count()).toBe(0);

    // B opens 登记办件 with the focus in the phone field; Enter records (受理 is the first state offered).
    await desk.keyboard.press('b');
    await desk.getByTestId('matter-record-dialog').waitFor();
    expect(await desk.getByTestId('matter-record-ticket').inputValue()).toBe(issued.ticket.number);
    await desk.keyboard.type('139 1234 5678');
    await shot(desk, 'matter-01-desk-record');
    await desk.keyboard.press('Enter');
    const numberShown = desk.getByTestId('desk-matter-number');
    await numberShown.waitFor();
    const number = canonicalMatterNumber(await numberShown.innerText());
    expect(number).toMatch(MATTER_NUMBER);
    expect(await desk.getByTestId('desk-matter').innerText()).toContain('139********');
    expect(await desk.getByTestId('desk-matter').innerText()).not.toContain('5678');
    await shot(desk, 'matter-02-desk-recorded');
    // The ticket's slip again, with the 受理编号 on it, from the hall's (simulated) printer.
    await desk.getByTestId('matter-reprint').click();
    await desk.getByTestId('matter-reprinted').waitFor();
    // On the desk's 768-pixel-high screen the dialog scrolls: the note is brought into sight.
    expect(await inSight(desk.getByTestId('matter-reprinted'))).toBe(true);
    const slip = await printedSlip(suite.hall.printer, groupedMatterNumber(number));
    expect([contains(slip, gbk('【补打】')), contains(slip, gbk('受理编号')), contains(slip, gbk('前面'))]).toEqual([true, true, false]);
    await shot(desk, 'matter-02a-desk-reprinted');
    await desk.keyboard.press('Escape');
    await desk.getByTestId('matter-record-dialog').waitFor({ state: 'detached' });

    // C opens 办件查询: the number and Enter find it; 补正 with a material from the guide and one typed.
    await desk.keyboard.press('c');
    await desk.getByTestId('matter-find-dialog').waitFor();
    await desk.keyboard.type(number.toLowerCase());
    await desk.keyboard.press('Enter');
    await desk.locator('[data-testid="desk-matter"][data-state="accepted"]').waitFor();
    // Today's matter: its slip can be reprinted from here too.
    expect(await desk.getByTestId('matter-find-dialog').getByTestId('matter-reprint').isEnabled()).toBe(true);
    await desk.getByTestId('matter-move-state-correction').check();
    const firstMaterial = desk.getByTestId('matter-move-material-0');
    await firstMaterial.waitFor();
    const guideMaterial = (await desk.locator('.matter-material-choice').first().innerText()).trim();
    expect(guideMaterial.length).toBeGreaterThan(0);
    await firstMaterial.check();
    await desk.getByTestId('matter-move-materials-other').fill('近期一寸免冠照片两张');
    await shot(desk, 'matter-03-desk-correction');
    await desk.getByTestId('matter-move-submit').click();
    await desk.locator('[data-testid="desk-matter"][data-state="correction"]').waitFor();
    await desk.getByTestId('matter-moved').waitFor();

    // The phone page heard of the matter by itself: the number is filled in, the resident types the tail.
    await phone.getByTestId('phone-matter-recorded').waitFor();
    expect(canonicalMatterNumber(await phone.getByTestId('matter-number').inputValue())).toBe(number);
    await phone.getByTestId('phone-matter-recorded').scrollIntoViewIfNeeded();
    await shot(phone, 'matter-04a-phone-offered');
    await phone.getByTestId('matter-tail').fill('5679');
    await phone.getByTestId('matter-submit').click();
    await phone.locator('.matter-problem').filter({ hasText: '未找到该办件' }).waitFor();
    await phone.getByTestId('matter-tail').fill('5678');
    await phone.getByTestId('matter-submit').click();
    await phone.locator('[data-testid="matter-answer"][data-state="correction"]').waitFor();
    expect(await phone.getByTestId('matter-materials').locator('li').allInnerTexts()).toEqual([guideMaterial, '近期一寸免冠照片两张']);
    expect(await phone.getByTestId('matter-history').locator('li').count()).toBe(2);
    await phone.getByTestId('matter-answer').scrollIntoViewIfNeeded();
    await shot(phone, 'matter-04-phone-correction');

    // In Mongolian the same answer keeps the bilingual rule.
    await phone.getByTestId('lang-toggle-mn').click();
    await phone.locator('[data-testid="matter-state"] .mn').waitFor();
    await phone.evaluate(() => document.fonts.ready.then(() => undefined));
    const audit = await auditMongolian(phone, { pageScrolls: true });
    expect(audit.findings).toEqual([]);
    await phone.getByTestId('matter-answer').scrollIntoViewIfNeeded();
    await shot(phone, 'matter-05-phone-correction-mn');
    await phone.getByTestId('lang-toggle-zh').click();

    // 办结 at the desk; the phone's next lookup shows it.
    await desk.getByTestId('matter-move-state-completed').check();
    await desk.getByTestId('matter-move-submit').click();
    await desk.locator('[data-testid="desk-matter"][data-state="completed"]').waitFor();
    await shot(desk, 'matter-06-desk-completed');
    await phone.getByTestId('matter-again').click();
    await phone.getByTestId('matter-tail').fill('5678');
    await phone.getByTestId('matter-submit').click();
    await phone.locator('[data-testid="matter-answer"][data-state="completed"]').waitFor();
    expect(await phone.getByTestId('matter-materials').count()).toBe(0);
    expect(await phone.getByTestId('matter-history').locator('li').count()).toBe(3);
    await phone.getByTestId('matter-answer').scrollIntoViewIfNeeded();
    await shot(phone, 'matter-07-phone-completed');

    // The portal's 办件查询 page finds it from home too, by the number and the four digits.
    const portal = await openPage(suite.browser, PHONE, `${suite.hall.url}/portal/`);
    await portal.getByTestId('home-matters').click();
    await portal.getByTestId('matter-lookup').waitFor();
    expect(await portal.getByTestId('portal-h1').innerText()).toContain('办件查询');
    await portal.getByTestId('matter-number').fill(number.toLowerCase());
    await portal.getByTestId('matter-tail').fill('5678');
    await portal.getByTestId('matter-submit').click();
    await portal.locator('[data-testid="matter-answer"][data-state="completed"]').waitFor();
    expect(await portal.getByTestId('matter-history').locator('li').count()).toBe(3);
    await shot(portal, 'matter-08-portal-completed');
  });
});
