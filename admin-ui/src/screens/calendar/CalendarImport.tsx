import { useState } from 'preact/hooks';
import { Text, useLang } from '../../../../ui-kit/i18n';
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import { TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { useCommandForm, type CommandForm } from '../../kit/use-command-form';

const REASONS: Record<string, UiKey> = {
  format: 'admin.calendar.reason.format',
  date: 'admin.calendar.reason.date',
  kind: 'admin.calendar.reason.kind',
  name: 'admin.calendar.reason.name',
  nameMn: 'admin.calendar.reason.nameMn',
  repeated: 'admin.calendar.reason.repeated',
  empty: 'admin.calendar.reason.empty',
};

/**
 * A pasted list, one day a line. The server reads it whole or refuses it whole, naming every bad line as
 * `text:<line>:<reason>`; those are listed here line by line.
 */
export function CalendarImport(props: { onImported: () => void }) {
  const { t } = useLang();
  const form = useCommandForm('calendar.import', { text: '' });
  const [imported, setImported] = useState<number | null>(null);
  return (
    <section class="panel">
      <h2>
        <Text k="admin.calendar.import" />
      </h2>
      <p class="form-hint">
        <Text k="admin.calendar.importHint" />
      </p>
      <pre class="example">{t('admin.calendar.importExample')}</pre>
      <FormShell form={form} submitLabel="admin.calendar.importSubmit" testid="calendar-import-form"
        onDone={(answer) => {
          setImported(answer.imported);
          form.reset({ text: '' });
          props.onImported();
        }}>
        <TextField form={form} name="text" label="admin.calendar.import" multiline wide />
        <LineProblems form={form} />
      </FormShell>
      {imported !== null ? <p class="ok-note" role="status">{t('admin.calendar.imported', { n: imported })}</p> : null}
    </section>
  );
}

function LineProblems(props: { form: CommandForm<'calendar.import'> }) {
  const { t } = useLang();
  const lines = props.form.problemEntries().flatMap(([path]) => {
    const match = /^text:(\d+):(\w+)$/.exec(path);
    if (!match) return [];
    props.form.claim(path);
    const reason = REASONS[match[2] ?? ''] ?? 'admin.field.invalid';
    return [{ path, line: Number(match[1]), text: t(reason) }];
  });
  if (lines.length === 0) return null;
  return (
    <ul class="line-problems wide" data-testid="import-problems">
      {lines.map((l) => (
        <li key={l.path}>{l.line > 0 ? t('admin.calendar.importLine', { line: l.line, reason: l.text }) : l.text}</li>
      ))}
    </ul>
  );
}
