/**
 * Lookup for the front ends: the shared catalog plus the screens' own messages, with the same `t`/`both`
 * semantics as ./index. Kept separate so the apps never depend on how index.ts is assembled.
 */
import type { ErrorCode } from '../errors';
import { catalog, type Lang, type Message, type Vars } from './index';
import { kioskMessages } from './kiosk';
import { displayMessages } from './display';
import { counterMessages } from './counter';
import { phoneMessages } from './phone';

export type { Lang, Vars } from './index';

export const uiCatalog = {
  ...catalog,
  ...kioskMessages,
  ...displayMessages,
  ...counterMessages,
  ...phoneMessages,
} satisfies Record<string, Message>;

export type UiKey = keyof typeof uiCatalog;

function fill(text: string, vars: Vars | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Text of `key` in `lang`; Mongolian falls back to Chinese while no translation exists. */
export function tr(key: UiKey, lang: Lang, vars?: Vars): string {
  const entry: Message = uiCatalog[key];
  return fill(lang === 'mn' && entry.mn ? entry.mn : entry.zh, vars);
}

/** Both languages; `mn` is '' when not translated yet, so callers can show Chinese alone. */
export function trBoth(key: UiKey, vars?: Vars): { mn: string; zh: string } {
  const entry: Message = uiCatalog[key];
  return { mn: entry.mn ? fill(entry.mn, vars) : '', zh: fill(entry.zh, vars) };
}

/** Catalog key of an error code (every code has one, see ./errors). */
export function errorKey(code: ErrorCode): UiKey {
  return `error.${code}`;
}

/** Whether `value` is one of the error codes (connection refusals arrive as plain strings). */
export function isUiKey(value: string): value is UiKey {
  return Object.prototype.hasOwnProperty.call(uiCatalog, value);
}
