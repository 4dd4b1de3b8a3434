/** What a screen shows instead of its content while a read is on its way or after it failed. */
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../ui-kit/i18n';
import type { CommandRead } from './use-command';

/** null once data is there (a reload keeps showing the last data); else the loading or failure note. */
export function loadStatus<T>(read: CommandRead<T>) {
  if (read.data !== null) return null;
  return <LoadNote read={read} />;
}

function LoadNote<T>(props: { read: CommandRead<T> }) {
  const { t } = useLang();
  const { state } = props.read;
  if (state.kind === 'loading' || state.kind === 'ok') {
    return <p class="load-note" role="status"><Text k="admin.kit.loading" /></p>;
  }
  return (
    <div class="load-note">
      {state.kind === 'error' ? <ErrorNote code={state.code} /> : <p class="error-note" role="alert">{t('account.unanswered')}</p>}
      <button type="button" class="plain-button" onClick={props.read.reload}>
        <Text k="admin.kit.retry" />
      </button>
    </div>
  );
}
