/**
 * One section of the configuration file: how it is read from the hall and how it is applied, by the
 * same commands an admin would send one by one (so every rule and every audit line is theirs).
 */
import type { ConfigFile, ConfigImported } from '../../protocol/config-file';
import type { CommandContext } from '../commands/context';
import type { ItemRunner } from './item-runner';

export type SectionKey = Exclude<keyof ConfigFile, 'format' | 'version' | 'exportedAt'>;

export interface ImportState {
  runner: ItemRunner;
  /** Accounts the import created, with their one-time passwords. */
  newAccounts: { username: string; oneTimePassword: string }[];
  /** Devices the import registered, with the address that carries their new key. */
  newDevices: ConfigImported['newDevices'];
}

export interface ConfigSection<K extends SectionKey> {
  key: K;
  read(ctx: CommandContext): ConfigFile[K];
  /** Applies the section's items; answers how many were written. */
  apply(ctx: CommandContext, value: ConfigFile[K], state: ImportState): number;
}
