/**
 * The staff login (counter desk and admin console): user name and password, checked by the server's
 * auth.login. Each page names itself in the title and decides what to keep of the login it gets back.
 */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../protocol/catalog';
import type { ErrorCode } from '../protocol/errors';
import { ErrorNote } from './ErrorNote';
import { Text, useLang } from './i18n';
import { logIn, type StaffLogin } from './staff-auth';

export function StaffLoginForm(props: { title: MessageKey; expired: boolean; onLoggedIn: (login: StaffLogin) => void }) {
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
          <Text k={props.title} />
        </h1>
        {props.expired && !problem ? (
          <p class="notice" role="status">
            <Text k="account.login.expired" />
          </p>
        ) : null}
        <label class="field">
          <span>{t('account.login.username')}</span>
          <input name="username" data-testid="login-username" autocomplete="username" required value={username}
            onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('account.login.password')}</span>
          <input name="password" data-testid="login-password" type="password" autocomplete="current-password" required
            value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {problem === 'unanswered' ? (
          <p class="error-note" role="alert">
            <span class="error-sign" aria-hidden="true">!</span>
            {t('account.unanswered')}
          </p>
        ) : problem ? <ErrorNote code={problem} /> : null}
        <button type="submit" class="primary-button" data-testid="login-submit" disabled={busy}>
          <Text k={busy ? 'account.login.working' : 'account.login.submit'} />
        </button>
      </form>
    </main>
  );
}
