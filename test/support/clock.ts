import type { Clock } from '../../server/commands/context';

/** A clock the test moves by hand (the only thing besides hardware that tests may fake). */
export class ManualClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  set(ms: number): void {
    this.current = ms;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/** Epoch ms of a wall-clock time in Beijing time, e.g. at('2026-11-28T09:00:00'). */
export function beijing(local: string): number {
  return Date.parse(`${local}+08:00`);
}
