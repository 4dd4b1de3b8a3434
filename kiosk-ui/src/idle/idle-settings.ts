/**
 * How long the kiosk waits for a touch before it offers to start over, and how long the offer stands.
 * Generous on purpose: an elderly resident may read a guide for a long time, and must never lose a
 * screen without a visible warning and a way to stay.
 */
export interface IdleTimes {
  /** Without a touch for this long, the countdown overlay appears. */
  idleMs: number;
  /** The countdown shown before returning home. */
  countdownMs: number;
}

export const IDLE_TIMES: IdleTimes = { idleMs: 60_000, countdownMs: 10_000 };

/** The issued ticket stays longer: the resident copies the number, scans the code, takes the slip. */
export const TICKET_IDLE_TIMES: IdleTimes = { idleMs: 90_000, countdownMs: 10_000 };
