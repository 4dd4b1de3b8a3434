/**
 * What the kiosk says about the wait for a service or a centre. "无需等候" is a promise that someone will
 * serve the resident at once: it is said only while a window that serves it is open. With no window open
 * the kiosk says so (a ticket may still be taken, for when one opens), and gives no estimate either.
 */
export type WaitWords =
  | { kind: 'estimate'; minutes: number }
  | { kind: 'noWait' }
  | { kind: 'noWindow' };

export function waitWords(waiting: number, estimateMinutes: number, windowsOpen: number): WaitWords {
  if (windowsOpen === 0) return { kind: 'noWindow' };
  if (waiting > 0) return { kind: 'estimate', minutes: estimateMinutes };
  return { kind: 'noWait' };
}
