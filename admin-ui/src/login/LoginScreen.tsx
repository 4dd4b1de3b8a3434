import { useState } from 'preact/hooks';
import type { ErrorCode } from '../../../protocol/errors';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../ui-kit/i18n';
import { logIn, type StaffLogin } from '../../../ui-kit/staff-auth';

export function LoginScreen(props: { expired: boolean; onLoggedIn: (session: StaffLogin) => void }) {
  const { t } = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ErrorCode | 'unanswered' | null>(null);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const outcome = await logIn(username.trim(), password);
    setBusy(false);
    if (outcome.kind === 'ok') props.onLoggedIn(outcome.data);
    else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  }

  return (
    <main class="login">
      <form class="login-form" onSubmit={(e) => void submit(e)}>
        <p class="login-hall">
          <Text k="hall.name" />
        </p>
        <h1 class="login-title">
          <Text k="admin.login.title" />
        </h1>
        {props.expired && !problem ? (
          <p class="notice" role="status">
            <Text k="admin.login.expired" />
          </p>
        ) : null}
        <label class="field">
          <span>{t('admin.login.username')}</span>
          <input name="username" data-testid="login-username" autocomplete="username" required value={username}
            onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('admin.login.password')}</span>
          <input name="password" data-testid="login-password" type="password" autocomplete="current-password" required
            value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {problem === 'unanswered' ? (
          <p class="error-note" role="alert">{t('account.unanswered')}</p>
        ) : problem ? <ErrorNote code={problem} /> : null}
        <button type="submit" class="primary-button" data-testid="login-submit" disabled={busy}>
          <Text k={busy ? 'admin.kit.working' : 'admin.login.submit'} />
        </button>
      </form>
    </main>
  );
}
