/**
 * Resolves the HTTP caller: `Authorization: Bearer <session token>` for staff, `X-Device-Key` for
 * kiosks, displays and rating pads, nothing for phone pages.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Clock } from '../commands/context';
import type { Actor } from '../auth/actor';
import type { CallerLookup } from '../auth/callers';
import { sendError } from './respond';

export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header) : null;
  return match?.[1];
}

export function actorMiddleware(callers: CallerLookup, clock: Clock) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = bearerToken(req);
    const deviceKey = req.get('x-device-key') || undefined;
    if (req.get('authorization') && !token) return sendError(res, 'UNAUTHENTICATED');
    if (deviceKey && !/^[A-Za-z0-9_-]{16,128}$/.test(deviceKey)) return sendError(res, 'DEVICE_KEY_UNKNOWN');
    const actor = callers.resolve({ token, deviceKey }, clock.now());
    if (!actor) return sendError(res, callers.refusal({ token, deviceKey }));
    res.locals.actor = actor;
    next();
  };
}

declare global {
  // Express types its per-response locals through this global namespace.
  namespace Express {
    interface Locals {
      /** Set by actorMiddleware for every /api request before any route runs. */
      actor: Actor;
    }
  }
}

export function actorOf(res: Response): Actor {
  return res.locals.actor;
}
