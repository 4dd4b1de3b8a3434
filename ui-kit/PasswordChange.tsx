/**
 * The forced password change after an admin set the password (new account, reset): the counter desk
 * and the admin console show it right after login, before anything else can be sent. The server checks
 * the rules (auth.changePassword's schema); this form only catches a mistyped repeat.
 */
import { useState } from 'preact/hooks';
import type { ErrorCode } from '../protocol/errors';
import { ErrorNote } from './ErrorNote';
import { Text, useLang } from './i18n';
import { changePassword } from './staff-auth';

type Problem = { field: 'currentPassword' | 'newPassword' | 'repeat' | null; code: ErrorCode | 'mismatch' | 'unanswered' };

export function PasswordChange(props: { token: string; onChanged: () => void; onCancel: () => void; cancelLabel: string }) {
  const { t } = useLang();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (next !== repeat) {
      setProblem({ field: 'repeat', code: 'mismatch' });
      return;
    }
    setBusy(true);
    setProblem(null);
    const outcome = await changePassword(props.token, current, next);
    setBusy(false);
    if (outcome.kind === 'ok') props.onChanged();
    else if (outcome.kind === 'unanswered') setProblem({ field: null, code: 'unanswered' });
    else {
      const fields = outcome.fields ?? [];
      const field = fields.includes('currentPassword') ? 'currentPassword' : fields.includes('newPassword') ? 'newPassword' : null;
      setProblem({ field, code: outcome.code });
    }
  }

  const note = (field: Problem['field']) => {
    if (!problem || problem.field !== field) return null;
    if (problem.code === 'mismatch') return <p class="field-error" role="alert">{t('account.password.mismatch')}</p>;
    if (problem.code === 'unanswered') return <p class="error-note" role="alert">{t('account.unanswered')}</p>;
    if (field === 'newPassword' && problem.code === 'BAD_REQUEST') return <p class="field-error" role="alert">{t('account.password.rule')}</p>;
    return <ErrorNote code={problem.code} class="field-error" />;
  };

  return (
    <main class="login">
      <form class="login-form" onSubmit={(e) => void submit(e)} data-testid="password-change">
        <h1 class="login-title">
          <Text k="account.password.title" />
        </h1>
        <p class="notice">
          <Text k="account.password.why" />
        </p>
        <label class="field">
          <span>{t('account.password.current')}</span>
          <input type="password" data-testid="password-current" autocomplete="current-password" required value={current}
            onInput={(e) => setCurrent(e.currentTarget.value)} />
        </label>
        {note('currentPassword')}
        <label class="field">
          <span>{t('account.password.new')}</span>
          <input type="password" data-testid="password-new" autocomplete="new-password" required value={next}
            onInput={(e) => setNext(e.currentTarget.value)} />
        </label>
        {note('newPassword')}
        <label class="field">
          <span>{t('account.password.repeat')}</span>
          <input type="password" data-testid="password-repeat" autocomplete="new-password" required value={repeat}
            onInput={(e) => setRepeat(e.currentTarget.value)} />
        </label>
        {note('repeat')}
        {note(null)}
        <button type="submit" class="primary-button" data-testid="password-submit" disabled={busy}>
          <Text k="account.password.submit" />
        </button>
        <button type="button" class="link-button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </form>
    </main>
  );
}
