/**
 * One supervisors' feed per console session (its hall stream), shared by the header's alert bell and the
 * 电子监察 screen: the board and alerts are asked for once per connection, not once per component.
 */
import type { HallStream } from '../../../../protocol/client/hall-stream';
import { createSupervisionFeed, type SupervisionFeed, type SupervisionFeedState } from '../../../../protocol/client/supervision-feed';
import { useSource } from '../../../../ui-kit/use-source';
import { useConsole, useHall } from '../../kit/console';

const feeds = new WeakMap<HallStream, SupervisionFeed>();

export function supervisionFeedOf(stream: HallStream): SupervisionFeed {
  let feed = feeds.get(stream);
  if (!feed) {
    feed = createSupervisionFeed(stream);
    feeds.set(stream, feed);
  }
  return feed;
}

export function useSupervision(): { feed: SupervisionFeed; state: SupervisionFeedState } {
  const feed = supervisionFeedOf(useConsole().stream);
  return { feed, state: useSource(feed) };
}

/** A moment as the hall reads it (its own time zone), hours and minutes. */
export function useHallTime(): (at: number, withSeconds?: boolean) => string {
  const zone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  return (at, withSeconds = false) => new Date(at).toLocaleTimeString('zh-CN', {
    hour12: false, timeZone: zone, hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}),
  });
}

/** Whole minutes of a duration in ms (rounded down: 9 min 59 s is still 9). */
export function minutesOf(ms: number): number {
  return Math.floor(ms / 60_000);
}
