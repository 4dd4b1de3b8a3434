/**
 * One notice: its text in Chinese (and Mongolian, when there is one) and the wall-clock times, in the
 * hall's zone, between which it shows. New (`id` null) or an existing one, which may also be removed.
 */
import { useMemo, useState } from 'preact/hooks';
import type { AnnouncementView } from '../../../../protocol/public-info';
import { epochOfLocal, localInputValue } from '../../../../protocol/local-time';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole, useHall } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { FieldFrame, TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type CommandForm, type FormValues } from '../../kit/use-command-form';
import '../public-info.css';
import { useFormFor } from '../../kit/use-form-for';

const HOUR = 3_600_000;

/** The form holds the times as typed ("YYYY-MM-DDTHH:MM"); the command takes moments. */
function preparer(timezone: string): (values: FormValues) => FormValues {
  return (values) => {
    const { startsLocal, endsLocal, textMn, ...rest } = values;
    return {
      ...rest,
      ...(typeof textMn === 'string' && textMn.trim() !== '' ? { textMn } : {}),
      startsAt: epochOfLocal(String(startsLocal ?? ''), timezone),
      endsAt: epochOfLocal(String(endsLocal ?? ''), timezone),
    };
  };
}

function valuesOf(n: AnnouncementView, timezone: string): FormValues {
  return { id: n.id, text: n.text, textMn: n.textMn, startsLocal: localInputValue(n.startsAt, timezone), endsLocal: localInputValue(n.endsAt, timezone) };
}

function TimeField<N extends 'announcement.create' | 'announcement.update'>(props: { form: CommandForm<N>; name: string; path: string;
  label: 'admin.notices.startsAt' | 'admin.notices.endsAt'; readOnly: boolean }) {
  const { form, name } = props;
  return (
    <FieldFrame form={form} path={props.path} label={props.label}>
      <input type="datetime-local" name={name} data-testid={`field-${props.path}`} value={String(form.values[name] ?? '')}
        readOnly={props.readOnly} aria-invalid={form.problemAt(props.path) ? true : undefined}
        onInput={(e) => form.set(name, e.currentTarget.value)} />
    </FieldFrame>
  );
}

function NoticeFields<N extends 'announcement.create' | 'announcement.update'>(props: { form: CommandForm<N>; readOnly: boolean }) {
  const { form, readOnly } = props;
  return (
    <>
      <TextField form={form} name="text" label="admin.notices.text" multiline wide readOnly={readOnly} />
      <TextField form={form} name="textMn" label="admin.notices.textMn" multiline wide mongolian readOnly={readOnly} />
      <TimeField form={form} name="startsLocal" path="startsAt" label="admin.notices.startsAt" readOnly={readOnly} />
      <TimeField form={form} name="endsLocal" path="endsAt" label="admin.notices.endsAt" readOnly={readOnly} />
    </>
  );
}

export function NoticeForm(props: { id: number | null }) {
  return props.id === null ? <NewNotice /> : <EditNotice id={props.id} />;
}

function NewNotice() {
  const { t } = useLang();
  const { navigate } = useConsole();
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const prepare = useMemo(() => preparer(timezone), [timezone]);
  const [initial] = useState(() => {
    const now = Date.now();
    return { text: '', textMn: '', startsLocal: localInputValue(now, timezone), endsLocal: localInputValue(now + 8 * HOUR, timezone) };
  });
  const form = useCommandForm('announcement.create', initial, prepare);
  return (
    <section class="form-page" data-testid="notice-form">
      <header class="screen-head">
        <h1>{t('admin.notices.new')}</h1>
        <a class="plain-button" href="#/notices"><Text k="admin.kit.back" /></a>
      </header>
      <FormShell form={form} testid="notice-create" onDone={(n) => navigate(`notices/${n.id}`)}>
        <NoticeFields form={form} readOnly={false} />
      </FormShell>
    </section>
  );
}

function EditNotice(props: { id: number }) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const prepare = useMemo(() => preparer(timezone), [timezone]);
  const read = useCommand('announcement.get', { id: props.id });
  const form = useCommandForm('announcement.update', { id: props.id }, prepare);
  const [saved, setSaved] = useState(false);
  const notice = useFormFor(read.data, form, (n) => valuesOf(n, timezone), [timezone]);
  if (!notice) return <section class="form-page">{loadStatus(read)}</section>;
  return (
    <section class="form-page" data-testid="notice-form">
      <header class="screen-head">
        <h1>{t('admin.notices.edit')}</h1>
        <a class="plain-button" href="#/notices"><Text k="admin.kit.back" /></a>
      </header>
      <FormShell form={form} readOnly={!canEdit} testid="notice-update"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={canEdit ? (
          <ConfirmButton label="admin.notices.remove" testid="notice-remove"
            message={t('admin.notices.removeConfirm', { text: notice.text })}
            onConfirm={async () => {
              const outcome = await runCommand(stream, 'announcement.remove', { id: notice.id });
              if (outcome.kind === 'ok') navigate('notices');
            }} />
        ) : null}>
        <NoticeFields form={form} readOnly={!canEdit} />
      </FormShell>
      {saved ? <p class="ok-note" role="status">{t('admin.notices.saved')}</p> : null}
    </section>
  );
}
