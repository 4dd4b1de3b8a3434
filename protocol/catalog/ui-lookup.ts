/**
 * Lookup for the front ends over the one catalog (./index): the screens' own texts (kiosk, display,
 * counter, phone) are part of it. Kept as the apps' single entry so they do not depend on how the
 * catalog is assembled, plus the helpers only screens need.
 */
import type { ErrorCode } from '../errors';
import { both, t, type Lang, type MessageKey, type Vars } from './index';

export type { Lang, Vars } from './index';
export type UiKey = MessageKey;

/** Text of `key` in `lang`; Mongolian falls back to Chinese while no translation exists. */
export function tr(key: UiKey, lang: Lang, vars?: Vars): string {
  return t(key, lang, vars);
}

/** Both languages; `mn` is '' when not translated yet, so callers can show Chinese alone. */
export function trBoth(key: UiKey, vars?: Vars): { mn: string; zh: string } {
  return both(key, vars);
}

/** Catalog key of an error code (every code has one, see ./errors). */
export function errorKey(code: ErrorCode): UiKey {
  return `error.${code}`;
}
