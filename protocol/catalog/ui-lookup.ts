/**
 * Lookup for the front ends over the one catalog (./index): the screens' own texts (kiosk, display,
 * counter, phone) are part of it. Kept as the apps' single entry so they do not depend on how the
 * catalog is assembled, plus the helpers only screens need.
 */
import type { ErrorCode } from '../errors';
import { both, fill, t, type Lang, type MessageKey, type Vars } from './index';
import { mnOverride } from './mn-overrides';

export type { Lang, Vars } from './index';
export type UiKey = MessageKey;

/**
 * Text of `key` in `lang`; Mongolian falls back to Chinese while no translation exists. The Mongolian edited in
 * the translation workbench (./mn-overrides) comes before the release's.
 */
export function tr(key: UiKey, lang: Lang, vars?: Vars): string {
  const edited = lang === 'mn' ? mnOverride(key) : undefined;
  return edited ? fill(edited, vars) : t(key, lang, vars);
}

/** Both languages; `mn` is '' when not translated yet, so callers can show Chinese alone. */
export function trBoth(key: UiKey, vars?: Vars): { mn: string; zh: string } {
  const texts = both(key, vars);
  const edited = mnOverride(key);
  return edited ? { mn: fill(edited, vars), zh: texts.zh } : texts;
}

/** Catalog key of an error code (every code has one, see ./errors). */
export function errorKey(code: ErrorCode): UiKey {
  return `error.${code}`;
}
