/**
 * Counter (窗口) states: closed → open (a staff member logs in) ⇄ paused (暂停) → closed. When nothing
 * changes, the very same object comes back, so a caller can skip the write with `value === counter`.
 */
import type { Counter, EngineResult } from './types';

/** Log in at a counter. Logging in again at your own counter (a reload, a second tab) is fine. */
export function openCounter(counter: Counter, staffId: number): EngineResult<Counter> {
  if (counter.status === 'closed') return { ok: true, value: { ...counter, status: 'open', staffId } };
  if (counter.staffId === staffId) return { ok: true, value: counter };
  // An open counter without anybody recorded has nobody to take it from.
  if (counter.staffId === null) return { ok: true, value: { ...counter, staffId } };
  return { ok: false, code: 'COUNTER_TAKEN' };
}

/** Log out. A ticket still called or being served must be finished, transferred or held first. */
export function closeCounter(counter: Counter, hasTicketInHand: boolean): EngineResult<Counter> {
  if (hasTicketInHand) return { ok: false, code: 'COUNTER_BUSY' };
  if (counter.status === 'closed' && counter.staffId === null) return { ok: true, value: counter };
  return { ok: true, value: { ...counter, status: 'closed', staffId: null } };
}

/** 暂停: stop calling for a while; the staff member stays logged in. */
export function pauseCounter(counter: Counter, hasTicketInHand: boolean): EngineResult<Counter> {
  if (counter.status === 'closed') return { ok: false, code: 'COUNTER_NOT_OPEN' };
  if (hasTicketInHand) return { ok: false, code: 'COUNTER_BUSY' };
  if (counter.status === 'paused') return { ok: true, value: counter };
  return { ok: true, value: { ...counter, status: 'paused' } };
}

export function unpauseCounter(counter: Counter): EngineResult<Counter> {
  if (counter.status === 'closed') return { ok: false, code: 'COUNTER_NOT_OPEN' };
  if (counter.status === 'open') return { ok: true, value: counter };
  return { ok: true, value: { ...counter, status: 'open' } };
}
