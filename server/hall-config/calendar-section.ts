/**
 * Public holidays and make-up working days, with their Mongolian names. Days the file does not name are
 * left as they are. Each day is set as the console sets it (calendar.set): its Mongolian name goes through
 * the translation workbench as a draft only where it differs from the hall's, so an approved name the file
 * repeats stays approved, and an empty or absent one leaves the hall's as it is.
 */
import type { ConfigSection } from './section';
import { calendarSet } from '../commands/admin-calendar';
import { calendarDayNames } from '../db/queries/calendar';

export const calendarSection: ConfigSection<'calendar'> = {
  key: 'calendar',
  read: (ctx) => calendarDayNames(ctx.db),
  apply(_ctx, days, { runner }) {
    return days.filter((day, i) => runner.run(`calendar.${i}`, calendarSet, day) !== null).length;
  },
};
