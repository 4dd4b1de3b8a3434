/** The hall's own texts and rules. */
import type { ConfigSection } from './section';
import { hallUpdateSettings, portableSettings } from '../commands/admin-settings';

export const hallSection: ConfigSection<'hall'> = {
  key: 'hall',
  read: (ctx) => portableSettings(ctx.settings),
  apply(_ctx, value, { runner }) {
    return runner.run('hall', hallUpdateSettings, value) ? 1 : 0;
  },
};
