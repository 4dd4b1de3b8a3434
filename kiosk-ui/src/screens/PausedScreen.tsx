import { Text } from '../../../ui-kit/i18n';
import { LangToggle } from '../../../ui-kit/LangToggle';
import { Sign } from '../../../ui-kit/Sign';
import type { ConnectionStatus } from '../../../protocol/client/hall-stream';
import { OfflineSince } from '../../../ui-kit/device-setup/OfflineSince';

/**
 * Shown while the kiosk has no live connection: calm words instead of an error, and nothing to tap that
 * could fail. Comes back by itself when the connection does. Below, for the staff, how long the server
 * has been away and, after a while, what to check. (A refused key is not a pause: ../../../ui-kit/device-setup.)
 */
export function PausedScreen(props: { status: ConnectionStatus }) {
  return (
    <div class="paused" role="status" data-testid="paused-screen">
      <div class="paused-lang">
        <LangToggle />
      </div>
      <p class="paused-hall">
        <Text k="hall.name" />
      </p>
      <h1 class="paused-title">
        <Sign name="pause" size={88} class="paused-sign" />
        <Text k="kiosk.paused.title" />
      </h1>
      <p class="paused-body">
        <Text k="kiosk.paused.body" />
      </p>
      <OfflineSince status={props.status} class="paused-offline" />
    </div>
  );
}
