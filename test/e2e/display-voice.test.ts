/**
 * The lobby display says every call from the default voice pack: calls from three windows within a
 * second are each said once, in the order they were made, one after the other (audio start and end on
 * the audio clock); a recall is said again, as a recall. The clips of each phrase are the right ones for
 * the number and window, and decoded in the page they are sound, not silence. Chromium runs with the
 * kiosk flag `--autoplay-policy=no-user-gesture-required` (./browser.ts), as a hall's display should.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANDSCAPE } from './browser';
import { e2eSuite } from './suite';
import { expectNoOverlap, openVoiceDisplay, startsOf, untilEnded, voiceLog } from './voice-log';
import { until } from './until';
import { addStaff, ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

jest.setTimeout(150_000);

const WINDOWS = [4, 5, 6] as const;
const SERVICES = { 4: 'elderly-allowance', 5: 'elderly-allowance', 6: 'disability-certificate' } as const;

/** The default pack's reading, written out here (not taken from the composer it checks). */
function expectedClips(number: string, window: number, recall: boolean): string[] {
  const sign = (ch: string): string => (ch === '1' ? 'zh-yao' : `zh-${ch}`);
  const count = window < 10 ? [`zh-${window}`] : ['zh-shi', `zh-${window - 10}`];
  return ['chime', ...(recall ? ['zh-zaici-hujiao'] : []), 'zh-qing', ...Array.from(number, sign), 'zh-hao', 'zh-dao', ...count,
    'zh-hao-chuangkou', 'zh-banli'];
}

describe('the lobby display speaking from the default pack', () => {
  const suite = e2eSuite();
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('says each call of a burst once, in order, without overlap, and a recall again', async () => {
    const { th } = suite.hall;
    const admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    sockets.push(admin, kiosk);
    // Once each, so the test hears the burst in reasonable time; the setting reaches the display in its snapshot.
    ok(await send(admin, 'voice.configure', { repeat: 1, volume: 90, chime: true, quietHours: [] }));
    const names = addStaff(th.hall, WINDOWS.length);
    const desks = await Promise.all(names.map(async (name) => connect(th.url, { token: await login(th.url, name) })));
    sockets.push(...desks);
    for (const window of WINDOWS) ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICES[window], idempotencyKey: idemKey() }));
    for (const [i, window] of WINDOWS.entries()) ok(await send(desks[i] as ClientSocket, 'counter.open', { counterId: window }));

    const display = await openVoiceDisplay(suite.browser, LANDSCAPE, suite.hall.displayUrl);
    await display.locator('.latest-empty').waitFor();
    await until(async () => (await voiceLog(display)).some((e) => e.kind === 'pack'), 'the voice pack loaded');
    const pack = (await voiceLog(display)).find((e) => e.kind === 'pack');
    expect(pack).toMatchObject({ source: 'default', base: '/voice/default/' });

    // Three windows call within a second.
    const calls = await Promise.all(WINDOWS.map(async (window, i) => {
      const answer = ok(await send(desks[i] as ClientSocket, 'counter.callNext', { counterId: window }));
      return { number: answer.current?.number ?? '', window };
    }));
    const calledAt = await Promise.all(calls.map(async (c) => {
      const track = ok(await send(admin, 'hall.snapshot', {}));
      return track.recentCalls.find((r) => r.number === c.number)?.at ?? 0;
    }));
    const inOrder = calls.map((c, i) => ({ ...c, at: calledAt[i] ?? 0 })).sort((a, b) => a.at - b.at);

    let log = await untilEnded(display, 3, 90_000);
    const said = startsOf(log);
    expect(said.map((s) => s.number)).toEqual(inOrder.map((c) => c.number));
    expect(new Set(said.map((s) => s.key)).size).toBe(3);
    for (const [i, s] of said.entries()) {
      const call = inOrder[i];
      if (!call) throw new Error('no call');
      expect(s.clips).toEqual(expectedClips(call.number, call.window, false));
    }
    expectNoOverlap(log);

    // The clips, decoded in the page and put together as they were played, are sound from end to end.
    const levels = await display.evaluate(async ({ base, phrases }) => {
      const manifest = (await (await fetch('/voice/manifest.json')).json()) as { pack: { clips: Record<string, string> } };
      const out: { phrase: number; clip: string; rms: number }[] = [];
      for (const [phrase, clips] of phrases.entries()) {
        const decoder = new OfflineAudioContext(1, 1, 16000);
        const buffers = await Promise.all(clips.map(async (id) => decoder.decodeAudioData(
          await (await fetch(`${base}${manifest.pack.clips[id] ?? ''}`)).arrayBuffer())));
        const length = buffers.reduce((n, b) => n + b.length, 0);
        const render = new OfflineAudioContext(1, length, buffers[0]?.sampleRate ?? 16000);
        let at = 0;
        for (const buffer of buffers) {
          const source = render.createBufferSource();
          source.buffer = buffer;
          source.connect(render.destination);
          source.start(at);
          at += buffer.duration;
        }
        const samples = (await render.startRendering()).getChannelData(0);
        let offset = 0;
        buffers.forEach((buffer, i) => {
          let sum = 0;
          for (let k = offset; k < offset + buffer.length; k += 1) sum += (samples[k] ?? 0) ** 2;
          out.push({ phrase, clip: clips[i] ?? '', rms: Math.sqrt(sum / buffer.length) });
          offset += buffer.length;
        });
      }
      return out;
    }, { base: '/voice/default/', phrases: said.map((s) => s.clips) });
    expect(levels).toHaveLength(said.reduce((n, s) => n + s.clips.length, 0));
    for (const level of levels) expect(level.rms).toBeGreaterThan(0.02);

    // A recall of the first number is said again, as a recall.
    const first = inOrder[0];
    if (!first) throw new Error('no call');
    ok(await send(desks[WINDOWS.indexOf(first.window as 4 | 5 | 6)] as ClientSocket, 'counter.recall', { counterId: first.window }));
    log = await untilEnded(display, 4, 60_000);
    const recall = startsOf(log)[3];
    expect(recall).toMatchObject({ number: first.number, recall: true });
    expect(recall?.clips).toEqual(expectedClips(first.number, first.window, true));
    expectNoOverlap(log);
    expect(log.filter((e) => e.kind === 'silent' || e.kind === 'missing' || e.kind === 'speech')).toEqual([]);

    // What the test heard is what the pack holds: the expected clips all exist in the committed pack.
    const manifest = JSON.parse(fs.readFileSync(path.resolve('ui-assets/voice-pack/manifest.json'), 'utf8')) as { clips: Record<string, string> };
    for (const s of startsOf(log)) for (const id of s.clips) expect(manifest.clips[id]).toBeDefined();
  });
});
