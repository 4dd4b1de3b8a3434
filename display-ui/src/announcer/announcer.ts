/**
 * Voice calls, one at a time. Calls are queued and each is played to the end (or until a safety limit)
 * before the next starts, so announcements never overlap. How a call is made audible is a player behind
 * an interface: the voice pack's clips (./clip-player.ts), the browser's speech engine as a last
 * fallback (./voice-player.ts), or nothing (then the text is only shown). No DOM here: the queue runs in Node tests with a fake player and fake sleep.
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
  /**
   * Resolves when the announcement has been heard (or at once if the player cannot sound it). `round`
   * counts the repeats of one call from 0 (a chime belongs to the first only).
   */
  play(announcement: Announcement, round: number): Promise<void>;
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
  /** How many times each call is said: asked at each call, as the hall's setting may change. */
  repeat: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * How many announcements may wait behind the one being said. The voice falls behind whenever calls come
 * faster than they can be said (a busy hour; sound blocked, when each call still holds the screen for
 * `minShowMs`): then the oldest waiting ones are dropped and the newest kept, so the queue never grows
 * with the day, and a resident hears the calls of now rather than those of an hour ago (every call is on
 * screen at once anyway). Calls whose ticket left its window are dropped too (`retain`).
 */
export const MAX_WAITING_ANNOUNCEMENTS = 8;

export interface Announcer {
  /** Queues a call; beyond MAX_WAITING_ANNOUNCEMENTS the oldest waiting calls are dropped. */
  enqueue(announcement: Announcement): void;
  /** Drops waiting announcements that `keep` refuses (e.g. of a ticket already finished or transferred). */
  retain(keep: (announcement: Announcement) => boolean): void;
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

  async function playBounded(announcement: Announcement, round: number): Promise<void> {
    let timedOut = false;
    const limit = sleep(options.maxPlayMs).then(() => {
      timedOut = true;
    });
    await Promise.race([player.play(announcement, round).catch(() => undefined), limit]);
    if (timedOut) player.stop();
  }

  async function run(): Promise<void> {
    running = true;
    while (!disposed) {
      const next = queue.shift();
      if (!next) break;
      setCurrent(next);
      const shown = sleep(options.minShowMs);
      const rounds = Math.max(1, options.repeat());
      for (let i = 0; i < rounds && !disposed; i += 1) {
        if (i > 0) await sleep(options.gapMs);
        await playBounded(next, i);
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
      if (queue.length > MAX_WAITING_ANNOUNCEMENTS) queue.splice(0, queue.length - MAX_WAITING_ANNOUNCEMENTS);
      if (!running) void run();
    },
    retain(keep) {
      const kept = queue.filter(keep);
      queue.splice(0, queue.length, ...kept);
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
