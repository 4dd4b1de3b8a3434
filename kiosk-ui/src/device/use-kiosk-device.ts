import { useEffect, useState } from 'preact/hooks';
import { fetchKioskDevice, type KioskDevice } from './kiosk-device';

/** Ask again after a failure (server restarting, network blip) until an answer comes. */
const RETRY_MS = 5000;

/** This kiosk's device record, or null while unknown (no key, or not answered yet). */
export function useKioskDevice(deviceKey: string | null, online: boolean): KioskDevice | null {
  const [device, setDevice] = useState<KioskDevice | null>(null);
  useEffect(() => {
    if (!deviceKey || !online || device) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const ask = (): void => {
      fetchKioskDevice(deviceKey)
        .then((found) => {
          if (stopped) return;
          if (found) setDevice(found);
          else timer = setTimeout(ask, RETRY_MS);
        })
        .catch(() => {
          if (!stopped) timer = setTimeout(ask, RETRY_MS);
        });
    };
    ask();
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    };
  }, [deviceKey, online, device]);
  return device;
}
