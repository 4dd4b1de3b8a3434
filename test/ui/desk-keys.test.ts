import { shortcutFor } from '../../counter-ui/src/desk/shortcut-keys';
import {
  DEFAULT_KEY_MAP, SHORTCUT_ACTIONS, actionOf, bindKey, canBind, capsOf, clearKeys, parseKeyMap,
} from '../../counter-ui/src/desk/key-map';
import { arrowMove, digitOf, typeDigit } from '../../counter-ui/src/desk/dialog-keys';

const press = (code: string, more: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; repeat: boolean }> = {}) =>
  ({ code, ctrlKey: false, altKey: false, metaKey: false, repeat: false, ...more });
const free = { typing: false, inDialog: false };

describe('desk shortcut keys', () => {
  it('a digit asks for the verb it is printed on, on the main row and the number pad alike', () => {
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Digit1'), free)).toBe('callNext');
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Numpad1'), free)).toBe('callNext');
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Digit5'), free)).toBe('finish');
    expect(shortcutFor(DEFAULT_KEY_MAP, press('KeyQ'), free)).toBeNull();
  });

  it('makes a bare number pad a caller keypad: Enter calls, + recalls, − no-show, 0 finishes', () => {
    expect(actionOf(DEFAULT_KEY_MAP, 'NumpadEnter')).toBe('callNext');
    expect(actionOf(DEFAULT_KEY_MAP, 'NumpadAdd')).toBe('recall');
    expect(actionOf(DEFAULT_KEY_MAP, 'NumpadSubtract')).toBe('noShow');
    expect(actionOf(DEFAULT_KEY_MAP, 'Numpad0')).toBe('finish');
    // 办结并叫号: the . beside the pad's 0, and 0 after 9 on the main row.
    expect(actionOf(DEFAULT_KEY_MAP, 'NumpadDecimal')).toBe('finishAndCallNext');
    expect(actionOf(DEFAULT_KEY_MAP, 'Digit0')).toBe('finishAndCallNext');
    // Every verb but closing the window has a key, and no key works two verbs.
    const all = SHORTCUT_ACTIONS.flatMap((a) => DEFAULT_KEY_MAP[a]);
    expect(new Set(all).size).toBe(all.length);
    expect(SHORTCUT_ACTIONS.filter((a) => DEFAULT_KEY_MAP[a].length === 0)).toEqual(['close']);
  });

  it('never while typing, in a dialog, with a modifier, or from a held-down key', () => {
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Digit1'), { typing: true, inDialog: false })).toBeNull();
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Digit1'), { typing: false, inDialog: true })).toBeNull();
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Digit1', { ctrlKey: true }), free)).toBeNull();
    expect(shortcutFor(DEFAULT_KEY_MAP, press('Digit1', { repeat: true }), free)).toBeNull();
  });
});

describe('the key map of a desk', () => {
  it('moves a key to the verb it is bound to, and clears a verb', () => {
    const moved = bindKey(DEFAULT_KEY_MAP, 'close', 'NumpadEnter');
    expect(actionOf(moved, 'NumpadEnter')).toBe('close');
    expect(moved.callNext).toEqual(['Digit1', 'Numpad1']);
    expect(clearKeys(moved, 'recall').recall).toEqual([]);
    expect(actionOf(clearKeys(moved, 'recall'), 'NumpadAdd')).toBeNull();
  });

  it('never binds a key that moves around the page or belongs to the browser', () => {
    for (const code of ['Tab', 'Enter', 'Escape', 'ArrowDown', 'Space', 'F5', '']) {
      expect(canBind(code)).toBe(false);
      expect(bindKey(DEFAULT_KEY_MAP, 'finish', code)).toBe(DEFAULT_KEY_MAP);
    }
    expect(canBind('NumpadEnter')).toBe(true);
    expect(canBind('F2')).toBe(true);
  });

  it('reads a stored map back, keeping defaults for verbs it does not name and dropping what is unreadable', () => {
    const stored = JSON.stringify({ ...DEFAULT_KEY_MAP, recall: ['F2'], finish: ['Tab', 'KeyF'] });
    const map = parseKeyMap(stored);
    expect(map.recall).toEqual(['F2']);
    expect(map.finish).toEqual(['KeyF']);
    expect(parseKeyMap(JSON.stringify({ hold: ['KeyH'] })).callNext).toEqual(DEFAULT_KEY_MAP.callNext);
    expect(parseKeyMap(JSON.stringify({ hold: ['KeyH'] })).hold).toEqual(['KeyH']);
    expect(parseKeyMap('not json')).toBe(DEFAULT_KEY_MAP);
    expect(parseKeyMap(JSON.stringify({ hold: 'KeyH' }))).toBe(DEFAULT_KEY_MAP);
    expect(parseKeyMap(null)).toBe(DEFAULT_KEY_MAP);
    // A map stored before 办结并叫号 existed gives it its default keys, unless the map took one of them.
    const older = Object.fromEntries(Object.entries(DEFAULT_KEY_MAP).filter(([action]) => action !== 'finishAndCallNext'));
    expect(parseKeyMap(JSON.stringify(older)).finishAndCallNext).toEqual(['Digit0', 'NumpadDecimal']);
    const tookZero = parseKeyMap(JSON.stringify({ ...older, hold: ['Digit0'] }));
    expect([tookZero.hold, tookZero.finishAndCallNext]).toEqual([['Digit0'], ['NumpadDecimal']]);
  });

  it('prints a pad digit that repeats the main-row digit once, and marks number-pad keys', () => {
    expect(capsOf(DEFAULT_KEY_MAP.callNext)).toEqual([{ legend: '1', pad: false }, { legend: 'Enter', pad: true }]);
    expect(capsOf(DEFAULT_KEY_MAP.finish)).toEqual([{ legend: '5', pad: false }, { legend: '0', pad: true }]);
    expect(capsOf(['KeyH', 'F2'])).toEqual([{ legend: 'H', pad: false }, { legend: 'F2', pad: false }]);
  });
});

describe('dialog keys', () => {
  it('moves among the choices with the arrows, wrapping', () => {
    expect(arrowMove('ArrowDown', -1, 3)).toBe(0);
    expect(arrowMove('ArrowDown', 2, 3)).toBe(0);
    expect(arrowMove('ArrowLeft', 0, 3)).toBe(2);
    expect(arrowMove('ArrowRight', 1, 3)).toBe(2);
    expect(arrowMove('Enter', 1, 3)).toBeNull();
    expect(arrowMove('ArrowDown', -1, 0)).toBeNull();
  });

  it('reads digits typed in a row as one number while some choice starts with them', () => {
    const windows = ['1', '2', '12', '13', '5'];
    expect(typeDigit('', '1', windows)).toBe('1');
    expect(typeDigit('1', '2', windows)).toBe('12');
    expect(typeDigit('12', '5', windows)).toBe('5');
    expect(typeDigit('5', '9', windows)).toBe('');
    expect(digitOf('Numpad7')).toBe('7');
    expect(digitOf('Digit0')).toBe('0');
    expect(digitOf('KeyA')).toBeNull();
  });
});
