/**
 * Shown over the display while the browser blocks sound: what is wrong, that one tap turns the voice on,
 * and, for the technician, the kiosk flag that makes the tap unnecessary. The whole note is the button.
 */
import { useEffect, useState } from 'preact/hooks';
import { Text } from '../../../ui-kit/i18n';
import type { SoundState } from './sound-state';
import './sound-note.css';

/** A loudspeaker struck through (drawn here: a display PC may have no emoji font). */
function MutedSpeaker() {
  return (
    <svg class="sound-note-icon" viewBox="0 0 48 48" aria-hidden="true">
      <path d="M6 18h9l12-10v32L15 30H6z" fill="currentColor" />
      <path d="M33 17l12 14M45 17L33 31" stroke="#f5c542" stroke-width="4" stroke-linecap="round" />
    </svg>
  );
}

/** The Chromium switch that lets a kiosk display play without a tap (docs/OPERATIONS.md "Voice"). */
const KIOSK_FLAG = '--autoplay-policy=no-user-gesture-required';

export function SoundNote(props: { sound: SoundState | null }) {
  const { sound } = props;
  const [blocked, setBlocked] = useState(sound?.blocked ?? false);
  useEffect(() => {
    if (!sound) return undefined;
    setBlocked(sound.blocked);
    return sound.subscribe(setBlocked);
  }, [sound]);
  if (!sound || !blocked) return null;
  return (
    <button type="button" class="sound-note" data-testid="sound-blocked" onClick={() => sound.unlock()}>
      <MutedSpeaker />
      <span class="sound-note-text">
        <strong><Text k="display.sound.blocked" bilingual /></strong>
        <Text k="display.sound.tap" bilingual />
        <small class="sound-note-tech"><Text k="display.sound.kiosk" vars={{ flag: KIOSK_FLAG }} /></small>
      </span>
    </button>
  );
}
