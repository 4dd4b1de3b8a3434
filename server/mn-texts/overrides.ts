/**
 * The catalog Mongolian edited in the workbench, as the screens receive it in the hall snapshot (key -> text)
 * and the slips print it (./print-lookup.ts). A text whose placeholders no longer match the catalog's Chinese
 * (a release changed them) is left out, so nothing shows a placeholder it cannot fill; the release's draft
 * stands until the text is edited again.
 */
import type { Db } from '../db/open';
import { catalog } from '../../protocol/catalog';
import { placeholdersOf } from '../../protocol/catalog/mn-check';
import { catalogMnTexts } from '../db/queries/mn-texts';

const zhOf = new Map<string, string>(Object.entries(catalog).map(([key, message]) => [key, message.zh]));

/** Whether an edited Mongolian can stand in for the release's beside this Chinese. */
export function usableOverride(zh: string, mn: string): boolean {
  return placeholdersOf(zh).join() === placeholdersOf(mn).join();
}

export function catalogMnOverrides(db: Db): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const { subject, mn } of catalogMnTexts(db)) {
    const zh = zhOf.get(subject);
    if (zh !== undefined && usableOverride(zh, mn)) overrides[subject] = mn;
  }
  return overrides;
}
