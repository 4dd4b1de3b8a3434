/** Public holidays and make-up working days. Days the file does not name are left as they are. */
import type { ConfigSection } from './section';
import { calendarSet } from '../commands/admin-calendar';
import { allCalendarDays } from '../db/queries/calendar';

export const calendarSection: ConfigSection<'calendar'> = {
  key: 'calendar',
  read: (ctx) => allCalendarDays(ctx.db),
  apply(_ctx, days, { runner }) {
    return days.filter((day, i) => runner.run(`calendar.${i}`, calendarSet, day) !== null).length;
  },
};
