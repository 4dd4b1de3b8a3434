import { availableActions, type DeskAction } from '../../counter-ui/src/desk/desk-actions';
import { tokenFromPath } from '../../kiosk-ui/phone/token';
import type { CounterDesk, TicketDetail } from '../../protocol/views';
import { snapshotAt } from './fixtures';

function desk(status: 'open' | 'paused', current: TicketDetail['status'] | null, waiting = 0): CounterDesk {
  const counter = { ...snapshotAt(0).counters[0]!, status };
  const ticket: TicketDetail | null = current
    ? {
        id: 1, number: 'A001', serviceId: 's1', centreId: 'c1', status: current, priority: null,
        peopleAhead: 0, estimateMinutes: 0, counterId: 1, counterName: '1号窗口', arrivedAt: 1, calledAt: 2, finishedAt: null,
        servingCounters: [1], rated: false, version: 3, businessDay: '2025-03-03', staffId: 1,
        recallCount: 0, requeued: false, targetCounterId: null, startedAt: null,
      }
    : null;
  const queue = Array.from({ length: waiting }, (_v, i) => ({ id: 10 + i, number: `A00${2 + i}`, serviceId: 's1', priority: null, arrivedAt: 3 }));
  return { counter, current: ticket, held: [], queue, noShows: [], serverTime: 0, reorderAt: null };
}

describe('desk actions', () => {
  it('offers calling only with empty hands at an open counter', () => {
    expect([...availableActions(desk('open', null))].sort()).toEqual(['callNext', 'callTicket', 'close', 'pause', 'resume']);
    expect(availableActions(desk('paused', null)).has('callNext')).toBe(false);
    expect(availableActions(desk('paused', null)).has('unpause')).toBe(true);
  });

  it('offers the verbs of a called and of a serving ticket', () => {
    const called = availableActions(desk('open', 'called'));
    const calledVerbs: DeskAction[] = ['recall', 'noShow', 'start', 'transfer'];
    expect(calledVerbs.every((a) => called.has(a))).toBe(true);
    expect(called.has('callNext') || called.has('finish')).toBe(false);
    const serving = availableActions(desk('open', 'serving'));
    const servingVerbs: DeskAction[] = ['finish', 'transfer', 'hold'];
    expect(servingVerbs.every((a) => serving.has(a))).toBe(true);
    expect(serving.has('recall') || serving.has('noShow')).toBe(false);
  });

  it('offers 办结并叫号 only while serving with someone waiting', () => {
    expect(availableActions(desk('open', 'serving', 2)).has('finishAndCallNext')).toBe(true);
    expect(availableActions(desk('open', 'serving', 0)).has('finishAndCallNext')).toBe(false);
    expect(availableActions(desk('open', 'called', 2)).has('finishAndCallNext')).toBe(false);
    expect(availableActions(desk('open', null, 2)).has('finishAndCallNext')).toBe(false);
  });
});

describe('phone token', () => {
  it('reads the token from /t/<token> and nothing else', () => {
    expect(tokenFromPath('/t/abcDEF0123456789_-xy')).toBe('abcDEF0123456789_-xy');
    expect(tokenFromPath('/t/abcDEF0123456789_-xy/')).toBe('abcDEF0123456789_-xy');
    expect(tokenFromPath('/t/short')).toBeNull();
    expect(tokenFromPath('/t/abcDEF0123456789/extra')).toBeNull();
    expect(tokenFromPath('/kiosk/phone.html')).toBeNull();
  });
});
