/**
 * The signed-in console: one hall stream for the whole session (live snapshot, printer states, alerts,
 * config events), the header with who is logged in, the left navigation built from screens/index.ts
 * for the user's role, and the screen the hash names.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { createHallStream, type HallStream } from '../../../protocol/client/hall-stream';
import type { StaffLogin } from '../../../ui-kit/staff-auth';
import { DemoBanner } from '../../../ui-kit/DemoBanner';
import { Text, useLang } from '../../../ui-kit/i18n';
import { useSource } from '../../../ui-kit/use-source';
import { ConsoleProvider, type ConsoleApi } from '../kit/console';
import { navigate, useHashPath } from '../kit/route';
import { SCREENS } from '../screens';
import { AlertBell } from '../screens/supervision/AlertBell';

export function Shell(props: { session: StaffLogin; onLogout: (expired: boolean) => void }) {
  const { t } = useLang();
  const { session, onLogout } = props;
  const stream = useMemo<HallStream>(() => createHallStream({ auth: { token: session.token } }), [session.token]);
  useEffect(() => () => stream.close(), [stream]);
  const hall = useSource(stream);
  const path = useHashPath();

  useEffect(() => {
    if (hall.refusedWith === 'UNAUTHENTICATED') onLogout(true);
  }, [hall.refusedWith, onLogout]);

  const screens = SCREENS.filter((s) => s.roles.includes(session.user.role));
  const [id, ...rest] = path;
  const screen = screens.find((s) => s.id === id);
  const canEdit = session.user.role === 'admin' || (screen?.writers?.includes(session.user.role) ?? false);
  const api = useMemo<ConsoleApi>(() => ({
    user: session.user, canEdit, stream, token: session.token, navigate,
  }), [session.user, session.token, stream, canEdit]);

  return (
    <ConsoleProvider api={api}>
      <DemoBanner hall={hall.snapshot?.hall} />
      <div class="console">
        <header class="console-head">
          <span class="console-hall">{hall.snapshot?.hall.name ?? t('hall.name')}</span>
          <span class="console-title">
            <Text k="admin.title" />
          </span>
          {hall.status === 'offline' ? (
            <span class="conn-note" role="status">
              <Text k="admin.conn.offline" />
            </span>
          ) : null}
          {session.user.role === 'staff' ? null : <AlertBell />}
          <span class="console-user" data-testid="console-user">
            {t('admin.user', { name: session.user.displayName, role: t(`admin.role.${session.user.role}`) })}
          </span>
          <button type="button" class="plain-button" data-testid="logout" onClick={() => onLogout(false)}>
            <Text k="admin.logout" />
          </button>
        </header>
        <nav class="console-nav" aria-label={t('admin.nav.label')}>
          {screens.map((s) => (
            <a key={s.id} href={`#/${s.id}`} data-testid={`nav-${s.id}`} class={s.id === id ? 'current' : undefined}
              aria-current={s.id === id ? 'page' : undefined}>
              <Text k={s.title} />
            </a>
          ))}
        </nav>
        <main class="console-main">
          {!api.canEdit ? (
            <p class="notice read-only" role="status">
              <Text k="admin.readOnly" />
            </p>
          ) : null}
          {screen ? <screen.component key={screen.id} path={rest} /> : <Welcome unknown={id !== undefined} />}
        </main>
      </div>
    </ConsoleProvider>
  );
}

function Welcome(props: { unknown: boolean }) {
  return (
    <section class="welcome">
      <h1>
        <Text k={props.unknown ? 'admin.notFound' : 'admin.home.title'} />
      </h1>
      <p>
        <Text k="admin.home.body" />
      </p>
      {props.unknown ? null : (
        <p class="notice">
          <Text k="admin.home.steps" />
        </p>
      )}
    </section>
  );
}
