/**
 * The 好差评 push in 大厅设置 (ratingPush.status / ratingPush.configure, admins): where new ratings are
 * sent, and a line that says how far the push has got (sent, waiting, the last success, the last
 * failure and when it tries again). The token is typed here and never shown back: only its last four
 * characters, and an empty field keeps the one stored.
 */
import { useState } from 'preact/hooks';
import type { PushFailure, RatingPushStatus } from '../../../../protocol/rating-push';
import { localDateTime } from '../../../../protocol/local-time';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useHall } from '../../kit/console';
import { NumberField, TextField } from '../../kit/fields';
import { CheckboxField } from '../../kit/CheckboxField';
import { FormShell } from '../../kit/FormShell';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import './push-section.css';
import { useFormFor } from '../../kit/use-form-for';

/** An empty URL is none; an empty token keeps the stored one, unless the admin asked to remove it. */
function prepare(values: FormValues): FormValues {
  const { clearToken, token, url, ...rest } = values;
  const prepared = { ...rest, url: typeof url === 'string' && url.trim() === '' ? null : url };
  if (clearToken === true) return { ...prepared, token: null };
  return token === '' || token === undefined ? prepared : { ...prepared, token };
}

function PushState(props: { status: RatingPushStatus; timezone: string }) {
  const { t } = useLang();
  const { settings, state } = props.status;
  const time = (at: number): string => localDateTime(at, props.timezone);
  const failure = (f: PushFailure): string => (f.startsWith('http:')
    ? t('admin.push.error.http', { status: f.slice(5) }) : t(`admin.push.error.${f === 'timeout' || f === 'unreachable' ? f : 'protocol'}`));
  return (
    <dl class="facts" data-testid="push-state">
      <dt class="facts-title"><Text k="admin.push.state" /></dt>
      <dd>{settings.enabled ? t('admin.push.state.line', { sent: state.sentTotal, pending: state.pending }) : t('admin.push.state.off')}</dd>
      <dd>{state.lastSuccessAt === null ? t('admin.push.never') : t('admin.push.lastSuccess', { time: time(state.lastSuccessAt) })}</dd>
      {state.lastError !== null ? (
        <dd class="push-error" role="status">
          {t('admin.push.lastError', { error: failure(state.lastError), failures: state.failures })}
          {state.nextAttemptAt !== null ? ` · ${t('admin.push.nextAttempt', { time: time(state.nextAttemptAt) })}` : ''}
        </dd>
      ) : null}
    </dl>
  );
}

export function RatingPushSection() {
  const { t } = useLang();
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const read = useCommand('ratingPush.status', {});
  const form = useCommandForm('ratingPush.configure', {}, prepare);
  const [saved, setSaved] = useState(false);
  const status = useFormFor(read.data, form, (s) => ({ enabled: s.settings.enabled, url: s.settings.url ?? '', batchSize: s.settings.batchSize, token: '' }));

  if (!status) return null;
  return (
    <section class="push-section" data-testid="push-section">
      <h2><Text k="admin.push.title" /></h2>
      <p class="muted"><Text k="admin.push.intro" /></p>
      <FormShell form={form} testid="push-form" submitTestid="push-submit" submitLabel="admin.push.save"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={saved && !form.problem && !form.busy ? <p class="ok-note" role="status" data-testid="push-saved"><Text k="admin.kit.saved" /></p> : null}>
        <CheckboxField form={form} name="enabled" label="admin.push.enabled" />
        <TextField form={form} name="url" label="admin.push.url" hint="admin.push.urlHint" placeholder="http://192.168.1.20:8080/haochaping" wide />
        <NumberField form={form} name="batchSize" label="admin.push.batchSize" />
        <TextField form={form} name="token" label="admin.push.token" hint="admin.push.tokenHint" type="password" />
        <p class="muted" data-testid="push-token-hint">
          {status.settings.tokenHint === null ? t('admin.push.tokenNone') : t('admin.push.tokenStored', { hint: status.settings.tokenHint })}
        </p>
        {status.settings.tokenHint !== null ? <CheckboxField form={form} name="clearToken" label="admin.push.clearToken" /> : null}
      </FormShell>
      <PushState status={status} timezone={timezone} />
    </section>
  );
}
