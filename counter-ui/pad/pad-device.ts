/**
 * Which window this pad stands at, asked once from GET /api/auth/me with the device key: the admin
 * binds a rating-pad key to a counter when issuing it, so the pad needs no setting of its own.
 */

/** What the key turned out to be. `not-bound` covers a key of another device kind, or a pad bound to no counter. */
export type PadIdentity =
  | { kind: 'pad'; deviceId: number; counterId: number }
  | { kind: 'not-bound' }
  | { kind: 'refused' };

/** Reads an /api/auth/me answer; null when it is neither a device nor a refusal (junk, server trouble). */
export function padIdentityOf(body: unknown): PadIdentity | null {
  if (!isRecord(body)) return null;
  if (body.ok === false) {
    const code = isRecord(body.error) ? body.error.code : undefined;
    return code === 'UNAUTHENTICATED' ? { kind: 'refused' } : null;
  }
  if (body.ok !== true || !isRecord(body.data)) return null;
  const actor = body.data;
  if (actor.kind !== 'device' || typeof actor.deviceId !== 'number') return { kind: 'not-bound' };
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
