/** The hall's own texts and rules. */
import type { ConfigSection } from './section';
import { hallSettingsCommand, hallUpdateSettings } from '../commands/admin-settings';

export const hallSection: ConfigSection<'hall'> = {
  key: 'hall',
  read: (ctx) => hallSettingsCommand.run(ctx, {}),
  apply(_ctx, value, { runner }) {
    return runner.run('hall', hallUpdateSettings, value) ? 1 : 0;
  },
};
