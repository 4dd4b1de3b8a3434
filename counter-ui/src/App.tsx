import { useEffect, useMemo, useState } from 'preact/hooks';
import { DemoBanner } from '../../ui-kit/DemoBanner';
import { createHallStream, type HallStream } from '../../protocol/client/hall-stream';
import { useLang } from '../../ui-kit/i18n';
import { useSource } from '../../ui-kit/use-source';
import { PasswordChange } from '../../ui-kit/PasswordChange';
import { clearSession, loadCounterId, loadSession, logOut, saveCounterId, saveSession, type StaffSession } from './session';
import { StaffLoginForm } from '../../ui-kit/StaffLoginForm';
import { PickCounterScreen } from './screens/PickCounterScreen';
import { DeskScreen } from './desk/DeskScreen';

/**
 * Login → (a new password, when an admin set the current one) → choose a counter → the desk. The hall
 * stream lives as long as the session.
 */
export function App() {
  const { t } = useLang();
  const [session, setSession] = useState<StaffSession | null>(loadSession);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    document.title = `${t('hall.name')} · ${t('desk.login.title')}`;
  }, [t]);

  if (!session) {
    return (
      <StaffLoginForm
        title="desk.login.title"
        expired={expired}
        onLoggedIn={(s) => {
          saveSession(s);
          setExpired(false);
          setSession(s);
        }}
      />
    );
  }
  if (session.mustChangePassword) {
    return (
      <PasswordChange
        token={session.token}
        cancelLabel={t('desk.logout')}
        onCancel={() => {
          void logOut(session.token);
          clearSession();
          setSession(null);
        }}
        onChanged={() => {
          const changed = { ...session, mustChangePassword: false };
          saveSession(changed);
          setSession(changed);
        }}
      />
    );
  }
  return (
    <SignedIn
      key={session.token}
      session={session}
      onLogout={(becauseExpired) => {
        if (!becauseExpired) void logOut(session.token);
        clearSession();
        setExpired(becauseExpired);
        setSession(null);
      }}
    />
  );
}

function SignedIn(props: { session: StaffSession; onLogout: (expired: boolean) => void }) {
  const stream = useMemo<HallStream>(() => createHallStream({ auth: { token: props.session.token } }), [props.session.token]);
  useEffect(() => () => stream.close(), [stream]);
  const hall = useSource(stream);
  const [counterId, setCounterId] = useState<number | null>(loadCounterId);
  const { onLogout } = props;

  useEffect(() => {
    if (hall.refusedWith === 'UNAUTHENTICATED') onLogout(true);
  }, [hall.refusedWith, onLogout]);

  const choose = (id: number | null): void => {
    saveCounterId(id);
    setCounterId(id);
  };
  if (counterId === null) {
    return (
      <>
        <DemoBanner hall={hall.snapshot?.hall} />
        <PickCounterScreen stream={stream} hall={hall} session={props.session} onPicked={choose} onLogout={() => onLogout(false)} />
      </>
    );
  }
  return (
    <>
      <DemoBanner hall={hall.snapshot?.hall} />
      <DeskScreen
      stream={stream}
      hall={hall}
      session={props.session}
      counterId={counterId}
      onLeave={() => choose(null)}
      onLogout={() => onLogout(false)}
      />
    </>
  );
}
