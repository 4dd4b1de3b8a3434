import type { PortalDay } from '../../../protocol/portal';
import type { Lang } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import { dateVars, dayNameVars, dayStateKey, hoursText, weekdayKey } from './day-words';

/**
 * Days of the coming two weeks, one line each: the date and weekday, what kind of day it is (with the
 * calendar's holiday or 调休 name) and the hours. `hours` gives each day's hours text (see
 * protocol/portal.ts), or says they vary; a list, not a table, so it never needs sideways scrolling.
 */
export function DayList(props: { days: PortalDay[]; hours: (index: number) => string | null | 'varies'; testId: string }) {
  return (
    <ol class="portal-days" data-testid={props.testId}>
      {props.days.map((day, index) => {
        const hours = props.hours(index);
        return (
          <li key={day.date} class={`portal-day ${day.working ? 'is-working' : 'is-rest'}`} data-date={day.date}
            data-working={String(day.working)} data-testid={`${props.testId}-${day.date}`}>
            <span class="portal-day-date">
              <Text k="portal.date" vars={dateVars(day.date)} />
              <Text k={weekdayKey(day.weekday)} />
              {index === 0 ? <Text k="portal.hours.today" class="portal-day-today" /> : null}
            </span>
            <span class="portal-day-state">
              <span class="portal-day-sign" aria-hidden="true">{day.working ? '●' : '○'}</span>
              <Text k={dayStateKey(day)} varsOf={dayNameVars(day)} />
            </span>
            {day.working ? <DayHours hours={hours} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

function DayHours(props: { hours: string | null | 'varies' }) {
  if (props.hours === 'varies') return <span class="portal-day-hours"><Text k="portal.hours.varies" /></span>;
  const { hours } = props;
  return (
    <span class="portal-day-hours">
      <Text k="portal.hours.common" varsOf={(lang: Lang) => ({ hours: hoursText(hours, lang) })} />
    </span>
  );
}
