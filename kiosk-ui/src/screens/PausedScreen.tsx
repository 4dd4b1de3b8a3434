import { Text } from '../../../ui-kit/i18n';
import { LangToggle } from '../../../ui-kit/LangToggle';
import { Sign } from '../../../ui-kit/Sign';

/**
 * Shown while the kiosk has no live connection: calm words instead of an error, and nothing to tap that
 * could fail. Comes back by itself when the connection does.
 */
export function PausedScreen(props: { refusedWith: string | null }) {
  const refused = props.refusedWith === 'UNAUTHENTICATED' || props.refusedWith === 'FORBIDDEN';
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
        <Text k={refused ? 'kiosk.device.refused' : 'kiosk.paused.body'} />
      </p>
    </div>
  );
}
