import { useEffect, useMemo } from 'preact/hooks';
import type { HallStreamState } from '../../protocol/client/hall-stream';
import type { Announcer } from './announcer/announcer';
import { announcementOf } from './announcer/phrase';
import { createCallFeed } from './call-feed';

/** Feeds new calls of the hall into the announcer, which says them one after another. */
export function useAnnouncements(hall: HallStreamState, announcer: Announcer): void {
  const feed = useMemo(() => createCallFeed(), []);
  const calls = hall.snapshot?.recentCalls;
  useEffect(() => {
    if (!calls) return;
    for (const call of feed.take(calls)) announcer.enqueue(announcementOf(call));
  }, [calls, feed, announcer]);
}
