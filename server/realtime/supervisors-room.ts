/**
 * The supervisors' room: every socket of a supervisor or admin session, for what only they may hear of
 * (follow-up cases now; supervision alerts may use it too). A socket joins when it connects; a role
 * changed later takes effect at its next connection, and what is sent here carries no more than ids and
 * states, so anything behind them is still read through commands that check the caller each time.
 */
import type { Actor } from '../auth/actor';

export const SUPERVISORS_ROOM = 'supervisors';

export function joinsSupervisors(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'supervisor' || actor.role === 'admin');
}
