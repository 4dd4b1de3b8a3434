/**
 * The counter desk's staff alerts and reprint lookup: pure rules, then the lookup against a real hall's
 * desk (real server, real SQLite file) so the desk's fields (queue, no-shows) are what the UI expects.
 */
import type { AlertView, PrinterStateView } from '../../protocol/events';
import type { CounterDesk, HallSnapshot } from '../../protocol/views';
import {
  dismissAlert, EMPTY_ALERT_BOOK, FAILED_KEPT, printerAlertKey, receiveAlert, visibleAlerts,
} from '../../counter-ui/src/desk/staff-alerts';
import { canonicalNumber, findByNumber, knownTickets, matchingTickets, normaliseTyped } from '../../counter-ui/src/desk/reprint-lookup';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { HttpApi } from '../support/http-api';
import { login } from '../../testkit/clients';
import { call } from './fixtures';

function printer(state: PrinterStateView['state'], printerId = 'p1'): PrinterStateView {
  return { printerId, name: printerId, state, kioskIds: [1], checkedAt: 10 };
}

function failed(ticketNumber: string | null, at: number): AlertView {
  return { kind: 'print_failed', printerId: 'p1', printerName: '大厅打印机', state: 'paper_out', failure: 'write_failed', ticketId: null, ticketNumber, at };
}

describe('staff alerts', () => {
  it('shows a stopped printer while it is stopped, and nothing for a working one', () => {
    expect(visibleAlerts(EMPTY_ALERT_BOOK, [printer('ok')])).toEqual([]);
    const shown = visibleAlerts(EMPTY_ALERT_BOOK, [printer('paper_out'), printer('ok', 'p2')]);
    expect(shown.map((a) => [a.kind, a.printerId, a.state])).toEqual([['printer_state', 'p1', 'paper_out']]);
  });

  it('keeps a dismissed printer alert away until the server reports that state again', () => {
    const key = printerAlertKey('p1', 'cover_open');
    const book = dismissAlert(EMPTY_ALERT_BOOK, key);
    expect(visibleAlerts(book, [printer('cover_open')])).toEqual([]);
    expect(visibleAlerts(book, [printer('offline')])).toHaveLength(1); // another state is news
    const reported = receiveAlert(book, { kind: 'printer_state', printerId: 'p1', printerName: 'p1', state: 'cover_open', failure: null, ticketId: null, ticketNumber: null, at: 20 });
    expect(visibleAlerts(reported, [printer('cover_open')])).toHaveLength(1);
  });

  it('lists failed slips newest first, once each, bounded, until dismissed', () => {
    let book = receiveAlert(EMPTY_ALERT_BOOK, failed('A001', 1));
    book = receiveAlert(book, failed('A002', 2));
    book = receiveAlert(book, failed('A002', 2)); // the same event seen twice (replay after a resync)
    const shown = visibleAlerts(book, [printer('ok')]);
    expect(shown.map((a) => a.ticketNumber)).toEqual(['A002', 'A001']);
    expect(shown[0]?.ticketId).toBeNull();
    const after = dismissAlert(book, shown[0]?.key ?? '');
    expect(visibleAlerts(after, []).map((a) => a.ticketNumber)).toEqual(['A001']);
    for (let i = 0; i < FAILED_KEPT + 5; i += 1) book = receiveAlert(book, failed(`B${String(i).padStart(3, '0')}`, 100 + i));
    expect(book.failed).toHaveLength(FAILED_KEPT);
  });

  it('puts stopped printers before failed slips', () => {
    const book = receiveAlert(EMPTY_ALERT_BOOK, failed('A009', 5));
    expect(visibleAlerts(book, [printer('paper_near_end')]).map((a) => a.kind)).toEqual(['printer_state', 'print_failed']);
  });
});

describe('reprint lookup', () => {
  it('reads typed numbers the way staff type them', () => {
    expect(normaliseTyped(' a 01 ')).toBe('A01');
    expect(normaliseTyped('Ａ００３')).toBe('A003');
    expect(canonicalNumber('a1')).toBe('A001');
    expect(canonicalNumber('BC12')).toBe('BC012');
    expect(canonicalNumber('A1234')).toBeNull();
    expect(canonicalNumber('')).toBeNull();
  });

  it('finds a ticket by exact or short number and lists the ones a prefix matches', () => {
    const known = [{ id: 7, number: 'A001' }, { id: 8, number: 'A012' }, { id: 9, number: 'B001' }];
    expect(findByNumber(known, 'a1')?.id).toBe(7);
    expect(findByNumber(known, 'A013')).toBeNull();
    expect(matchingTickets(known, 'A0').map((t) => t.number)).toEqual(['A001', 'A012']);
    expect(matchingTickets(known, 'A1').map((t) => t.number)).toEqual(['A001']);
    expect(matchingTickets(known, '')).toHaveLength(3);
  });

  it('knows tickets called at other counters, once each', () => {
    const desk: CounterDesk = {
      counter: { id: 1, name: '1号窗口', centreId: 'c1', serviceIds: ['s1'], status: 'open', enabled: true, currentNumber: null, currentStatus: null, staffName: null, staffPhoto: null, staffNumber: null, lastFinishedNumber: null },
      current: null, held: [], queue: [{ id: 41, number: 'C004', serviceId: 's1', priority: null, arrivedAt: 1 }], noShows: [], serverTime: 0, reorderAt: null,
    };
    expect(knownTickets(desk, [call(41, 'C004', 5, 1, true), call(42, 'C005', 5, 2)])).toEqual([
      { id: 41, number: 'C004' },
      { id: 42, number: 'C005' },
    ]);
  });

  describe('on a real desk', () => {
    let hall: TestHall;
    let api: HttpApi;
    beforeAll(async () => {
      hall = await startTestHall();
      api = new HttpApi(hall.url);
    });
    afterAll(async () => {
      await hall.close();
    });

    it('knows the ticket in hand, the queue, today\'s no-shows and the hall\'s recent calls', async () => {
      const token = await login(hall.url, hall.seed.staffUsername);
      const staff = { token };
      const kiosk = { deviceKey: hall.kioskKey };
      const first = await api.issue(kiosk, 'company-registration');
      const second = await api.issue(kiosk, 'company-registration');
      const third = await api.issue(kiosk, 'company-registration');
      await api.counter(staff, 1, 'open');
      await api.counter(staff, 1, 'call-next');
      await api.counter(staff, 1, 'no-show');
      await api.counter(staff, 1, 'call-next');
      const desk = await api.ok<CounterDesk>('GET', '/api/counters/1/desk', staff);
      const snapshot = await api.ok<HallSnapshot>('GET', '/api/snapshot', staff);

      expect(desk.noShows.map((n) => n.number)).toEqual([first.ticket.number]);
      const known = knownTickets(desk, snapshot.recentCalls);
      expect(findByNumber(known, first.ticket.number)?.id).toBe(first.ticket.id); // a no-show
      expect(findByNumber(known, second.ticket.number)?.id).toBe(second.ticket.id); // in hand
      expect(findByNumber(known, third.ticket.number)?.id).toBe(third.ticket.id); // waiting
      expect(new Set(known.map((t) => t.id)).size).toBe(known.length);

      // The no-show listed on the desk is one the server lets staff requeue.
      const requeued = await api.ticket(staff, first.ticket.id, 'requeue');
      expect(requeued.status).toBe('waiting');
    });
  });
});
