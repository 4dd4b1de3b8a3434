/**
 * The reads every call and broadcast makes, timed directly on a hall file: all service loads (counts and
 * wait estimates, what a snapshot and the kiosks need), the call-next queue heads and a people-ahead
 * count. With an index behind each, their cost must not grow with the tickets of past days.
 */
import { openDatabase } from '../server/db/open';
import { queueHeads } from '../server/db/queries/tickets';
import { serviceLoads } from '../server/views/service-load';
import { businessDay } from '../server/queue';
const ZONE = 'Asia/Shanghai';
import { percentile } from './stats';

export interface HistoryQueryResult { allLoadsMs: number; queueHeadsMs: number }

function p50(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return Math.round(percentile(samples.sort((a, b) => a - b), 50) * 1000) / 1000;
}

export function historyQueries(dataDir: string): HistoryQueryResult {
  const db = openDatabase(dataDir);
  try {
    const now = Date.now();
    const zone = ZONE;
    const today = businessDay(now, zone);
    return {
      allLoadsMs: p50(() => serviceLoads(db, today, now, { timezone: zone, demoMode: false }), 200),
      queueHeadsMs: p50(() => queueHeads(db, ['elderly-allowance', 'disability-certificate'], 5), 2000),
    };
  } finally {
    db.close();
  }
}
