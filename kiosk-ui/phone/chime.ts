/**
 * The call chime, played with the Web Audio API: two falling tones ("ding-dong"), twice, generated in
 * the browser so no sound file is fetched. Kept as data so its length can be checked in tests.
 */
export interface Tone {
  /** Hz */
  frequency: number;
  /** Seconds after the chime starts. */
  at: number;
  /** Seconds. */
  duration: number;
}

export const CALL_CHIME: Tone[] = [
  { frequency: 880, at: 0, duration: 0.45 },
  { frequency: 660, at: 0.45, duration: 0.7 },
  { frequency: 880, at: 1.35, duration: 0.45 },
  { frequency: 660, at: 1.8, duration: 0.7 },
];

/** A short soft tone when sound is switched on, so the resident hears that it works. */
export const CONFIRM_CHIME: Tone[] = [{ frequency: 660, at: 0, duration: 0.25 }];
