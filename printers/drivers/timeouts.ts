/** How long a driver waits on a printer. Small defaults: a resident is standing at the kiosk. */
export interface DriverTimeouts {
  /** Opening the TCP connection (or the device file). */
  connectTimeoutMs: number;
  /** From the first byte until the printer confirms it has the whole job. */
  writeTimeoutMs: number;
  /** Waiting for the answers to a status query. */
  statusTimeoutMs: number;
}

export const DEFAULT_DRIVER_TIMEOUTS: DriverTimeouts = {
  connectTimeoutMs: 2000,
  writeTimeoutMs: 8000,
  statusTimeoutMs: 1500,
};

export function resolveTimeouts(given: Partial<DriverTimeouts> = {}): DriverTimeouts {
  return {
    connectTimeoutMs: given.connectTimeoutMs ?? DEFAULT_DRIVER_TIMEOUTS.connectTimeoutMs,
    writeTimeoutMs: given.writeTimeoutMs ?? DEFAULT_DRIVER_TIMEOUTS.writeTimeoutMs,
    statusTimeoutMs: given.statusTimeoutMs ?? DEFAULT_DRIVER_TIMEOUTS.statusTimeoutMs,
  };
}
