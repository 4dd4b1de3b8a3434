import { Text } from '../../ui-kit/i18n';
import { useSource } from '../../ui-kit/use-source';
import type { CallSound } from './call-sound';

/**
 * Phones keep a page silent until it is touched: while the sound is locked, a big button unlocks it
 * (and plays a short tone); once it is on, a quiet line says so.
 */
export function SoundSwitch(props: { sound: CallSound }) {
  const state = useSource(props.sound);
  if (state === 'unavailable') return null;
  if (state === 'ready') {
    return (
      <p class="phone-sound-on" data-testid="phone-sound-on" role="status">
        <SpeakerSign />
        <Text k="phone.sound.on" />
      </p>
    );
  }
  return (
    <div class="phone-sound">
      <button
        type="button"
        class="phone-sound-button"
        data-testid="phone-sound-enable"
        onClick={() => void props.sound.unlock(true)}
      >
        <SpeakerSign />
        <Text k="phone.sound.enable" />
      </button>
      <p class="phone-sound-hint">
        <Text k="phone.sound.hint" />
      </p>
    </div>
  );
}

function SpeakerSign() {
  return (
    <svg
      class="phone-sound-sign"
      width="32"
      height="32"
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      stroke-width="4"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M8 18h8l10-8v28l-10-8H8z" />
      <path d="M32 17a9 9 0 0 1 0 14" />
      <path d="M37 12a16 16 0 0 1 0 24" />
    </svg>
  );
}
