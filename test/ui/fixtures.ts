/** Small hall snapshots and calls for the front-end client tests. */
import type { HallEvent } from '../../protocol/events';
import type { CallView, HallSnapshot } from '../../protocol/views';
import { DEFAULT_VOICE_SETTINGS } from '../../protocol/voice/defaults';

export function snapshotAt(seq: number, epoch = 'e1'): HallSnapshot {
  return {
    epoch,
    seq,
    hall: {
      name: '社会服务中心',
      nameMn: '',
      timezone: 'Asia/Shanghai',
      publicUrl: 'http://127.0.0.1',
      complaintPhone: '12345',
      businessDay: '2025-03-03',
      priorityReasons: ['elderly70'],
      demoMode: false,
    },
    centres: [{ id: 'c1', name: '行政审批服务中心', nameMn: '', icon: 'stamp', sortOrder: 0, enabled: true }],
    services: [
      { id: 's1', centreId: 'c1', name: '企业设立登记', nameMn: '', prefix: 'A', hours: '', dailyLimit: null, enabled: true, priorityOffered: true, counterIds: [1] },
      { id: 's2', centreId: 'c1', name: '食品经营许可', nameMn: '', prefix: 'B', hours: '', dailyLimit: null, enabled: true, priorityOffered: true, counterIds: [2] },
    ],
    loads: [
      { serviceId: 's1', waiting: 0, estimateMinutes: 0, issuedToday: 0, closedReason: null },
      { serviceId: 's2', waiting: 0, estimateMinutes: 0, issuedToday: 0, closedReason: null },
    ],
    counters: [
      { id: 1, name: '1号窗口', centreId: 'c1', serviceIds: ['s1'], status: 'open', enabled: true, currentNumber: null, currentStatus: null, staffName: null, staffPhoto: null, staffNumber: null, lastFinishedNumber: null },
      { id: 2, name: '2号窗口', centreId: 'c1', serviceIds: ['s2'], status: 'closed', enabled: true, currentNumber: null, currentStatus: null, staffName: null, staffPhoto: null, staffNumber: null, lastFinishedNumber: null },
    ],
    recentCalls: [],
    printers: [],
    notices: [],
    configVersion: 0,
    device: null,
    voice: DEFAULT_VOICE_SETTINGS,
    mnTexts: {},
  };
}

export function call(ticketId: number, number: string, counterId: number, at: number, recall = false): CallView {
  return { ticketId, number, counterId, serviceId: 's1', recall, at };
}

export function event(seq: number, parts: Omit<HallEvent, 'seq' | 'epoch'> = {}, epoch = 'e1'): HallEvent {
  return { epoch, seq, ...parts };
}
