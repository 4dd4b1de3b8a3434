/**
 * Whether the display may make a sound. A browser that was not started for kiosk use (Chromium's
 * `--autoplay-policy=no-user-gesture-required`, docs/OPERATIONS.md "Voice") keeps audio suspended until
 * someone touches the page; the display then says so on screen, and one tap anywhere turns sound on.
 */
import { emitVoiceEvent } from './voice-events';

export interface SoundState {
  readonly blocked: boolean;
  subscribe(listener: (blocked: boolean) => void): () => void;
  /** Asks the browser to allow sound (it will, inside a tap or a key press). */
  unlock(): void;
}

export function watchSound(audio: AudioContext, target: EventTarget = document): SoundState {
  const listeners = new Set<(blocked: boolean) => void>();
  let blocked = audio.state === 'suspended';
  const update = (): void => {
    const now = audio.state === 'suspended';
    if (now === blocked) return;
    blocked = now;
    emitVoiceEvent({ kind: 'sound', blocked });
    for (const listener of listeners) listener(blocked);
  };
  const unlock = (): void => {
    if (audio.state === 'suspended') void audio.resume().then(update, update);
  };
  audio.addEventListener('statechange', update);
  // Any tap or key on the page counts: the person need not find the note itself.
  for (const type of ['pointerdown', 'keydown', 'touchend']) target.addEventListener(type, unlock, { capture: true });
  // A kiosk browser started with the flag plays at once; a plain one stays suspended (and says so).
  unlock();
  if (blocked) emitVoiceEvent({ kind: 'sound', blocked });
  return {
    get blocked() {
      return blocked;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unlock,
  };
}
