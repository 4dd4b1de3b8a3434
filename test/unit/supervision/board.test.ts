/**
 * The live board from given inputs (server/supervision/board.ts, pure) and the alert conditions it shows
 * (server/supervision/alert-rules.ts): figures summed from services to centres to the hall, lights by each
 * service's own limits, idle counters remembered from the board before, alerts only past their limits.
 */
import type { Ticket } from '../../../server/queue/types';
import { buildBoard, type BoardInputs } from '../../../server/supervision/board';
import { alertConditions, OFFLINE_GRACE_MS } from '../../../server/supervision/alert-rules';
import { DEFAULT_THRESHOLDS } from '../../../protocol/supervision';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 1, 0);

function ticket(id: number, serviceId: string, fields: Partial<Ticket>): Ticket {
  return {
    id, token: `t${id}`, businessDay: '2026-12-01', serviceId, centreId: 'c1', prefix: 'A', seq: id, number: `A${String(id).padStart(3, '0')}`,
    priority: null, status: 'waiting', arrivedAt: T0, queueKey: T0, counterId: null, targetCounterId: null, staffId: null,
    calledAt: null, startedAt: null, finishedAt: null, recallCount: 0, requeued: false, transferCount: 0, slotFrom: null, slotTo: null,
    version: 1, ...fields,
  };
}

function inputs(now: number, over: Partial<BoardInputs> = {}): BoardInputs {
  return {
    now, businessDay: '2026-12-01',
    centres: [{ id: 'c1', name: '一中心' }, { id: 'c2', name: '二中心' }],
    services: [
      { id: 's1', centreId: 'c1', name: '甲', thresholds: { ...DEFAULT_THRESHOLDS, waitYellowMinutes: 10, waitRedMinutes: 20 } },
      { id: 's2', centreId: 'c1', name: '乙', thresholds: DEFAULT_THRESHOLDS },
      { id: 's3', centreId: 'c2', name: '丙', thresholds: DEFAULT_THRESHOLDS },
    ],
    counters: [
      { id: 1, name: '1号窗口', centreId: 'c1', status: 'open', serviceIds: ['s1', 's2'], callPolicy: 'oldest-first', staffId: 7, staffName: '王晓兰' },
      { id: 2, name: '2号窗口', centreId: 'c2', status: 'paused', serviceIds: ['s3'], callPolicy: 'oldest-first', staffId: 8, staffName: '李娜' },
    ],
    open: [ticket(1, 's1', { arrivedAt: T0 }), ticket(2, 's1', { arrivedAt: T0 + 5 * MIN }), ticket(3, 's3', { arrivedAt: T0 + 2 * MIN })],
    day: [
      { serviceId: 's1', counterId: 1, served: 2, called: 2, waitSumMs: 8 * MIN, timed: 2, serviceSumMs: 10 * MIN },
      { serviceId: 's2', counterId: 1, served: 1, called: 1, waitSumMs: 2 * MIN, timed: 1, serviceSumMs: 50 * MIN },
    ],
    devices: [
      { id: 1, kind: 'kiosk', centreId: null, online: true },
      { id: 2, kind: 'display', centreId: 'c1', online: false },
      { id: 3, kind: 'rating-pad', centreId: 'c2', online: true },
    ],
    printers: [{ printerId: 'p', name: '打印机', state: 'paper_out', checkedAt: T0 }],
    idleSince: new Map(),
    ...over,
  };
}

describe('the live board', () => {
  it('sums services into centres and the hall, with lights by each service\'s limits', () => {
    const board = buildBoard(inputs(T0 + 12 * MIN));
    const s1 = board.services.find((s) => s.serviceId === 's1');
    expect(s1).toMatchObject({ waiting: 2, longestWaitMs: 12 * MIN, servedToday: 2, averageWaitMs: 4 * MIN, averageServiceMs: 5 * MIN,
      waitLight: 'yellow', serviceLight: 'green' });
    // 乙: one service of 50 minutes today, past its red limit (40).
    expect(board.services.find((s) => s.serviceId === 's2')).toMatchObject({ waiting: 0, longestWaitMs: null, serviceLight: 'red' });
    expect(board.centres[0]).toMatchObject({ centreId: 'c1', waiting: 2, servedToday: 3, averageWaitMs: Math.round(10 * MIN / 3),
      averageServiceMs: 20 * MIN, waitLight: 'yellow', serviceLight: 'red', counters: { open: 1, paused: 0, closed: 0, idleWhileWaiting: 1 },
      devices: { kiosk: { online: 0, total: 0 }, display: { online: 0, total: 1 }, 'rating-pad': { online: 0, total: 0 } } });
    expect(board.centres[1]).toMatchObject({ waiting: 1, longestWaitMs: 10 * MIN, waitLight: 'green', counters: { paused: 1 } });
    expect(board.hall).toMatchObject({ waiting: 3, longestWaitMs: 12 * MIN, servedToday: 3, waitLight: 'yellow', serviceLight: 'red',
      devices: { kiosk: { online: 1, total: 1 }, display: { online: 0, total: 1 }, 'rating-pad': { online: 1, total: 1 } },
      printers: { online: 0, total: 1 } });
    // The open counter with nobody in hand and two waiting for it is idle; the paused one is not.
    expect(board.counters.map((c) => [c.id, c.idleSince, c.waitingForIt])).toEqual([[1, T0 + 12 * MIN, 2], [2, null, 1]]);
  });

  it('remembers since when a counter stands idle, and lights a service in progress', () => {
    const later = buildBoard(inputs(T0 + 20 * MIN, { idleSince: new Map([[1, T0 + 12 * MIN]]) }));
    expect(later.counters[0]?.idleSince).toBe(T0 + 12 * MIN);
    const serving = ticket(9, 's2', { status: 'serving', counterId: 1, calledAt: T0, startedAt: T0 + MIN });
    const busy = buildBoard(inputs(T0 + 30 * MIN, { open: [...inputs(0).open, serving], idleSince: new Map([[1, T0]]) }));
    expect(busy.counters[0]).toMatchObject({ idleSince: null, currentNumber: 'A009', currentStatus: 'serving', currentSince: T0 + MIN,
      serviceLight: 'yellow' });
  });
});

describe('alert conditions', () => {
  const devices = [
    { id: 2, name: '大厅屏', kind: 'display' as const, online: false, lastSeenAt: T0 },
    { id: 3, name: '评价器', kind: 'rating-pad' as const, online: false, lastSeenAt: null },
  ];

  it('hold only past their limits: idle minutes, red waits, printers checked and down, devices gone past the grace', () => {
    const early = buildBoard(inputs(T0 + MIN, { idleSince: new Map([[1, T0]]), printers: [{ printerId: 'p', name: 'p', state: 'offline', checkedAt: 0 }] }));
    expect(alertConditions(early, devices)).toEqual([]);
    const late = buildBoard(inputs(T0 + 21 * MIN, { idleSince: new Map([[1, T0 + 16 * MIN]]) }));
    expect(alertConditions(late, devices).map((c) => c.subject)).toEqual(['counter:1', 'service:s1', 'printer:p', 'device:2']);
    expect(OFFLINE_GRACE_MS).toBeLessThan(21 * MIN);
  });

  it('no device is reported offline while no counter works (the hall is closed)', () => {
    const night = buildBoard(inputs(T0 + 60 * MIN, { counters: [], printers: [] }));
    expect(alertConditions(night, devices).filter((c) => c.facts.kind === 'device_offline')).toEqual([]);
  });
});
