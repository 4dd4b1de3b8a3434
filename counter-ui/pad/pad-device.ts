/**
 * Which window this pad stands at, asked once from GET /api/auth/me with the device key: the admin
 * binds a rating-pad key to a counter when issuing it, so the pad needs no setting of its own.
 */
import type { DeviceKind } from '../../protocol/views';
import { refusalProblem } from '../../ui-kit/device-setup/device-problem';

/**
 * What the key turned out to be: this window's pad; a pad bound to no counter (or a staff credential);
 * the key of another kind of device; or refused, with the server's code (unknown or revoked key).
 */
export type PadIdentity =
  | { kind: 'pad'; deviceId: number; counterId: number }
  | { kind: 'not-bound' }
  | { kind: 'other-device'; deviceKind: DeviceKind }
  | { kind: 'refused'; code: string };

/** Reads an /api/auth/me answer; null when it is neither a device nor a refusal (junk, server trouble). */
export function padIdentityOf(body: unknown): PadIdentity | null {
  if (!isRecord(body)) return null;
  if (body.ok === false) {
    const code = isRecord(body.error) ? body.error.code : undefined;
    return typeof code === 'string' && refusalProblem(code) ? { kind: 'refused', code } : null;
  }
  if (body.ok !== true || !isRecord(body.data)) return null;
  const actor = body.data;
  if (actor.kind !== 'device' || typeof actor.deviceId !== 'number') return { kind: 'not-bound' };
  if (actor.deviceKind === 'kiosk' || actor.deviceKind === 'display') return { kind: 'other-device', deviceKind: actor.deviceKind };
  if (actor.deviceKind !== 'rating-pad' || typeof actor.counterId !== 'number') return { kind: 'not-bound' };
  return { kind: 'pad', deviceId: actor.deviceId, counterId: actor.counterId };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `origin` is for Node tests; a browser asks its own server. */
export async function fetchPadIdentity(deviceKey: string, origin = ''): Promise<PadIdentity | null> {
  const res = await fetch(`${origin}/api/auth/me`, { headers: { 'X-Device-Key': deviceKey }, cache: 'no-store' });
  return padIdentityOf(await res.json());
}
