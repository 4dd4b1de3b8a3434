/**
 * The phone page (from the ticket's QR code) in Mongolian, in each state a resident sees it: waiting,
 * called to a window, and asked to rate after the service. Each is photographed and measured by the
 * bilingual rule (mongolian-rules.ts): no control beside the screen (the page scrolls down) and none on another, Mongolian first
 * and not smaller than its Chinese, letters shaped and drawn from the Mongolian face.
 */
import type { Page } from 'playwright-core';
import { PHONE, shot } from './browser';
import { e2eSuite } from './suite';
import { closePage, openPage } from './pages';
import { auditMongolian } from './mongolian-rules';
import { fontsUsedFor } from './rendered-fonts';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { DEMO_COUNTERS } from '../../server/demo/hall-data';

jest.setTimeout(90_000);

const SERVICE = 'elderly-allowance';
const COUNTER = DEMO_COUNTERS.find((c) => c.services.includes(SERVICE))?.id ?? 0;

describe('the phone page in Mongolian', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  async function measured(page: Page, state: string): Promise<number> {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, `phone-mn-${state}`);
    const audit = await auditMongolian(page, { pageScrolls: true });
    expect({ state, findings: audit.findings }).toEqual({ state, findings: [] });
    expect(audit.checked.controls).toBeGreaterThan(0);
    return audit.checked.pairs;
  }

  it('waiting, called and rating: each state keeps the bilingual rule', async () => {
    const { th } = suite.hall;
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const desk = await connect(th.url, { token: await login(suite.hall.url, 'staff') });
    sockets.push(kiosk, desk);
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));

    const phone = await openPage(suite.browser, PHONE, `${suite.hall.url}/t/${issued.ticket.token}`);
    await phone.locator('[data-testid="phone-status"][data-status="waiting"]').waitFor();
    await phone.getByTestId('lang-toggle-mn').click();
    await phone.locator('html[lang^="mn"], .stacked .mn').first().waitFor();
    let pairs = await measured(phone, '01-waiting');
    const fonts = await fontsUsedFor(phone, '.stacked .mn');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.familyName).toMatch(/Noto Sans Mongolian/i);

    ok(await send(desk, 'counter.open', { counterId: COUNTER }));
    ok(await send(desk, 'counter.callNext', { counterId: COUNTER }));
    await phone.locator(`[data-testid="phone-called"][data-counter="${COUNTER}"]`).waitFor();
    pairs += await measured(phone, '02-called');

    ok(await send(desk, 'counter.start', { counterId: COUNTER }));
    ok(await send(desk, 'counter.finish', { counterId: COUNTER }));
    await phone.locator('[data-testid="phone-status"][data-status="finished"]').waitFor();
    await phone.getByTestId('rating-level-1').click();
    await phone.getByTestId('rating-submit').waitFor();
    pairs += await measured(phone, '03-rating');

    // The states did show text in both scripts: the rule was measured, not passed for want of it.
    expect(pairs).toBeGreaterThan(5);
    await closePage(phone);
  });
});
