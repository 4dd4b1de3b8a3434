/**
 * Who this kiosk is to the server (its device id and the printer it prints on), read from its own
 * snapshot (`device`), which every configuration change renews: a kiosk moved to another printer knows
 * it at once, without a reload. Needed to tell, before a resident takes a ticket, whether a paper slip
 * can come out of this kiosk.
 */
import type { HallSnapshot } from '../../../protocol/views';

export interface KioskDevice {
  deviceId: number;
  printerId: string | null;
}

/** This kiosk as its snapshot names it; null for anything but a kiosk (no key, a staff session). */
export function kioskDeviceOf(snapshot: HallSnapshot): KioskDevice | null {
  const device = snapshot.device;
  if (device?.kind !== 'kiosk') return null;
  return { deviceId: device.id, printerId: device.printerId };
}
