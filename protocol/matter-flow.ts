/**
 * Which state a matter may move to from where it stands: the one place the order is written. Pure and
 * shared: the server refuses with its answers, and the desk offers only the moves it allows.
 */
import type { MatterState } from './matters';

/** The states a matter may be recorded in at the counter (办结 comes later, never at once). */
export const FIRST_STATES = ['accepted', 'correction', 'rejected'] as const satisfies readonly MatterState[];

/**
 * 受理 → 补正, 办结 or 不予受理; 补正 → 受理 (the materials came), another 补正 (a new list), 办结 or 不予受理;
 * 办结 and 不予受理 are final.
 */
const NEXT: Readonly<Record<MatterState, readonly MatterState[]>> = {
  accepted: ['correction', 'completed', 'rejected'],
  correction: ['accepted', 'correction', 'completed', 'rejected'],
  completed: [],
  rejected: [],
};

export function isFinal(state: MatterState): boolean {
  return NEXT[state].length === 0;
}

/** The states a matter in `state` may move to (what the desk offers). */
export function nextStates(state: MatterState): readonly MatterState[] {
  return NEXT[state];
}

/** null when the move may be made; otherwise why not. */
export function moveRefusal(from: MatterState, to: MatterState): 'MATTER_CLOSED' | 'MATTER_STATE_INVALID' | null {
  if (isFinal(from)) return 'MATTER_CLOSED';
  return NEXT[from].includes(to) ? null : 'MATTER_STATE_INVALID';
}

/** What a state needs besides itself: 补正 a list of materials, 不予受理 a reason; the field that is missing, or null. */
export function missingDetail(state: MatterState, detail: { materials: readonly string[]; reason: string | null }):
  'materials' | 'reason' | null {
  if (state === 'correction' && detail.materials.length === 0) return 'materials';
  if (state === 'rejected' && (detail.reason ?? '') === '') return 'reason';
  return null;
}

/** Details a state does not take: materials belong to 补正 and a reason to 不予受理 alone. */
export function strayDetail(state: MatterState, detail: { materials: readonly string[]; reason: string | null }):
  'materials' | 'reason' | null {
  if (state !== 'correction' && detail.materials.length > 0) return 'materials';
  if (state !== 'rejected' && detail.reason !== null) return 'reason';
  return null;
}
