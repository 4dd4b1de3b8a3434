/**
 * The working-day calendar of one year (#/calendar/2026): its holidays and make-up working days (调休),
 * one day set or removed at a time, or many imported from a pasted list. Days it does not name follow
 * the ordinary week.
 */
import type { CalendarDayListed } from '../../../../protocol/calendar';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole, useHall } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { MnNameCell } from '../../kit/MnStatusTag';
import { useCommand } from '../../kit/use-command';
import { dateDayKey } from '../../kit/weekdays';
import type { ScreenProps } from '../screen';
import { CalendarDayForm } from './CalendarDayForm';
import { CalendarImport } from './CalendarImport';

function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function CalendarScreen(props: ScreenProps) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const today = useHall().snapshot?.hall.businessDay ?? new Date().toISOString().slice(0, 10);
  const asked = Number(props.path[0]);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today.slice(0, 4));
  const read = useCommand('calendar.list', { year });
  const days = read.data ?? [];

  const columns: Column<CalendarDayListed>[] = [
    { label: 'admin.calendar.date', cell: (d) => d.date, narrow: true },
    { label: 'admin.calendar.weekday', cell: (d) => t(dateDayKey(weekdayOf(d.date))), narrow: true },
    {
      label: 'admin.calendar.kind',
      narrow: true,
      cell: (d) => <span class={d.kind === 'holiday' ? 'state-off' : 'state-ok'}>{t(`admin.calendar.kind.${d.kind}`)}</span>,
    },
    { label: 'admin.calendar.name', cell: (d) => d.name },
    { label: 'admin.calendar.nameMn', cell: (d) => <MnNameCell mn={d.nameMn} status={d.nameMnStatus} testid={`calendar-mn-status-${d.date}`} /> },
  ];
  if (canEdit) {
    columns.push({
      label: 'admin.calendar.remove',
      narrow: true,
      cell: (d) => (
        <ConfirmButton label="admin.calendar.remove" testid={`calendar-remove-${d.date}`}
          message={t('admin.calendar.removeConfirm', { date: d.date, name: d.name })}
          onConfirm={async () => {
            await runCommand(stream, 'calendar.remove', { date: d.date });
            read.reload();
          }} />
      ),
    });
  }

  const holidays = days.filter((d) => d.kind === 'holiday').length;
  return (
    <div class="screen-stack" data-testid="calendar-screen">
      <ListPage
        testid="calendar-list"
        title="admin.calendar.title"
        rows={read.data}
        status={loadStatus(read)}
        columns={columns}
        rowKey={(d) => d.date}
        searchText={(d) => `${d.date} ${d.name} ${d.nameMn} ${t(`admin.calendar.kind.${d.kind}`)}`}
        toolbar={
          <div class="toolbar">
            <button type="button" class="plain-button" onClick={() => navigate(`calendar/${year - 1}`)}>
              <Text k="admin.calendar.prevYear" />
            </button>
            <strong class="toolbar-year" data-testid="calendar-year">{year}</strong>
            <button type="button" class="plain-button" onClick={() => navigate(`calendar/${year + 1}`)}>
              <Text k="admin.calendar.nextYear" />
            </button>
            <span class="toolbar-note">
              {t('admin.calendar.summary', { year, holidays, workdays: days.length - holidays })}
            </span>
            <p class="toolbar-explain">
              <Text k="admin.calendar.explain" />
            </p>
          </div>
        }
      />
      {canEdit ? (
        <div class="side-by-side">
          <CalendarDayForm year={year} onSaved={read.reload} />
          <CalendarImport onImported={read.reload} />
        </div>
      ) : null}
    </div>
  );
}
