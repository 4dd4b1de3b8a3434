/**
 * Histogram buckets for wait and service times. Percentiles cannot be added up across days, but bucket
 * counts can: the roll-up keeps, per day and group, how many tickets fell in each bucket, and a range's
 * median or 90th percentile is read from the summed counts. Buckets are narrow where most times fall
 * (30 s up to 10 minutes, 1 minute up to half an hour) and wider beyond, so a figure is off by at most
 * one bucket's width, under 10 % of the value past the first minutes. Pure.
 */

/** Lower edges in seconds, ascending; the last bucket is open-ended. Never reorder: stored indexes refer to it. */
export const BUCKET_EDGES_S: readonly number[] = (() => {
  const edges: number[] = [];
  const span = (from: number, to: number, step: number): void => {
    for (let s = from; s < to; s += step) edges.push(s);
  };
  span(0, 600, 30);
  span(600, 1800, 60);
  span(1800, 3600, 120);
  span(3600, 7200, 300);
  span(7200, 14_400, 600);
  span(14_400, 28_800, 1800);
  edges.push(28_800);
  return edges;
})();

/** The bucket a time in milliseconds falls in. */
export function bucketOf(ms: number): number {
  const s = Math.max(0, ms) / 1000;
  let lo = 0;
  let hi = BUCKET_EDGES_S.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((BUCKET_EDGES_S[mid] ?? Infinity) <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The p-th percentile (0 < p ≤ 100) in seconds of the times counted in `counts` (bucket → how many), by
 * nearest rank: the value of rank ⌈p/100 · n⌉. Inside its bucket the k values are taken as spread evenly
 * from the lower edge, the i-th at lower + width·(i−1)/k, so one value alone reads as its bucket's lower
 * edge (exact for times on the bucket grid). null when nothing was counted.
 */
export function percentileOf(counts: ReadonlyMap<number, number>, p: number): number | null {
  const buckets = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let before = 0;
  for (const [bucket, n] of buckets) {
    if (before + n >= rank) {
      const lower = BUCKET_EDGES_S[bucket] ?? 0;
      const upper = BUCKET_EDGES_S[bucket + 1] ?? lower;
      return lower + ((upper - lower) * (rank - before - 1)) / n;
    }
    before += n;
  }
  return null;
}
