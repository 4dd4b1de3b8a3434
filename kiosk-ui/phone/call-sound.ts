/**
 * The phone's call sound. Browsers keep a page silent until the person has touched it, so the sound
 * starts 'locked' and is unlocked by a tap (the "开启声音提醒" button, or any tap on the page).
 * Tones are generated with the Web Audio API: nothing is fetched.
 */
import { CALL_CHIME, CONFIRM_CHIME, type Tone } from './chime';
import { watchable } from '../../protocol/client/watchable';

export type SoundState = 'unavailable' | 'locked' | 'ready';

export interface CallSound {
  readonly state: SoundState;
  subscribe(listener: (state: SoundState) => void): () => void;
  /** Must run inside a tap handler. `confirm` plays a short tone so the resident hears it works. */
  unlock(confirm: boolean): Promise<void>;
  ring(): void;
}

const PEAK_GAIN = 0.6;

export function createCallSound(): CallSound {
  const context = openContext();
  const watch = watchable<SoundState>(stateOf(context));

  const update = (): void => {
    const next = stateOf(context);
    if (next === watch.state) return;
    watch.set(next);
  };
  context?.addEventListener('statechange', update);

  function play(tones: Tone[]): void {
    if (!context || context.state !== 'running') return;
    const start = context.currentTime + 0.05;
    for (const tone of tones) {
      const at = start + tone.at;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.setValueAtTime(tone.frequency, at);
      // A quick rise and a long fall sound like a bell, and avoid the click of an abrupt start.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.duration);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + tone.duration + 0.05);
    }
  }

  return {
    get state() {
      return watch.state;
    },
    subscribe: (listener) => watch.subscribe(listener),
    async unlock(confirm) {
      if (!context) return;
      try {
        await context.resume();
      } catch {
        // Refused (no gesture): stays locked, the button remains.
      }
      update();
      if (confirm) play(CONFIRM_CHIME);
    },
    ring() {
      play(CALL_CHIME);
    },
  };
}

function openContext(): AudioContext | null {
  if (typeof AudioContext !== 'function') return null;
  try {
    return new AudioContext();
  } catch {
    return null;
  }
}

function stateOf(context: AudioContext | null): SoundState {
  if (!context || context.state === 'closed') return 'unavailable';
  return context.state === 'running' ? 'ready' : 'locked';
}
