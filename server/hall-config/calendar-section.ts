/**
 * Public holidays and make-up working days, with their Mongolian names. Days the file does not name are
 * left as they are. A day's Mongolian name goes through the translation workbench as a draft (mnText.save),
 * only where it differs from the hall's: an approved name the file repeats stays approved, and an empty or
 * absent one leaves the hall's as it is.
 */
import type { ConfigSection } from './section';
import { calendarSet } from '../commands/admin-calendar';
import { mnTextSave } from '../commands/mn-texts';
import { calendarDayNames } from '../db/queries/calendar';

export const calendarSection: ConfigSection<'calendar'> = {
  key: 'calendar',
  read: (ctx) => calendarDayNames(ctx.db),
  apply(ctx, days, { runner }) {
    // Setting a day's kind and name leaves its Mongolian as it was: read once, before.
    const namesMn = new Map(calendarDayNames(ctx.db).map((d) => [d.date, d.nameMn]));
    return days.filter(({ nameMn, ...day }, i) => {
      if (runner.run(`calendar.${i}`, calendarSet, day) === null) return false;
      if (!nameMn || nameMn === namesMn.get(day.date)) return true;
      return runner.run(`calendar.${i}`, mnTextSave, { key: `day:${day.date}`, mn: nameMn }, { mn: 'nameMn' }) !== null;
    }).length;
  },
};
