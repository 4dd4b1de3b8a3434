/** What a kiosk and a display show of the hall, from the device binding in their own snapshot. */
import { scopedSnapshot } from '../../protocol/client/device-scope';
import type { DeviceSelfView, HallSnapshot } from '../../protocol/views';
import { call, snapshotAt } from './fixtures';

/** Two centres: c1 with counters 1 and 2 (services s1, s2), c2 with counter 3 (service s3), and calls at each. */
function hall(device: DeviceSelfView | null): HallSnapshot {
  const base = snapshotAt(1);
  return {
    ...base,
    centres: [...base.centres, { id: 'c2', name: '法律援助中心', nameMn: '', icon: 'scale', sortOrder: 1, enabled: true }],
    services: [...base.services,
      { id: 's3', centreId: 'c2', name: '法律咨询', nameMn: '', prefix: 'M', hours: '', dailyLimit: null, enabled: true, priorityOffered: true,
        counterIds: [3] }],
    loads: [...base.loads, { serviceId: 's3', waiting: 4, estimateMinutes: 20, issuedToday: 5, closedReason: null }],
    counters: [...base.counters,
      { id: 3, name: '3号窗口', centreId: 'c2', serviceIds: ['s3'], status: 'open', enabled: true, currentNumber: 'M001', currentStatus: 'called', staffName: null, staffNumber: null,
        staffPhoto: null, lastFinishedNumber: null }],
    recentCalls: [call(3, 'M001', 3, 300), call(2, 'B001', 2, 200), call(1, 'A001', 1, 100)],
    device,
  };
}

const device = (kind: DeviceSelfView['kind'], binding: Partial<DeviceSelfView> = {}): DeviceSelfView =>
  ({ id: 7, kind, name: '设备', printerId: null, counterId: null, centreId: null, centreIds: [], displayKind: null, ...binding });

describe('a device shows its own part of the hall', () => {
  it('staff, a kiosk offering every centre and a whole-hall display see everything', () => {
    for (const d of [null, device('kiosk'), device('display')]) {
      const snapshot = hall(d);
      expect(scopedSnapshot(snapshot)).toBe(snapshot);
    }
  });

  it('a kiosk offering some centres shows only those, with their services and loads', () => {
    const shown = scopedSnapshot(hall(device('kiosk', { centreIds: ['c2'] })));
    expect(shown.centres.map((c) => c.id)).toEqual(['c2']);
    expect(shown.services.map((s) => s.id)).toEqual(['s3']);
    expect(shown.loads.map((l) => l.serviceId)).toEqual(['s3']);
  });

  it('a display of one centre shows only the calls, queues and counters of that centre', () => {
    const shown = scopedSnapshot(hall(device('display', { centreId: 'c1' })));
    expect(shown.recentCalls.map((c) => c.number)).toEqual(['B001', 'A001']);
    expect(shown.counters.map((c) => c.id)).toEqual([1, 2]);
    expect(shown.services.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(shown.centres.map((c) => c.id)).toEqual(['c1']);
  });

  it('a window display shows only its counter: its calls and the queues of the services it serves', () => {
    const shown = scopedSnapshot(hall(device('display', { counterId: 2 })));
    expect(shown.recentCalls.map((c) => c.number)).toEqual(['B001']);
    expect(shown.counters.map((c) => c.id)).toEqual([2]);
    expect(shown.services.map((s) => s.id)).toEqual(['s2']);
    expect(shown.loads.map((l) => l.serviceId)).toEqual(['s2']);
    expect(shown.centres.map((c) => c.id)).toEqual(['c1']);
  });
});
