/**
 * Guards in front of the JSON API: the caller's page must be one of the hall's own (./origin-policy),
 * and a request that carries a body must say it is JSON. A form on another site can post
 * `text/plain` or `application/x-www-form-urlencoded` without asking the browser's permission; the API
 * never reads those, so no such form can reach a command.
 */
import type { NextFunction, Request, Response } from 'express';
import type { OriginPolicy } from './origin-policy';
import { sendError } from './respond';

export function originGuard(policy: OriginPolicy) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!policy.allows(req.get('origin'))) return sendError(res, 'ORIGIN_NOT_ALLOWED', ['origin']);
    next();
  };
}

function hasBody(req: Request): boolean {
  const length = req.get('content-length');
  return req.get('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

export function jsonOnly(req: Request, res: Response, next: NextFunction): void {
  const type = req.get('content-type');
  if (type === undefined ? hasBody(req) : !/^application\/json\s*(;|$)/i.test(type)) {
    return sendError(res, 'UNSUPPORTED_MEDIA_TYPE', ['content-type']);
  }
  next();
}
