/**
 * Voice calls, one at a time. Calls are queued and each is played to the end (or until a safety limit)
 * before the next starts, so announcements never overlap. How a call is made audible is a player behind
 * an interface: speech synthesis today, composed audio clips later, or nothing (then the text is only
 * shown). No DOM here: the queue runs in Node tests with a fake player and fake sleep.
 */
import type { CallView } from '../../../protocol/views';

export interface Announcement {
  /** Identifies one call event (a recall is a new announcement of the same ticket). */
  key: string;
  call: CallView;
  /** What the screen shows while the announcement plays. */
  text: { zh: string; mn: string };
  /** What a voice says (digits spelled out for speech). */
  speech: string;
}

export interface AnnouncementPlayer {
  /** Resolves when the announcement has been heard (or at once if the player cannot sound it). */
  play(announcement: Announcement): Promise<void>;
  /** Stops whatever is playing (used when a play runs past the safety limit). */
  stop(): void;
}

export interface AnnouncerOptions {
  /** Each announcement stays on screen at least this long, even when nothing is heard. */
  minShowMs: number;
  /** A play that has not ended after this long is stopped (a stuck speech engine must not block calls). */
  maxPlayMs: number;
  /** Silence between two announcements. */
  gapMs: number;
  /** How many times each call is said. */
  repeat: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Announcer {
  enqueue(announcement: Announcement): void;
  /** The announcement being played, or null. */
  readonly current: Announcement | null;
  readonly pending: number;
  subscribe(listener: (current: Announcement | null) => void): () => void;
  dispose(): void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createAnnouncer(player: AnnouncementPlayer, options: AnnouncerOptions): Announcer {
  const sleep = options.sleep ?? defaultSleep;
  const queue: Announcement[] = [];
  const seen = new Set<string>();
  const listeners = new Set<(current: Announcement | null) => void>();
  let current: Announcement | null = null;
  let running = false;
  let disposed = false;

  function setCurrent(next: Announcement | null): void {
    current = next;
    for (const listener of listeners) listener(current);
  }

  async function playBounded(announcement: Announcement): Promise<void> {
    let timedOut = false;
    const limit = sleep(options.maxPlayMs).then(() => {
      timedOut = true;
    });
    await Promise.race([player.play(announcement).catch(() => undefined), limit]);
    if (timedOut) player.stop();
  }

  async function run(): Promise<void> {
    running = true;
    while (!disposed) {
      const next = queue.shift();
      if (!next) break;
      setCurrent(next);
      const shown = sleep(options.minShowMs);
      for (let i = 0; i < Math.max(1, options.repeat) && !disposed; i += 1) {
        if (i > 0) await sleep(options.gapMs);
        await playBounded(next);
      }
      await shown;
      if (!disposed && queue.length > 0) await sleep(options.gapMs);
    }
    running = false;
    if (!disposed) setCurrent(null);
  }

  return {
    enqueue(announcement) {
      if (disposed || seen.has(announcement.key)) return;
      seen.add(announcement.key);
      // Keys are only needed to catch the same call seen twice (event and resync): keep the set small.
      if (seen.size > 200) seen.delete(seen.values().next().value ?? '');
      queue.push(announcement);
      if (!running) void run();
    },
    get current() {
      return current;
    },
    get pending() {
      return queue.length;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      queue.length = 0;
      listeners.clear();
      player.stop();
    },
  };
}
