import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HallStreamState } from '../../protocol/client/hall-stream';
import type { Announcement, Announcer } from './announcer/announcer';
import { announcementOf } from './announcer/phrase';
import { createCallFeed } from './call-feed';

/** Feeds new calls of the hall into the announcer and returns what is being announced now. */
export function useAnnouncements(hall: HallStreamState, announcer: Announcer): Announcement | null {
  const feed = useMemo(() => createCallFeed(), []);
  const [current, setCurrent] = useState<Announcement | null>(announcer.current);
  useEffect(() => announcer.subscribe(setCurrent), [announcer]);
  const calls = hall.snapshot?.recentCalls;
  useEffect(() => {
    if (!calls) return;
    for (const call of feed.take(calls)) announcer.enqueue(announcementOf(call));
  }, [calls, feed, announcer]);
  return current;
}
