/**
 * Whether the hall can write now, for /healthz: runs a real write probe each time it is asked (the
 * probe is one page without fsync) and names the fault when it fails. Other errors are not about
 * storage and are thrown.
 */
import { storageFault, type StorageFault } from './fault';

export type StorageCheck = () => StorageFault | null;

export function storageCheck(probe: () => void): StorageCheck {
  return () => {
    try {
      probe();
      return null;
    } catch (err) {
      const fault = storageFault(err);
      if (fault) return fault;
      throw err;
    }
  };
}
