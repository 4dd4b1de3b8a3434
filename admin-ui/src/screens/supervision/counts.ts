/** The board's counts as the catalog's text variables. */
import type { CounterCounts, OnlineCount } from '../../../../protocol/supervision';

export const countsOf = (c: CounterCounts) => ({ open: c.open, paused: c.paused, closed: c.closed });
export const onlineOf = (c: OnlineCount) => ({ online: c.online, total: c.total });
