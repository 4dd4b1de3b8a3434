/**
 * Who this kiosk is to the server (its device id and the printer it prints on), asked once from
 * GET /api/auth/me with the device key. Needed to tell, before a resident takes a ticket, whether a
 * paper slip can come out of this kiosk.
 */
export interface KioskDevice {
  deviceId: number;
  printerId: string | null;
}

/** Reads the device out of an /api/auth/me answer; null for anything else (a user, an error, junk). */
export function kioskDeviceOf(body: unknown): KioskDevice | null {
  if (!isRecord(body) || body.ok !== true || !isRecord(body.data)) return null;
  const actor = body.data;
  if (actor.kind !== 'device' || typeof actor.deviceId !== 'number') return null;
  const printerId = typeof actor.printerId === 'string' ? actor.printerId : null;
  return { deviceId: actor.deviceId, printerId };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export async function fetchKioskDevice(deviceKey: string): Promise<KioskDevice | null> {
  const res = await fetch('/api/auth/me', { headers: { 'X-Device-Key': deviceKey }, cache: 'no-store' });
  return kioskDeviceOf(await res.json());
}
