/**
 * Which devices are connected now: the socket.io transport counts each device's open sockets here, and
 * command handlers read the counts through DevicePresencePort (they never see a socket). Listeners hear
 * every connect and disconnect (the hall records it as the device's last-seen time).
 */
import type { DevicePresencePort } from '../commands/context';

export class DevicePresence implements DevicePresencePort {
  private readonly counts = new Map<number, number>();
  private readonly listeners = new Set<(deviceId: number) => void>();

  connections(deviceId: number): number {
    return this.counts.get(deviceId) ?? 0;
  }

  connected(deviceId: number): void {
    this.counts.set(deviceId, this.connections(deviceId) + 1);
    this.notify(deviceId);
  }

  disconnected(deviceId: number): void {
    const left = this.connections(deviceId) - 1;
    if (left > 0) this.counts.set(deviceId, left);
    else this.counts.delete(deviceId);
    this.notify(deviceId);
  }

  onChange(listener: (deviceId: number) => void): void {
    this.listeners.add(listener);
  }

  private notify(deviceId: number): void {
    for (const listener of this.listeners) {
      try {
        listener(deviceId);
      } catch {
        // A failing listener (a full disk while recording) must not keep the socket from connecting.
      }
    }
  }
}
