/** A device as the admin's device list shows it, waited for: a socket's connect or disconnect reaches the server a moment later. */
import type { DeviceView } from '../../protocol/admin';
import { ok, send, type ClientSocket } from '../../testkit/clients';

export async function listedDevice(admin: ClientSocket, id: number): Promise<DeviceView | undefined> {
  return ok(await send(admin, 'device.list', {})).find((d) => d.id === id);
}

/** Polls the device list until `match` holds; throws after about two seconds. */
export async function listedDeviceWhen(admin: ClientSocket, id: number,
  match: (d: DeviceView | undefined) => boolean): Promise<DeviceView | undefined> {
  for (let i = 0; i < 200; i += 1) {
    const d = await listedDevice(admin, id);
    if (match(d)) return d;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the device list never showed the expected state');
}
