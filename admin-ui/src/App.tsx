/**
 * Login → (the forced password change) → the console. Counter staff are told the console is not theirs;
 * admins and supervisors get the shell, whose screens decide what each role sees.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../../ui-kit/i18n';
import { PasswordChange } from '../../ui-kit/PasswordChange';
import { logOut, type StaffLogin } from '../../ui-kit/staff-auth';
import { clearSession, loadSession, saveSession } from './session';
import { StaffLoginForm } from '../../ui-kit/StaffLoginForm';
import { StaffOnlyScreen } from './login/StaffOnlyScreen';
import { Shell } from './shell/Shell';

export function App() {
  const { t } = useLang();
  const [session, setSession] = useState<StaffLogin | null>(loadSession);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    document.title = `${t('hall.name')} · ${t('admin.title')}`;
  }, [t]);

  const adopt = (next: StaffLogin): void => {
    saveSession(next);
    setExpired(false);
    setSession(next);
  };
  const leave = (becauseExpired: boolean): void => {
    if (session && !becauseExpired) void logOut(session.token);
    clearSession();
    setExpired(becauseExpired);
    setSession(null);
  };

  if (!session) return <StaffLoginForm title="admin.login.title" expired={expired} onLoggedIn={adopt} />;
  if (session.mustChangePassword) {
    return (
      <PasswordChange
        token={session.token}
        onChanged={() => adopt({ ...session, mustChangePassword: false })}
        onCancel={() => leave(false)}
        cancelLabel={t('admin.logout')}
      />
    );
  }
  if (session.user.role === 'staff') return <StaffOnlyScreen onLogout={() => leave(false)} />;
  return <Shell key={session.token} session={session} onLogout={leave} />;
}
