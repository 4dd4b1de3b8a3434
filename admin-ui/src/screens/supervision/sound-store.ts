/**
 * The console's alert sound as one small store: whether it is on, off or blocked by the browser, and how
 * many chimes sounded (the bell shows it to tests as `data-chimes`). The header's bell chimes through it;
 * the 电子监察 screen switches it and shows when the browser blocks it.
 */
import type { Subscribable } from '../../../../ui-kit/use-source';
import { audioState, playChime, setSoundWanted, soundStatus, soundWanted, unlockAudio, type SoundStatus } from './alert-sound';

export interface SoundState {
  status: SoundStatus;
  chimes: number;
}

class SoundStore implements Subscribable<SoundState> {
  private current: SoundState | null = null;
  private readonly listeners = new Set<(state: SoundState) => void>();

  get state(): SoundState {
    this.current ??= { status: soundStatus(soundWanted(), audioState()), chimes: 0 };
    return this.current;
  }

  subscribe(listener: (state: SoundState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<SoundState>): void {
    this.current = { ...this.state, status: soundStatus(soundWanted(), audioState()), ...patch };
    for (const listener of this.listeners) listener(this.current);
  }

  /** After a click anywhere: the browser may now let sound start. */
  async unlock(): Promise<void> {
    await unlockAudio();
    this.update({});
  }

  async setWanted(on: boolean): Promise<void> {
    setSoundWanted(on);
    if (on) await unlockAudio();
    this.update({});
  }

  /** An alert was raised: chime if the user wants sound and the browser allows it. */
  async chime(): Promise<void> {
    if (!soundWanted()) return;
    const played = await playChime();
    this.update(played ? { chimes: this.state.chimes + 1 } : {});
  }

  /** 试听: a click, so the browser lets it sound from now on. */
  async tryNow(): Promise<void> {
    const played = await playChime();
    this.update(played ? { chimes: this.state.chimes + 1 } : {});
  }
}

export const alertSound = new SoundStore();
