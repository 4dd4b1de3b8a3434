/**
 * The pure pieces of the reports' roll-up: time buckets and percentiles read from bucket counts, and the
 * changes a ticket's new fact makes to the day rows (only what moved).
 */
import { BUCKET_EDGES_S, bucketOf, percentileOf } from '../../../server/reports/buckets';
import { changesBetween, type TicketFact } from '../../../server/reports/ticket-fact';

const s = (seconds: number): number => seconds * 1000;

function histogram(times: number[]): Map<number, number> {
  const h = new Map<number, number>();
  for (const t of times) h.set(bucketOf(s(t)), (h.get(bucketOf(s(t))) ?? 0) + 1);
  return h;
}

describe('buckets', () => {
  it('cover every time: 30 s steps to 10 minutes, then wider, the last one open-ended', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(s(29.9))).toBe(0);
    expect(bucketOf(s(30))).toBe(1);
    expect(BUCKET_EDGES_S[bucketOf(s(600))]).toBe(600);
    expect(BUCKET_EDGES_S[bucketOf(s(659))]).toBe(600);
    expect(BUCKET_EDGES_S[bucketOf(s(3700))]).toBe(3600);
    expect(bucketOf(s(100_000))).toBe(BUCKET_EDGES_S.length - 1);
    expect(bucketOf(-5)).toBe(0);
    for (let i = 1; i < BUCKET_EDGES_S.length; i += 1) expect(BUCKET_EDGES_S[i]).toBeGreaterThan(BUCKET_EDGES_S[i - 1] ?? -1);
  });

  it('give exact nearest-rank percentiles for times on the bucket grid', () => {
    const h = histogram([120, 840, 3600, 1560]);
    expect(percentileOf(h, 50)).toBe(840);
    expect(percentileOf(h, 90)).toBe(3600);
    expect(percentileOf(h, 25)).toBe(120);
    expect(percentileOf(new Map(), 50)).toBeNull();
  });

  it('spread several values of one bucket evenly from its lower edge, never past a bucket width off', () => {
    // Four times in the 5:00–5:30 bucket: read as 300, 307.5, 315, 322.5.
    const h = histogram([301, 310, 320, 329]);
    expect(percentileOf(h, 50)).toBe(307.5);
    expect(percentileOf(h, 100)).toBe(322.5);
    const times = Array.from({ length: 1000 }, (_, i) => 30 + ((i * 7919) % 5400));
    const sorted = [...times].sort((a, b) => a - b);
    for (const p of [50, 90]) {
      const exact = sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? 0;
      const read = percentileOf(histogram(times), p) ?? 0;
      expect(Math.abs(read - exact)).toBeLessThanOrEqual(300);
    }
  });
});

describe('roll-up changes', () => {
  const waiting: TicketFact = {
    ticketId: 1, businessDay: '2026-12-01', hour: 9, centreId: 'c', serviceId: 's', counterKey: '', staffKey: '', outcome: 'open',
    transferred: false, priority: false, waitMs: null, serviceMs: null, rating: null, badContact: false, rectifiedOnTime: false,
    calledBackOnTime: false,
  };

  it('a new ticket adds one issued to each grouping and the total', () => {
    const changes = changesBetween(null, waiting);
    expect(changes.map((c) => [c.dim, c.key, c.sums?.[0]])).toEqual([
      ['hall', '', 1], ['centre', 'c', 1], ['service', 's', 1], ['counter', '', 1], ['staff', '', 1], ['hour', '09', 1]]);
  });

  it('a call moves the ticket to its counter and staff member and adds its wait everywhere; nothing else is touched', () => {
    const called = { ...waiting, counterKey: '3', staffKey: '7', waitMs: s(120) };
    const changes = changesBetween(waiting, called);
    expect(changes.map((c) => [c.dim, c.key, c.sums?.[0] ?? 0, c.buckets])).toEqual([
      ['hall', '', 0, [{ measure: 'wait', bucket: 4, n: 1 }]],
      ['centre', 'c', 0, [{ measure: 'wait', bucket: 4, n: 1 }]],
      ['service', 's', 0, [{ measure: 'wait', bucket: 4, n: 1 }]],
      ['counter', '', -1, []], ['counter', '3', 1, [{ measure: 'wait', bucket: 4, n: 1 }]],
      ['staff', '', -1, []], ['staff', '7', 1, [{ measure: 'wait', bucket: 4, n: 1 }]],
      ['hour', '09', 0, [{ measure: 'wait', bucket: 4, n: 1 }]],
    ]);
    expect(changesBetween(called, called)).toEqual([]);
  });
});
