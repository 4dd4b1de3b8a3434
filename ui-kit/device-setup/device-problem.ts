/**
 * Why a kiosk, lobby display or rating pad cannot show the hall, from what it holds (a device key or
 * none) and what the server answered. Pure, so the rule is tested alone and every front end uses the
 * same one. A server that cannot be reached is not a setup problem: the device says so while it keeps
 * reconnecting (./OfflineSince.tsx).
 */
import type { ErrorCode } from '../../protocol/errors';
import type { DeviceKind, HallSnapshot } from '../../protocol/views';

export type DeviceProblem =
  | { kind: 'no-key' }
  | { kind: 'key-unknown' }
  | { kind: 'key-revoked' }
  /** A key issued for another kind of device, e.g. a display's key opened on the kiosk page. */
  | { kind: 'wrong-kind'; actual: DeviceKind };

/** The codes a server refuses a device key with (handshake, HTTP and per command alike). */
const REFUSALS: Partial<Record<ErrorCode, DeviceProblem>> = {
  DEVICE_KEY_UNKNOWN: { kind: 'key-unknown' },
  DEVICE_KEY_REVOKED: { kind: 'key-revoked' },
  // A server from before the two codes above refused every bad key with this one.
  UNAUTHENTICATED: { kind: 'key-unknown' },
};

/** The problem a refusal code means, or null when the code is not about the key. */
export function refusalProblem(code: string | null): DeviceProblem | null {
  if (code === null) return null;
  return Object.entries(REFUSALS).find(([refused]) => refused === code)?.[1] ?? null;
}

/** What is wrong with this page's device, or null when it can show the hall (or is still connecting). */
export function deviceProblemOf(page: DeviceKind, state: { refusedWith: string | null; snapshot: HallSnapshot | null }):
  DeviceProblem | null {
  const refused = refusalProblem(state.refusedWith);
  if (refused) return refused;
  const device = state.snapshot?.device;
  if (device && device.kind !== page) return { kind: 'wrong-kind', actual: device.kind };
  return null;
}
