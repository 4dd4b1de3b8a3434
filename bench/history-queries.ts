/**
 * The reads every call and broadcast makes, timed directly on a hall file: all service loads (counts and
 * wait estimates, what a snapshot and the kiosks need), the call-next queue heads and a people-ahead
 * count. With an index behind each, their cost must not grow with the tickets of past days. Also the
 * reports a supervisor asks for: a month by staff member and the history's whole year by centre.
 */
import { openDatabase } from '../server/db/open';
import { queueHeads } from '../server/db/queries/tickets';
import { serviceLoads } from '../server/views/service-load';
import { businessDay } from '../server/queue';
import { shiftDays } from '../server/queue/working-days';
import { buildReport } from '../server/reports/report';
import { percentile } from './stats';
import { BENCH_ZONE, HISTORY_DAYS, HISTORY_FROM } from './history';

const ZONE = BENCH_ZONE;

export interface HistoryQueryResult { allLoadsMs: number; queueHeadsMs: number; reportMonthByStaffMs: number; reportYearByCentreMs: number }

/** Goals of issue 10 for the reports on a year of a large hall (ms). */
export const REPORT_GOALS = { monthByStaffMs: 300, yearByCentreMs: 2000 } as const;

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
      queueHeadsMs: p50(() => queueHeads(db, ['elderly-allowance', 'disability-certificate'], 5, now), 2000),
      reportMonthByStaffMs: p50(() => buildReport(db, { from: '2018-06-01', to: '2018-06-30' }, 'staff', zone), 9),
      reportYearByCentreMs: p50(() => buildReport(db, { from: HISTORY_FROM, to: shiftDays(HISTORY_FROM, HISTORY_DAYS - 1) }, 'centre', zone), 5),
    };
  } finally {
    db.close();
  }
}
