/**
 * Who sends a command: a logged-in user, a registered device, or an anonymous client (phone pages).
 */
import type { Role, DeviceKind } from '../../protocol/views';
import type { DisplayScope } from '../../protocol/display-kind';

export type Actor =
  /** `mustChangePassword`: the password was set by an admin; only auth.changePassword is accepted. */
  | { kind: 'user'; userId: number; role: Role; displayName: string; mustChangePassword: boolean }
  /** centreIds: the centres a kiosk offers (empty: all of them); displayScope: what a display receives (null: not a display). */
  | { kind: 'device'; deviceId: number; deviceKind: DeviceKind; printerId: string | null; counterId: number | null;
      centreIds: readonly string[]; displayScope?: DisplayScope | null }
  /** address: where the call came from (the transport sets it), which limits per caller count against. */
  | { kind: 'anonymous'; address?: string };

/**
 * Callers a command admits: user roles, device kinds, 'anonymous' for callers without a credential
 * (phone pages), or 'everyone' for public reads that anybody may make.
 */
export type Permit = Role | `device:${DeviceKind}` | 'anonymous' | 'everyone';

export function permits(actor: Actor, allowed: readonly Permit[]): boolean {
  if (allowed.includes('everyone')) return true;
  if (actor.kind === 'anonymous') return allowed.includes('anonymous');
  if (actor.kind === 'user') return allowed.includes(actor.role);
  if (actor.kind === 'device') return allowed.includes(`device:${actor.deviceKind}`);
  return false;
}

/** The caller as the transport saw it: an anonymous caller is known by its address alone. */
export function withAddress(actor: Actor, address: string): Actor {
  return actor.kind === 'anonymous' ? { kind: 'anonymous', address } : actor;
}

/** Stable issuer id for idempotency keys and rate limits. */
export function issuerId(actor: Actor): string {
  if (actor.kind === 'user') return `user:${actor.userId}`;
  if (actor.kind === 'device') return `device:${actor.deviceId}`;
  return 'anonymous';
}
