import { Router } from 'express';
import type { Clock } from '../../commands/context';
import type { LoginService } from '../../auth/sessions';
import { loginSchema } from '../../../protocol/schemas';
import { actorOf, bearerToken } from '../actor-middleware';
import { sendError, sendResult } from '../respond';
import { invalidFields, schemaRefusal } from '../../commands/validation';

export function authRouter(logins: LoginService, clock: Clock): Router {
  const router = Router();
  router.post('/api/auth/login', (req, res) => {
    const parsed = loginSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, schemaRefusal(parsed.error), invalidFields(parsed.error));
    const result = logins.login(parsed.data.username, parsed.data.password, req.ip ?? 'unknown', clock.now());
    if (!result.ok) return sendError(res, result.code);
    sendResult(res, { ok: true, data: { token: result.token, user: result.user, mustChangePassword: result.mustChangePassword } });
  });
  router.post('/api/auth/logout', (req, res) => {
    const token = bearerToken(req);
    if (!token || actorOf(res).kind !== 'user') return sendError(res, 'UNAUTHENTICATED');
    logins.logout(token);
    sendResult(res, { ok: true, data: {} });
  });
  router.get('/api/auth/me', (_req, res) => {
    const actor = actorOf(res);
    if (actor.kind === 'anonymous') return sendError(res, 'UNAUTHENTICATED');
    sendResult(res, { ok: true, data: actor });
  });
  return router;
}
