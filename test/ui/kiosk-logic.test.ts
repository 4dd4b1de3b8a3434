/**
 * The kiosk's own rules, free of the DOM: where back leads, when the idle countdown shows, what the
 * keypad accepts, whether a slip can come out, how a complaint is worded, what the slip status says.
 */
import { HOME_STACK, finishRoute, popRoute, pushRoute, replaceTop, currentRoute, type RouteStack } from '../../kiosk-ui/src/route';
import { idlePhase } from '../../kiosk-ui/src/idle/idle-phase';
import { IDLE_TIMES, TICKET_IDLE_TIMES } from '../../kiosk-ui/src/idle/idle-settings';
import {
  deleteKey, isAcceptablePhone, isCompleteNumber, keypadLetters, pressKey, pressPhoneKey,
} from '../../kiosk-ui/src/keypad/ticket-number-entry';
import { slipReadiness } from '../../kiosk-ui/src/device/slip-readiness';
import { kioskDeviceOf } from '../../kiosk-ui/src/device/kiosk-device';
import { COMPLAINT_PHRASES, composeComplaintText, togglePhrase } from '../../kiosk-ui/src/feedback/complaint-phrases';
import { rateErrorKey } from '../../kiosk-ui/src/feedback/rate-errors';
import { centreLoad } from '../../kiosk-ui/src/centre-load';
import { waitWords } from '../../kiosk-ui/src/wait-words';
import { slipMessage, slipStatus } from '../../kiosk-ui/src/print-status';
import { catalog } from '../../protocol/catalog';
import { mnTextProblems } from '../../protocol/catalog/mn-check';
import type { PrinterStateView } from '../../protocol/events';
import { COMPLAINT_CATEGORIES } from '../../protocol/rating';
import { snapshotAt } from './fixtures';

describe('kiosk navigation', () => {
  it('goes back step by step and never below the home screen', () => {
    let stack: RouteStack = HOME_STACK;
    stack = pushRoute(stack, { screen: 'centre', centreId: 'c1' });
    stack = pushRoute(stack, { screen: 'service', serviceId: 's1' });
    expect(currentRoute(stack)).toEqual({ screen: 'service', serviceId: 's1' });
    stack = popRoute(stack);
    expect(currentRoute(stack)).toEqual({ screen: 'centre', centreId: 'c1' });
    expect(popRoute(popRoute(stack))).toEqual(HOME_STACK);
  });

  it('returns to a screen already in the history instead of stacking a loop', () => {
    let stack: RouteStack = HOME_STACK;
    stack = pushRoute(stack, { screen: 'service', serviceId: 's1' });
    stack = pushRoute(stack, { screen: 'guide', serviceId: 's1' });
    stack = pushRoute(stack, { screen: 'service', serviceId: 's1' });
    expect(stack.map((r) => r.screen)).toEqual(['home', 'service']);
  });

  it('ends a path so back from a ticket or a thank-you leads home, not into the form', () => {
    const done = finishRoute({ screen: 'rate-done', bad: false });
    expect(done.map((r) => r.screen)).toEqual(['home', 'rate-done']);
    expect(popRoute(done)).toEqual(HOME_STACK);
  });

  it('keeps what was typed when the current screen is replaced', () => {
    const stack = replaceTop(pushRoute(HOME_STACK, { screen: 'rate', number: '' }), { screen: 'rate', number: 'A012' });
    expect(popRoute(pushRoute(stack, { screen: 'rate-level', number: 'A012', code: '123456' }))).toEqual([{ screen: 'home' }, { screen: 'rate', number: 'A012' }]);
  });
});

