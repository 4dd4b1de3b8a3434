/**
 * A report from the roll-up (./rollup.ts): figures per group and for the whole range, read from the
 * per-day sums and histograms only, never from tickets or events. Definitions: docs/REPORTS.md.
 */
import type { Db } from '../db/open';
import type { AssessmentAnswer, RatingsByLevel, ReportAnswer, ReportFigures, ReportGrouping, ReportRow, TimeFigures } from '../../protocol/reports';
import { monthRange } from '../../protocol/reports';
import { t } from '../../protocol/catalog';
import { bucketsByKey, reportLabels, reportOrder, sumsByKey, type BucketCount, type DaySums } from '../db/queries/report-rollup';
import type { TimeMeasure } from './ticket-fact';
import { percentileOf } from './buckets';
import { catchUpRollup } from './rollup';

type Histograms = Map<TimeMeasure, Map<number, number>>;

function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}

function timeFigures(count: number, sumMs: number, histogram: Map<number, number> | undefined): TimeFigures {
  if (count === 0) return { count: 0, mean: null, median: null, p90: null };
  const h = histogram ?? new Map<number, number>();
  const p = (q: number): number | null => {
    const v = percentileOf(h, q);
    return v === null ? null : Math.round(v);
  };
  return { count, mean: seconds(sumMs / count), median: p(50), p90: p(90) };
}

/** 好评率: ratings at 基本满意 or better (levels 3–5) among all ratings — the national 好差评 reading. */
export function satisfactionOf(byLevel: RatingsByLevel): number | null {
  const all = byLevel['1'] + byLevel['2'] + byLevel['3'] + byLevel['4'] + byLevel['5'];
  return share(byLevel['3'] + byLevel['4'] + byLevel['5'], all);
}

export function figuresOf(s: DaySums, histograms: Histograms | undefined): ReportFigures {
  const ratingsByLevel: RatingsByLevel = { 1: s.r1, 2: s.r2, 3: s.r3, 4: s.r4, 5: s.r5 };
  const ratings = s.r1 + s.r2 + s.r3 + s.r4 + s.r5;
  const bad = s.r1 + s.r2;
  return {
    issued: s.issued, served: s.finished, noShow: s.no_show, transferred: s.transferred, cancelled: s.cancelled,
    expired: s.expired, open: s.issued - s.finished - s.no_show - s.cancelled - s.expired,
    priority: s.priority, priorityShare: share(s.priority, s.issued),
    wait: timeFigures(s.wait_n, s.wait_sum, histograms?.get('wait')),
    service: timeFigures(s.service_n, s.service_sum, histograms?.get('service')),
    ratings, ratingsByLevel, satisfaction: satisfactionOf(ratingsByLevel), bad,
    rectifiedOnTime: s.rectified_on_time, rectifiedOnTimeShare: share(s.rectified_on_time, bad),
    badWithContact: s.bad_contact, calledBackOnTime: s.called_back_on_time, calledBackOnTimeShare: share(s.called_back_on_time, s.bad_contact),
  };
}

function histogramsByKey(counts: BucketCount[]): Map<string, Histograms> {
  const out = new Map<string, Histograms>();
  for (const c of counts) {
    let byMeasure = out.get(c.key);
    if (!byMeasure) out.set(c.key, (byMeasure = new Map()));
    let h = byMeasure.get(c.measure);
    if (!h) byMeasure.set(c.measure, (h = new Map()));
    h.set(c.bucket, c.n);
  }
  return out;
}

const EMPTY_SUMS: DaySums = { key: '', issued: 0, finished: 0, no_show: 0, cancelled: 0, expired: 0, transferred: 0, priority: 0,
  wait_n: 0, wait_sum: 0, service_n: 0, service_sum: 0, r1: 0, r2: 0, r3: 0, r4: 0, r5: 0, bad_contact: 0, rectified_on_time: 0,
  called_back_on_time: 0 };

function groupFigures(db: Db, dim: string, from: string, to: string): { key: string; figures: ReportFigures }[] {
  const histograms = histogramsByKey(bucketsByKey(db, dim, from, to));
  return sumsByKey(db, dim, from, to).filter((s) => s.issued > 0)
    .map((s) => ({ key: s.key, figures: figuresOf(s, histograms.get(s.key)) }));
}

function totalFigures(db: Db, from: string, to: string): ReportFigures {
  return groupFigures(db, 'hall', from, to)[0]?.figures ?? figuresOf(EMPTY_SUMS, undefined);
}

/** Names rows and puts them in the order people expect: kiosk order, window number, name, hour. */
function labelled(db: Db, by: ReportGrouping, groups: { key: string; figures: ReportFigures }[]): ReportRow[] {
  const labels = reportLabels(db);
  const order = reportOrder(db);
  const none = t('report.notTakenUp');
  const labelOf = (key: string): string => {
    switch (by) {
      case 'centre': return labels.centres.get(key) ?? key;
      case 'service': return labels.services.get(key) ?? key;
      case 'counter': return key === '' ? none : labels.counters.get(key) ?? key;
      case 'staff': return key === '' ? none : labels.staff.get(key) ?? key;
      case 'hour': return t('report.hourLabel', 'zh', { from: key, to: String(Number(key) + 1).padStart(2, '0') });
    }
  };
  const rank = (key: string): number => {
    const list = by === 'centre' ? order.centres : by === 'service' ? order.services : null;
    if (list) return list.indexOf(key) === -1 ? list.length : list.indexOf(key);
    return key === '' ? Number.MAX_SAFE_INTEGER : Number(key);
  };
  const rows = groups.map((g) => ({ key: g.key, label: labelOf(g.key), ...g.figures }));
  return rows.sort((a, b) => rank(a.key) - rank(b.key) || (by === 'staff' ? a.label.localeCompare(b.label, 'zh') : 0)
    || a.key.localeCompare(b.key));
}

export function buildReport(db: Db, range: { from: string; to: string }, by: ReportGrouping, timezone: string): ReportAnswer {
  // A report counts every change committed before it was asked for, not only those the roll-up took in.
  catchUpRollup(db, timezone);
  const { from, to } = range;
  return { from, to, by, timezone, rows: labelled(db, by, groupFigures(db, by, from, to)), total: totalFigures(db, from, to) };
}

/** The monthly 考评 sheet: every centre, and every staff member who took up tickets that month. */
export function buildAssessment(db: Db, month: string, hallName: string, timezone: string): AssessmentAnswer {
  catchUpRollup(db, timezone);
  const { from, to } = monthRange(month);
  return {
    month, from, to, hallName, timezone,
    centres: labelled(db, 'centre', groupFigures(db, 'centre', from, to)),
    staff: labelled(db, 'staff', groupFigures(db, 'staff', from, to).filter((g) => g.key !== '')),
    total: totalFigures(db, from, to),
  };
}
