/**
 * The language a resident chose on their own phone (the 网络平台 portal, a ticket's phone page), kept in
 * the browser so the next page they open speaks it too. Shared screens (kiosks, displays, counters) never
 * remember: the next person must find the hall's default. A browser that keeps nothing (private mode,
 * storage refused) simply starts in Chinese each time.
 */
import type { Lang } from '../protocol/catalog/ui-lookup';

const KEY = 'hall.residentLang';

export function rememberedLang(): Lang | null {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === 'zh' || stored === 'mn' ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Nothing kept: the choice still holds for this page.
  }
}
