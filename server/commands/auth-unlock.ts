/**
 * auth.unlock — an administrator lifts the login delays on a user name, from every address, e.g. for a
 * colleague who mistyped too often. Audited like every administrative change.
 */
import type { CommandDef } from './define';
import { normalName } from '../auth/login-throttle';
import { audit } from './audit';

export const authUnlock: CommandDef<'auth.unlock'> = {
  name: 'auth.unlock',
  permits: ['admin'],
  administrative: true,
  run(ctx, { username }) {
    const name = normalName(username);
    const lifted = ctx.loginThrottle.unlock(name, ctx.now);
    audit(ctx, `login:${name}`, { lockedAddresses: lifted }, { lockedAddresses: 0 });
    return { username: name, lifted };
  },
};
