/**
 * The whole configuration of a hall as one file: what `config.export` answers and `config.import`
 * takes. Its shape is the schema in ./schemas.ts (configFileSchema); front ends import these types only.
 */
import type { z } from 'zod';
import type { configFileSchema } from './schemas';
import type { DeviceKind } from './views';

export type ConfigFile = z.output<typeof configFileSchema>;

/** What an import changed: items written per section, and the one-time password of each new account. */
export interface ConfigImported {
  applied: Record<string, number>;
  /** Accounts the import created, each with a one-time password shown this once. */
  newAccounts: { username: string; oneTimePassword: string }[];
  /** Devices the import registered, each with the address (holding its new key) to open on it, shown this once. */
  newDevices: { kind: DeviceKind; name: string; url: string }[];
}