describe('idle countdown', () => {
  it('stays quiet, then counts whole seconds down, then expires', () => {
    expect(idlePhase(IDLE_TIMES.idleMs - 1, IDLE_TIMES)).toEqual({ kind: 'active' });
    expect(idlePhase(IDLE_TIMES.idleMs, IDLE_TIMES)).toEqual({ kind: 'countdown', secondsLeft: 10 });
    expect(idlePhase(IDLE_TIMES.idleMs + 9_500, IDLE_TIMES)).toEqual({ kind: 'countdown', secondsLeft: 1 });
    expect(idlePhase(IDLE_TIMES.idleMs + IDLE_TIMES.countdownMs, IDLE_TIMES)).toEqual({ kind: 'expired' });
  });

  it('gives the ticket screen longer than the others', () => {
    expect(TICKET_IDLE_TIMES.idleMs).toBeGreaterThan(IDLE_TIMES.idleMs);
    expect(idlePhase(IDLE_TIMES.idleMs + 1_000, TICKET_IDLE_TIMES)).toEqual({ kind: 'active' });
  });
});

describe('ticket number keypad', () => {
  const prefixes = ['A', 'B', 'AB', 'H'];

  it('offers each letter of the prefixes in use once', () => {
    expect(keypadLetters(['A', 'b', 'AB', 'H', 'H'])).toEqual(['A', 'B', 'H']);
  });

  it('accepts a prefix, then exactly three digits', () => {
    let entry = '';
    for (const key of ['7', 'A', '0', '0', '1', '2']) entry = pressKey(entry, key, prefixes);
    expect(entry).toBe('A001');
    expect(isCompleteNumber(entry, prefixes)).toBe(true);
    expect(isCompleteNumber('A01', prefixes)).toBe(false);
  });

  it('builds two-letter prefixes and replaces a letter that cannot continue', () => {
    expect(pressKey('A', 'B', prefixes)).toBe('AB');
    expect(pressKey('AB', 'H', prefixes)).toBe('H');
    expect(pressKey('A0', 'B', prefixes)).toBe('A0');
    expect(pressKey('', 'Z', prefixes)).toBe('');
    expect(deleteKey('AB0')).toBe('AB');
  });

  it('takes phone digits up to the server limit and judges their length', () => {
    expect(pressPhoneKey('1380', 'A')).toBe('1380');
    expect(isAcceptablePhone('')).toBe(true);
    expect(isAcceptablePhone('1234')).toBe(false);
    expect(isAcceptablePhone('13800000000')).toBe(true);
    expect(pressPhoneKey('1'.repeat(20), '2')).toBe('1'.repeat(20));
  });
});

describe('slip readiness', () => {
  const printer = (state: PrinterStateView['state'], kioskIds: number[], printerId = 'p1'): PrinterStateView =>
    ({ printerId, name: printerId, state, kioskIds, checkedAt: 0 });

  it('finds the kiosk printer by kiosk id or by printer id', () => {
    expect(slipReadiness([printer('ok', [3])], { deviceId: 3, printerId: null })).toBe('ready');
    expect(slipReadiness([printer('paper_near_end', [])], { deviceId: 3, printerId: 'p1' })).toBe('ready');
    expect(slipReadiness([printer('paper_out', [3])], { deviceId: 3, printerId: 'p1' })).toBe('cannot');
    expect(slipReadiness([printer('offline', [], 'p2'), printer('ok', [9])], { deviceId: 3, printerId: 'p2' })).toBe('cannot');
  });

  it('warns a kiosk without a printer and stays silent while it does not know', () => {
    expect(slipReadiness([], { deviceId: 3, printerId: null })).toBe('cannot');
    expect(slipReadiness([], { deviceId: 3, printerId: 'p1' })).toBe('unknown');
    expect(slipReadiness([printer('paper_out', [3])], null)).toBe('unknown');
  });

  it('reads the kiosk from its own snapshot and nothing else', () => {
    const base = snapshotAt(1);
    const self = { id: 2, name: '取号机', printerId: 'p1', counterId: null, centreId: null, centreIds: [], displayKind: null };
    expect(kioskDeviceOf({ ...base, device: { ...self, kind: 'kiosk' } })).toEqual({ deviceId: 2, printerId: 'p1' });
    expect(kioskDeviceOf({ ...base, device: { ...self, kind: 'display', printerId: null } })).toBeNull();
    expect(kioskDeviceOf(base)).toBeNull();
  });
});

