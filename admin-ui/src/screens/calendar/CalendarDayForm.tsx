import { useState } from 'preact/hooks';
import { CALENDAR_DAY_KINDS } from '../../../../protocol/calendar';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { SelectField, TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { useCommandForm } from '../../kit/use-command-form';

/** Sets one date (adds it, or replaces what the calendar said of it), with its name's Mongolian if given. */
export function CalendarDayForm(props: { year: number; onSaved: () => void }) {
  const { t } = useLang();
  const form = useCommandForm('calendar.set', { date: `${props.year}-`, kind: 'holiday', name: '', nameMn: '' });
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section class="panel">
      <h2>
        <Text k="admin.calendar.add" />
      </h2>
      <FormShell form={form} submitLabel="admin.calendar.set" testid="calendar-day-form"
        onDone={(day) => {
          setSaved(day.date);
          form.reset({ date: `${props.year}-`, kind: day.kind, name: '', nameMn: '' });
          props.onSaved();
        }}>
        <TextField form={form} name="date" label="admin.calendar.date" placeholder="2026-10-01" />
        <SelectField form={form} name="kind" label="admin.calendar.kind"
          choices={CALENDAR_DAY_KINDS.map((kind) => ({ value: kind, label: t(`admin.calendar.kind.${kind}`) }))} />
        <TextField form={form} name="name" label="admin.calendar.name" wide placeholder="国庆节" />
        <TextField form={form} name="nameMn" label="admin.calendar.nameMn" hint="admin.structure.nameMnHint" wide mongolian />
      </FormShell>
      {saved ? <p class="ok-note" role="status">{saved} · {t('admin.kit.saved')}</p> : null}
    </section>
  );
}
