/**
 * Where slip labels come from. By default the print catalog; the server may pass its own lookup so
 * Mongolian wording an admin has edited and approved is printed instead of the shipped draft.
 */
import { printMessages } from '../../protocol/catalog/print';
import type { Message } from '../../protocol/catalog/message';

export type PrintMessageKey = keyof typeof printMessages;
export type PrintMessageLookup = (key: PrintMessageKey) => Message;

export const catalogPrintMessages: PrintMessageLookup = (key) => printMessages[key];

export type TextVars = Record<string, string | number>;

export function fillText(text: string, vars?: TextVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