describe('complaint text', () => {
  it('joins the chosen phrases in list order, in Chinese', () => {
    const chosen = togglePhrase(togglePhrase([], 2), 0);
    expect(chosen).toEqual([0, 2]);
    expect(composeComplaintText('complaint', chosen)).toBe('等候时间长；指引不清楚');
    expect(togglePhrase(chosen, 2)).toEqual([0]);
    expect(composeComplaintText('complaint', [])).toBe('');
  });

  it('has phrases for every category, each long enough for the server', () => {
    for (const category of COMPLAINT_CATEGORIES) {
      expect(COMPLAINT_PHRASES[category].length).toBeGreaterThan(0);
      COMPLAINT_PHRASES[category].forEach((_key, i) => expect(composeComplaintText(category, [i]).length).toBeGreaterThanOrEqual(2));
    }
  });
});

describe('words on the kiosk', () => {
  it('names the rating refusals in the kiosk own words and falls back to the general ones', () => {
    expect(rateErrorKey('TICKET_NOT_FOUND')).toBe('kiosk.rate.error.TICKET_NOT_FOUND');
    expect(rateErrorKey('ALREADY_RATED')).toBe('kiosk.rate.error.ALREADY_RATED');
    expect(rateErrorKey('RATING_CODE_WRONG')).toBe('kiosk.rate.error.RATING_CODE_WRONG');
    expect(rateErrorKey('RATE_LIMITED')).toBe('kiosk.rate.error.RATE_LIMITED');
    expect(rateErrorKey('INTERNAL')).toBe('error.INTERNAL');
  });

  it('lets the printer answer overrule a queued slip only', () => {
    expect(slipStatus('queued', null)).toBe('queued');
    expect(slipStatus('queued', 'failed')).toBe('failed');
    expect(slipStatus('unavailable', 'printed')).toBe('unavailable');
    expect(slipMessage('printed', true)).toBe('kiosk.print.printedWithNotice');
    expect(slipMessage('failed', true)).toBe('kiosk.print.failed');
  });

  it('writes kiosk Mongolian only in traditional script (the catalog-wide rule, protocol/catalog/mn-check.ts)', () => {
    const kioskEntries = Object.entries(catalog).filter(([key]) => key.startsWith('kiosk.'));
    expect(kioskEntries.length).toBeGreaterThan(100);
    for (const [key, entry] of kioskEntries) expect([key, mnTextProblems(entry.zh, entry.mn)]).toEqual([key, []]);
  });
});

describe('centre tile load', () => {
  it('adds the waiting of the centre services and shows the longest wait among those with people', () => {
    const snapshot = snapshotAt(1);
    snapshot.loads = [
      { serviceId: 's1', waiting: 3, estimateMinutes: 20, issuedToday: 3, closedReason: null },
      { serviceId: 's2', waiting: 0, estimateMinutes: 45, issuedToday: 0, closedReason: null },
    ];
    expect(centreLoad(snapshot, 'c1')).toEqual({ waiting: 3, longestEstimateMinutes: 20, windowsOpen: 1 });
    expect(centreLoad(snapshot, 'nowhere')).toEqual({ waiting: 0, longestEstimateMinutes: 0, windowsOpen: 0 });
  });
});

describe('what the kiosk says about the wait', () => {
  it('says 无需等候 only while a window serving it is open; with none open, says so and gives no estimate', () => {
    expect(waitWords(0, 0, 2)).toEqual({ kind: 'noWait' });
    expect(waitWords(4, 18, 1)).toEqual({ kind: 'estimate', minutes: 18 });
    expect(waitWords(0, 0, 0)).toEqual({ kind: 'noWindow' });
    expect(waitWords(4, 18, 0)).toEqual({ kind: 'noWindow' });
  });

  it('counts the open windows of a centre (a closed or paused window serves nobody now)', () => {
    const snapshot = snapshotAt(1);
    expect(centreLoad(snapshot, 'c1').windowsOpen).toBe(1);
    snapshot.counters = snapshot.counters.map((c) => ({ ...c, status: c.id === 1 ? 'paused' : c.status }));
    expect(centreLoad(snapshot, 'c1').windowsOpen).toBe(0);
    expect(waitWords(0, 0, centreLoad(snapshot, 'c1').windowsOpen)).toEqual({ kind: 'noWindow' });
  });
});
