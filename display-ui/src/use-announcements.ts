import { useEffect, useMemo } from 'preact/hooks';
import type { HallStreamState } from '../../protocol/client/hall-stream';
import type { Announcer } from './announcer/announcer';
import { announcementOf } from './announcer/phrase';
import type { DisplayVoice } from './announcer/voice-player';
import { createCallFeed } from './call-feed';
import { stillInHand } from './calling-now';

/**
 * Feeds new calls of the hall into the announcer, which says them one after another, drops waiting
 * announcements of tickets that already left their window (nobody needs to hear a finished call), and
 * hands the voice the hall's settings (repeat, volume, chime, quiet hours) from each snapshot.
 */
export function useAnnouncements(hall: HallStreamState, announcer: Announcer, voice: DisplayVoice): void {
  const feed = useMemo(() => createCallFeed(), []);
  const snapshot = hall.snapshot;
  const settings = snapshot?.voice;
  const timezone = snapshot?.hall.timezone;
  // Before the calls below are queued: a call that comes with new settings is said by them.
  useEffect(() => {
    if (settings && timezone) voice.configure(settings, timezone);
  }, [settings, timezone, voice]);
  useEffect(() => {
    if (!snapshot) return;
    for (const call of feed.take(snapshot.recentCalls)) announcer.enqueue(announcementOf(call));
    const live = stillInHand(snapshot);
    announcer.retain((announcement) => live(announcement.call));
  }, [snapshot, feed, announcer]);
}
