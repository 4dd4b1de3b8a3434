/** Words for the days of the portal's calendar, in the screen's language. */
import { tr, type Lang, type UiKey } from '../../../protocol/catalog/ui-lookup';
import type { PortalDay } from '../../../protocol/portal';

export function weekdayKey(weekday: number): UiKey {
  const day = Math.min(7, Math.max(1, Math.round(weekday)));
  return `portal.weekday.${day as 1 | 2 | 3 | 4 | 5 | 6 | 7}`;
}

/** `{month, day}` of a YYYY-MM-DD, as the catalog's portal.date takes them. */
export function dateVars(date: string): { month: number; day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** What kind of day it is: an ordinary working or rest day, or the calendar's holiday or make-up day. */
export function dayStateKey(day: PortalDay): UiKey {
  if (day.calendar?.kind === 'holiday' && !day.working) return 'portal.day.holiday';
  if (day.calendar?.kind === 'workday' && day.working) return 'portal.day.makeUp';
  return day.working ? 'portal.day.working' : 'portal.day.rest';
}

/**
 * `{name}` of the day-state text in each language: the calendar's Mongolian name on the Mongolian line
 * where the workbench has one, else the Chinese name on both lines.
 */
export function dayNameVars(day: PortalDay): (lang: Lang) => { name: string } {
  return (lang) => ({ name: (lang === 'mn' && day.calendar?.nameMn) || (day.calendar?.name ?? '') });
}

/** One service's or the hall's hours of a day in words: '' all day, null closed, ranges joined as the language lists. */
export function hoursText(hours: string | null, lang: Lang): string {
  if (hours === null) return tr('portal.hours.closed', lang);
  if (hours === '') return tr('portal.hours.allDay', lang);
  return hours.split(',').join(tr('kiosk.listSeparator', lang));
}
