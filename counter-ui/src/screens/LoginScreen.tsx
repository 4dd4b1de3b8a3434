import { useState } from 'preact/hooks';
import { Text, useLang } from '../../../ui-kit/i18n';
import { logIn, type StaffSession } from '../session';
import { ProblemNote, type Problem } from '../parts/Problem';

export function LoginScreen(props: { expired: boolean; onLoggedIn: (session: StaffSession) => void }) {
  const { t } = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const outcome = await logIn(username.trim(), password);
    setBusy(false);
    if (outcome.kind === 'ok') props.onLoggedIn(outcome.session);
    else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  }

  return (
    <main class="login">
      <form class="login-form" onSubmit={(e) => void submit(e)}>
        <p class="login-hall">
          <Text k="hall.name" />
        </p>
        <h1 class="login-title">
          <Text k="desk.login.title" />
        </h1>
        {props.expired && !problem ? (
          <p class="notice" role="status">
            <Text k="desk.session.expired" />
          </p>
        ) : null}
        <label class="field">
          <span>{t('desk.login.username')}</span>
          <input
            name="username"
            data-testid="login-username"
            autocomplete="username"
            required
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('desk.login.password')}</span>
          <input
            name="password"
            data-testid="login-password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <ProblemNote problem={problem} />
        <button type="submit" class="primary-button" data-testid="login-submit" disabled={busy}>
          <Text k={busy ? 'desk.working' : 'desk.login.submit'} />
        </button>
      </form>
    </main>
  );
}
