/**
 * A hall's own voice pack, placed in DATA_DIR/voice-pack (docs/OPERATIONS.md "Voice"), is what the
 * display plays, with the hall's voice settings: said twice, without the chime, in order and without
 * overlap, silent in the quiet hours. And when the browser blocks sound (a display browser started
 * without the kiosk flag), the display says so and one tap turns the sound on.
 */
import { LANDSCAPE, shot } from './browser';
import { e2eSuite } from './suite';
import { blockSoundUntilTouched, expectNoOverlap, endsOf, openVoiceDisplay, startsOf, untilEnded, voiceLog } from './voice-log';
import { until } from './until';
import { addStaff, ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { writeTonePack } from '../support/voice-pack';
import path from 'node:path';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

const WINDOWS = [4, 5, 6] as const;
const SERVICES = { 4: 'elderly-allowance', 5: 'elderly-allowance', 6: 'disability-certificate' } as const;

describe("the lobby display speaking from the hall's own pack", () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('plays the own pack with the hall settings: twice each, no chime, in order, no overlap; silent in quiet hours', async () => {
    const { th } = suite.hall;
    writeTonePack(path.join(th.dataDir, 'voice-pack'), 'tones of the test hall');
    const admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(admin, kiosk);
    ok(await send(admin, 'voice.configure', { repeat: 2, volume: 50, chime: false, quietHours: [] }));
    const names = addStaff(th.hall, WINDOWS.length);
    const desks = await Promise.all(names.map(async (name) => connect(th.url, { token: await login(th.url, name) })));
    sockets.push(...desks);
    for (const window of WINDOWS) ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICES[window], idempotencyKey: idemKey() }));
    for (const [i, window] of WINDOWS.entries()) ok(await send(desks[i] as ClientSocket, 'counter.open', { counterId: window }));

    const display = await openVoiceDisplay(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    await display.locator('.latest-empty').waitFor();
    await until(async () => (await voiceLog(display)).some((e) => e.kind === 'pack'), 'the voice pack loaded');
    expect((await voiceLog(display)).find((e) => e.kind === 'pack')).toMatchObject({ source: 'hall', name: 'tones of the test hall' });

    const numbers: string[] = [];
    for (const [i, window] of WINDOWS.entries()) {
      numbers.push(ok(await send(desks[i] as ClientSocket, 'counter.callNext', { counterId: window })).current?.number ?? '');
    }
    let log = await untilEnded(display, 6);
    const said = startsOf(log);
    // Each call twice (rounds 0 and 1) before the next, in the order the windows called.
    expect(said.map((s) => [s.number, s.round])).toEqual(numbers.flatMap((n) => [[n, 0], [n, 1]]));
    for (const s of said) {
      expect(s.clips[0]).toBe('t-qing');
      expect(s.clips).toEqual(['t-qing', ...Array.from(s.number, (ch) => `t-${ch}`), 't-hao', 't-dao',
        ...Array.from(String(s.window), (d) => `t-${d}`), 't-window', 't-banli']);
    }
    expectNoOverlap(log);

    // A recall is said again with the pack's recall words; in the quiet hours a call is shown but not heard.
    ok(await send(desks[0] as ClientSocket, 'counter.recall', { counterId: WINDOWS[0] }));
    log = await untilEnded(display, 8);
    expect(startsOf(log).slice(6).map((s) => [s.number, s.recall, s.clips[0]])).toEqual([[numbers[0], true, 't-again'], [numbers[0], true, 't-again']]);
    ok(await send(admin, 'voice.configure', { repeat: 1, volume: 50, chime: true, quietHours: ['00:00-24:00'] }));
    ok(await send(desks[1] as ClientSocket, 'counter.recall', { counterId: WINDOWS[1] }));
    await until(async () => (await voiceLog(display)).some((e) => e.kind === 'silent'), 'the recall in the quiet hours');
    log = await voiceLog(display);
    expect(log.filter((e) => e.kind === 'silent')).toEqual([expect.objectContaining({ reason: 'quiet-hours' })]);
    expect(endsOf(log)).toHaveLength(8);
  });

  it('says when the browser blocks sound, and one tap turns it on', async () => {
    // The page is given the policy a desktop Chromium applies without the kiosk flag.
    const display = await openVoiceDisplay(suite.browser, LANDSCAPE, suite.hall.displayUrl, blockSoundUntilTouched);
    await display.getByTestId('sound-blocked').waitFor();
    await shot(display, 'display-04-sound-blocked');
    await display.mouse.click(400, 300);
    await display.getByTestId('sound-blocked').waitFor({ state: 'detached' });
    const sound = (await voiceLog(display)).filter((e) => e.kind === 'sound');
    expect(sound).toEqual([{ kind: 'sound', blocked: true }, { kind: 'sound', blocked: false }]);
  });

  it('the console sets the voice settings in 大厅设置 → 叫号语音, and refuses quiet hours it cannot read', async () => {
    const { th } = suite.hall;
    const { page, problems } = await openConsole(suite.browser, th.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('voice-form').waitFor();
    await field(page, 'quietHours').fill('13:30-12:00');
    await page.getByTestId('voice-submit').click();
    await page.getByTestId('voice-section').getByTestId('form-problems').waitFor();
    await field(page, 'repeat').fill('3');
    await field(page, 'volume').fill('65');
    await field(page, 'chime').uncheck();
    await field(page, 'quietHours').fill('12:00-13:30，17:30-18:00');
    await page.getByTestId('voice-submit').click();
    await page.getByTestId('voice-saved').waitFor();
    await page.getByTestId('voice-section').scrollIntoViewIfNeeded();
    await shot(page, 'admin-voice-settings');
    const admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    sockets.push(admin);
    const expected = { repeat: 3, volume: 65, chime: false, quietHours: ['12:00-13:30', '17:30-18:00'] };
    expect(ok(await send(admin, 'voice.settings', {}))).toEqual(expected);
    // Displays read it in their snapshot.
    expect(ok(await send(admin, 'hall.snapshot', {})).voice).toEqual(expected);
    expect(problems).toEqual([]);
  });
});
