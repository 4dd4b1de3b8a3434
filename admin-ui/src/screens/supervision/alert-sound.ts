/**
 * The alert sound: a short two-note chime made by the browser (Web Audio), no audio file. Whether it
 * plays is the user's choice, kept in this browser (localStorage) across reloads. Browsers refuse to
 * start sound before the person has touched the page; the console then says so and how to allow it,
 * and the first click anywhere (or the 试听 button) lets it sound.
 */
export type SoundStatus = 'off' | 'on' | 'blocked';

const PREFERENCE_KEY = 'hall.console.alertSound';

/** The one rule: off when the user chose off; blocked when wanted but the browser has not let sound start. */
export function soundStatus(wanted: boolean, audio: AudioContextState | null): SoundStatus {
  if (!wanted) return 'off';
  return audio === 'running' ? 'on' : 'blocked';
}

export function soundWanted(): boolean {
  try {
    return localStorage.getItem(PREFERENCE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSoundWanted(on: boolean): void {
  try {
    localStorage.setItem(PREFERENCE_KEY, on ? 'on' : 'off');
  } catch {
    // A browser that keeps nothing: the choice lasts until the page closes.
  }
}

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  try {
    context = new AudioContext();
  } catch {
    context = null;
  }
  return context;
}

/** The audio state now (null: the browser has no Web Audio). */
export function audioState(): AudioContextState | null {
  return audio()?.state ?? null;
}

/** Asks the browser to let sound start (it agrees only after the person has touched the page). */
export async function unlockAudio(): Promise<AudioContextState | null> {
  const ctx = audio();
  if (!ctx) return null;
  if (ctx.state === 'suspended') {
    // A refused resume may never settle: give it a moment, then look.
    await Promise.race([ctx.resume().catch(() => undefined), new Promise((r) => setTimeout(r, 300))]);
  }
  return ctx.state;
}

/** Plays the chime if the browser lets it; answers whether it sounded. */
export async function playChime(): Promise<boolean> {
  const ctx = audio();
  if (!ctx || (await unlockAudio()) !== 'running') return false;
  const start = ctx.currentTime;
  for (const [i, frequency] of [880, 660].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const at = start + i * 0.22;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.21);
  }
  return true;
}
