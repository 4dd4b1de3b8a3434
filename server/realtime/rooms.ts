/** Room names: one for the whole hall, one per ticket (its phone page), one per service queue. */
import type { DisplayScope } from '../../protocol/display-kind';
import type { Actor } from '../auth/actor';

export const HALL_ROOM = 'hall';
export const ticketRoom = (ticketId: number): string => `ticket:${ticketId}`;
export const serviceRoom = (serviceId: string): string => `service:${serviceId}`;
export const deviceRoom = (deviceId: number): string => `device:${deviceId}`;
/** Pages without a hall snapshot that asked for the workbench's Mongolian (mnText.overrides): told when it may have changed. */
export const MN_TEXTS_ROOM = 'mn-texts';

/** Displays of one centre or one window share a room and take its events cut to their scope. */
const SCOPE_ROOM_PREFIX = 'scope:';

export function scopeRoom(scope: Exclude<DisplayScope, { kind: 'hall' }>): string {
  return scope.kind === 'centre' ? `${SCOPE_ROOM_PREFIX}centre:${scope.centreId}` : `${SCOPE_ROOM_PREFIX}counter:${scope.counterId}`;
}

/** The scope a scope room stands for, or null for any other room. */
export function scopeOfRoom(room: string): DisplayScope | null {
  if (!room.startsWith(SCOPE_ROOM_PREFIX)) return null;
  const [kind, id = ''] = room.slice(SCOPE_ROOM_PREFIX.length).split(/:(.*)/s);
  if (kind === 'centre') return { kind: 'centre', centreId: id };
  return kind === 'counter' ? { kind: 'counter', counterId: Number(id) } : null;
}

/** The room a client takes its hall events in: a scoped display its scope's room, any other the hall's. */
export function hallRoomOf(actor: Actor): string | null {
  if (actor.kind === 'anonymous') return null;
  if (actor.kind === 'device' && actor.displayScope && actor.displayScope.kind !== 'hall') return scopeRoom(actor.displayScope);
  return HALL_ROOM;
}

export function isHallRoom(room: string): boolean {
  return room === HALL_ROOM || room.startsWith(SCOPE_ROOM_PREFIX);
}
