import { RECENT_CALLS_KEPT, judgeHallEvent, upsert } from '../../protocol/client/hall-state';
import { call, event, snapshotAt } from './fixtures';

describe('judgeHallEvent', () => {
  it('applies the next event: loads and counters upserted, the call prepended', () => {
    const verdict = judgeHallEvent(
      snapshotAt(4),
      event(5, {
        loads: [{ serviceId: 's2', waiting: 3, estimateMinutes: 12, issuedToday: 3, closedReason: null }],
        counters: [{ id: 3, name: '3号窗口', centreId: 'c1', serviceIds: ['s1'], status: 'open', enabled: true, currentNumber: null, currentStatus: null, staffName: null, staffPhoto: null, staffNumber: null, lastFinishedNumber: null }],
        call: call(7, 'A007', 1, 1000),
      }),
    );
    if (verdict.kind !== 'apply') throw new Error(`expected apply, got ${verdict.kind}`);
    expect(verdict.next.seq).toBe(5);
    expect(verdict.next.loads.map((l) => [l.serviceId, l.waiting])).toEqual([['s1', 0], ['s2', 3]]);
    expect(verdict.next.counters.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(verdict.next.recentCalls.map((c) => c.number)).toEqual(['A007']);
  });

  it('merges partial changes into the loads and counters it knows', () => {
    const verdict = judgeHallEvent(snapshotAt(4), event(5, {
      loads: [{ serviceId: 's1', waiting: 2, closedReason: null }],
      counters: [{ id: 1, currentNumber: 'A002', currentStatus: 'called' }],
    }));
    if (verdict.kind !== 'apply') throw new Error(`expected apply, got ${verdict.kind}`);
    const before = snapshotAt(4);
    expect(verdict.next.loads[0]).toEqual({ ...before.loads[0], waiting: 2 });
    expect(verdict.next.counters[0]).toEqual({ ...before.counters[0], currentNumber: 'A002', currentStatus: 'called' });
    expect(verdict.next.counters.slice(1)).toEqual(before.counters.slice(1));
  });

  it('asks for a new snapshot when a partial change names a service or counter it does not know', () => {
    expect(judgeHallEvent(snapshotAt(4), event(5, { loads: [{ serviceId: 's9', waiting: 2, closedReason: null }] })).kind)
      .toBe('resync');
    expect(judgeHallEvent(snapshotAt(4), event(5, { counters: [{ id: 9, currentNumber: 'A002' }] })).kind).toBe('resync');
  });

  it('upserts printers by id', () => {
    const printer = (printerId: string, state: 'ok' | 'paper_out') => ({ printerId, name: printerId, state, kioskIds: [1], checkedAt: 1 });
    const first = judgeHallEvent(snapshotAt(1), event(2, { printers: [printer('p1', 'ok'), printer('p2', 'ok')] }));
    if (first.kind !== 'apply') throw new Error('expected apply');
    const second = judgeHallEvent(first.next, event(3, { printers: [printer('p2', 'paper_out')] }));
    if (second.kind !== 'apply') throw new Error('expected apply');
    expect(second.next.printers.map((p) => `${p.printerId}:${p.state}`)).toEqual(['p1:ok', 'p2:paper_out']);
  });

  it('asks for a new snapshot when the hall configuration changed, and not again once it holds it', () => {
    expect(judgeHallEvent(snapshotAt(4), event(5, { config: true })).kind).toBe('resync');
    expect(judgeHallEvent(snapshotAt(5), event(5, { config: true })).kind).toBe('stale');
  });

  it('ignores events the snapshot already contains', () => {
    expect(judgeHallEvent(snapshotAt(4), event(4)).kind).toBe('stale');
    expect(judgeHallEvent(snapshotAt(4), event(2)).kind).toBe('stale');
  });

  it('asks for a new snapshot on a gap or a new epoch', () => {
    expect(judgeHallEvent(snapshotAt(4), event(6)).kind).toBe('resync');
    expect(judgeHallEvent(snapshotAt(4), event(5, {}, 'e2')).kind).toBe('resync');
    expect(judgeHallEvent(snapshotAt(4), event(1, {}, 'e2')).kind).toBe('resync');
  });

  it(`keeps the last ${RECENT_CALLS_KEPT} calls, newest first`, () => {
    let snapshot = snapshotAt(0);
    for (let i = 1; i <= RECENT_CALLS_KEPT + 5; i += 1) {
      const verdict = judgeHallEvent(snapshot, event(i, { call: call(i, `A${String(i).padStart(3, '0')}`, 1, i) }));
      if (verdict.kind !== 'apply') throw new Error('expected apply');
      snapshot = verdict.next;
    }
    expect(snapshot.recentCalls).toHaveLength(RECENT_CALLS_KEPT);
    expect(snapshot.recentCalls[0]?.number).toBe('A025');
    expect(snapshot.recentCalls.at(-1)?.number).toBe('A006');
  });
});

describe('upsert', () => {
  it('replaces in place and appends unknown keys once', () => {
    const result = upsert([{ k: 1, v: 'a' }, { k: 2, v: 'b' }], [{ k: 2, v: 'B' }, { k: 3, v: 'c' }, { k: 3, v: 'C' }], (x) => x.k);
    expect(result).toEqual([{ k: 1, v: 'a' }, { k: 2, v: 'B' }, { k: 3, v: 'C' }]);
  });
});
