/**
 * Which physical keys work which desk verb: a per-workstation preference, kept in the browser of the
 * counter PC. The keys belong to the hardware at the window (a full keyboard, or a USB number pad used as
 * a 叫号器), not to the staff member who logs in there nor to the hall as a whole, so each desk keeps its
 * own map and a staff member moving windows finds the keys of that window's pad.
 *
 * Keys are named by `KeyboardEvent.code` (the physical key), so a number pad works the same with Num Lock
 * on or off, and the main row's digits work on any keyboard layout. Pure: no DOM, no storage here.
 */
/** The desk's verbs a key can work, in the order the settings list them. */
export const SHORTCUT_ACTIONS = [
  'callNext', 'recall', 'start', 'noShow', 'finish', 'finishAndCallNext', 'transfer', 'hold', 'resume', 'pause', 'reprint',
  'reprintNumber',
  'matterRecord', 'matterFind', 'close',
] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

export type KeyMap = Readonly<Record<ShortcutAction, readonly string[]>>;

/**
 * Out of the box: the digit printed on each button, on the main row and on the number pad alike, and the
 * number pad's big keys for the four verbs of every call — Enter 叫下一位, + 重呼, − 过号, 0 办结 — so a
 * bare number pad is a complete 叫号器 (. beside 0 办结并叫号, 0 on the main row too; 8 恢复办理 and 9
 * 暂停/恢复服务; * reprints the slip in hand,
 * / reprints by number). B opens 登记办件 and C 办件查询 (办, 查). 关闭窗口 has no key unless a desk gives it one: it sends the staff member away.
 */
export const DEFAULT_KEY_MAP: KeyMap = {
  callNext: ['Digit1', 'Numpad1', 'NumpadEnter'],
  recall: ['Digit2', 'Numpad2', 'NumpadAdd'],
  start: ['Digit3', 'Numpad3'],
  noShow: ['Digit4', 'Numpad4', 'NumpadSubtract'],
  finish: ['Digit5', 'Numpad5', 'Numpad0'],
  finishAndCallNext: ['Digit0', 'NumpadDecimal'],
  transfer: ['Digit6', 'Numpad6'],
  hold: ['Digit7', 'Numpad7'],
  resume: ['Digit8', 'Numpad8'],
  pause: ['Digit9', 'Numpad9'],
  reprint: ['NumpadMultiply'],
  reprintNumber: ['NumpadDivide'],
  matterRecord: ['KeyB'],
  matterFind: ['KeyC'],
  close: [],
};

/**
 * Keys a desk may not take: they move around a page or a dialog (Tab, arrows, Enter, Space, Escape),
 * edit text, or belong to the browser. NumpadEnter is a different key from Enter and stays free to bind.
 */
const RESERVED = new Set([
  'Tab', 'Enter', 'Space', 'Escape', 'Backspace', 'Delete', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight',
  'Home', 'End', 'PageUp', 'PageDown', 'ShiftLeft', 'ShiftRight', 'ControlLeft', 'ControlRight', 'AltLeft', 'AltRight',
  'MetaLeft', 'MetaRight', 'CapsLock', 'NumLock', 'F5', 'F11', 'F12', 'ContextMenu',
]);

export function canBind(code: string): boolean {
  return code !== '' && !RESERVED.has(code);
}

/** The verb `code` works, or null. */
export function actionOf(map: KeyMap, code: string): ShortcutAction | null {
  return SHORTCUT_ACTIONS.find((action) => map[action].includes(code)) ?? null;
}

/** `action` also on `code`, taken from whichever verb had it (one key, one verb). */
export function bindKey(map: KeyMap, action: ShortcutAction, code: string): KeyMap {
  if (!canBind(code)) return map;
  const next = { ...map };
  for (const other of SHORTCUT_ACTIONS) next[other] = map[other].filter((c) => c !== code);
  next[action] = [...next[action], code];
  return next;
}

/** `action` on no key at all. */
export function clearKeys(map: KeyMap, action: ShortcutAction): KeyMap {
  return { ...map, [action]: [] };
}

/** A stored map's shape: verb → list of key codes (the desk front end carries no schema library). */
function storedCodes(value: unknown, action: ShortcutAction): string[] | undefined | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const codes: unknown = Object.getOwnPropertyDescriptor(value, action)?.value;
  if (codes === undefined) return undefined;
  if (!Array.isArray(codes) || codes.length > 8) return null;
  return codes.every((c): c is string => typeof c === 'string' && c.length <= 40) ? codes : null;
}

/**
 * A stored map read back: verbs it names take its keys (reserved keys dropped), verbs it does not name
 * keep their defaults (a newer desk may have more verbs than the stored map knew), and anything
 * unreadable is the default map.
 */
export function parseKeyMap(text: string | null): KeyMap {
  if (text === null) return DEFAULT_KEY_MAP;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return DEFAULT_KEY_MAP;
  }
  if (SHORTCUT_ACTIONS.some((action) => storedCodes(parsed, action) === null)) return DEFAULT_KEY_MAP;
  let map: KeyMap = { ...DEFAULT_KEY_MAP };
  for (const action of SHORTCUT_ACTIONS) {
    const codes = storedCodes(parsed, action);
    if (!codes) continue;
    map = clearKeys(map, action);
    for (const code of codes) map = bindKey(map, action, code);
  }
  return map;
}

/** What a key's cap says, and whether it is on the number pad (the desk marks those). */
export interface KeyCap { legend: string; pad: boolean }

const PAD_LEGENDS: Record<string, string> = {
  NumpadEnter: 'Enter', NumpadAdd: '+', NumpadSubtract: '−', NumpadMultiply: '*', NumpadDivide: '/', NumpadDecimal: '.',
};

export function keyCap(code: string): KeyCap {
  const digit = /^(Digit|Numpad)(\d)$/.exec(code);
  if (digit) return { legend: digit[2] ?? '', pad: digit[1] === 'Numpad' };
  const pad = PAD_LEGENDS[code];
  if (pad !== undefined) return { legend: pad, pad: true };
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return { legend: letter[1] ?? '', pad: false };
  return { legend: code, pad: false };
}

/**
 * The caps to print on a verb's button: a number-pad digit that repeats a main-row digit of the same
 * verb is one cap (the button says "1" once, and either key works).
 */
export function capsOf(codes: readonly string[]): KeyCap[] {
  const caps: KeyCap[] = [];
  for (const code of codes) {
    const cap = keyCap(code);
    const sameDigit = /^\d$/.test(cap.legend) && caps.some((c) => c.legend === cap.legend);
    if (!sameDigit) caps.push(cap);
  }
  return caps;
}
