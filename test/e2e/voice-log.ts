/**
 * The display's voice as a browser test sees it: every "hall-voice" event the page dispatches
 * (display-ui/src/announcer/voice-events.ts), recorded from the page's first script on.
 */
import type { Browser, Page } from 'playwright-core';
import type { VoiceEvent } from '../../display-ui/src/announcer/voice-events';
import { openPage } from './pages';
import { until } from './until';

type Started = Extract<VoiceEvent, { kind: 'start' }>;
type Ended = Extract<VoiceEvent, { kind: 'end' }>;

declare global {
  interface Window {
    voiceLog?: VoiceEvent[];
  }
}

/** A display page whose voice events are kept in `window.voiceLog`; `beforeScripts` may set up the page first. */
export async function openVoiceDisplay(browser: Browser, viewport: { width: number; height: number }, url: string,
  beforeScripts?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await openPage(browser, viewport, '');
  await page.addInitScript(() => {
    window.voiceLog = [];
    window.addEventListener('hall-voice', (e) => {
      if (e instanceof CustomEvent) window.voiceLog?.push(JSON.parse(JSON.stringify(e.detail)) as VoiceEvent);
    });
  });
  await beforeScripts?.(page);
  await page.goto(url);
  return page;
}

/**
 * Gives a page (before it loads) the policy a desktop Chromium applies without the kiosk flag: audio
 * stays suspended until the page is first touched. Headless Chromium plays sound whatever its flag.
 */
export async function blockSoundUntilTouched(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let touched = false;
    window.addEventListener('pointerdown', () => { touched = true; }, { capture: true });
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        void super.suspend();
      }

      override resume(): Promise<void> {
        return touched ? super.resume() : new Promise<void>(() => undefined);
      }
    };
  });
}

export function voiceLog(page: Page): Promise<VoiceEvent[]> {
  return page.evaluate(() => window.voiceLog ?? []);
}

export const startsOf = (log: VoiceEvent[]): Started[] => log.filter((e): e is Started => e.kind === 'start');
export const endsOf = (log: VoiceEvent[]): Ended[] => log.filter((e): e is Ended => e.kind === 'end');

/** Waits until `count` announcements (each round counted) have ended. */
export async function untilEnded(page: Page, count: number, timeoutMs = 60_000): Promise<VoiceEvent[]> {
  let log: VoiceEvent[] = [];
  await until(async () => {
    log = await voiceLog(page);
    return endsOf(log).length >= count;
  }, `${count} announcements heard`, timeoutMs);
  return log;
}

/**
 * Checks that announcements followed each other: each started after the one before had ended (audio
 * clock), and each start has its own end, in the same order.
 */
export function expectNoOverlap(log: VoiceEvent[]): void {
  const played = log.filter((e): e is Started | Ended => e.kind === 'start' || e.kind === 'end');
  let open: Started | null = null;
  let lastEnd = -Infinity;
  for (const e of played) {
    if (e.kind === 'start') {
      expect(open).toBeNull();
      expect(e.at).toBeGreaterThanOrEqual(lastEnd);
      open = e;
    } else {
      expect(open?.key).toBe(e.key);
      expect(open?.round).toBe(e.round);
      lastEnd = e.at;
      open = null;
    }
  }
}
