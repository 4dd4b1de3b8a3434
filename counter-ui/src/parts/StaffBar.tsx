import type { ComponentChildren } from 'preact';
import type { ConnectionStatus } from '../../../protocol/client/hall-stream';
import { Text } from '../../../ui-kit/i18n';
import type { StaffSession } from '../session';

/** Top bar of every signed-in page: who is working, the connection, and the way out. */
export function StaffBar(props: {
  session: StaffSession;
  status: ConnectionStatus;
  onLogout: () => void;
  children?: ComponentChildren;
}) {
  return (
    <header class="staff-bar">
      <div class="staff-bar-main">{props.children}</div>
      {props.status === 'offline' ? (
        <span class="conn-warning" role="status">
          <span aria-hidden="true">⟳ </span>
          <Text k="conn.offline" />
        </span>
      ) : null}
      <span class="staff-name">
        <Text k="desk.pick.staff" vars={{ name: props.session.user.displayName }} />
      </span>
      <button type="button" class="bar-button" data-testid="logout" onClick={props.onLogout}>
        <Text k="desk.logout" />
      </button>
    </header>
  );
}
