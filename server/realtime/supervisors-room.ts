/**
 * The supervisors' room: every socket of a supervisor or admin session, for what only they may hear of
 * (follow-up cases, and the 电子监察 board and alerts: ./supervision-room.ts). A socket joins when it
 * connects; a role changed later takes effect at its next connection, except that an account no longer a
 * supervisor or admin leaves at once (server/supervision/live.ts), since the board names people.
 */
import type { Actor } from '../auth/actor';

export const SUPERVISORS_ROOM = 'supervisors';

export function joinsSupervisors(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'supervisor' || actor.role === 'admin');
}
