/** The alert sound switch (kept in this browser), 试听, and what to do when the browser blocks sound. */
import { Text } from '../../../../ui-kit/i18n';
import { useSource } from '../../../../ui-kit/use-source';
import { alertSound } from './sound-store';

export function SoundControls() {
  const sound = useSource(alertSound);
  const on = sound.status !== 'off';
  return (
    <div class="sound-controls" data-testid="sound-controls" data-status={sound.status}>
      <button type="button" class="plain-button" aria-pressed={on} data-testid="sound-toggle" onClick={() => void alertSound.setWanted(!on)}>
        <span aria-hidden="true">{on ? '♪ ' : '× '}</span>
        <Text k={on ? 'admin.supervision.sound.on' : 'admin.supervision.sound.off'} />
      </button>
      {on ? (
        <button type="button" class="plain-button" data-testid="sound-try" onClick={() => void alertSound.tryNow()}>
          <Text k="admin.supervision.sound.try" />
        </button>
      ) : null}
      {sound.status === 'blocked' ? (
        <p class="sound-blocked" role="alert" data-testid="sound-blocked"><Text k="admin.supervision.sound.blocked" /></p>
      ) : null}
    </div>
  );
}
