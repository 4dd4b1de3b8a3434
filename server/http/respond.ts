import type { Response } from 'express';
import type { Result, ErrorCode } from '../../protocol/errors';
import { HTTP_STATUS } from '../../protocol/errors';
import { errorResult } from '../commands/bus';

/** Sends a command Result: 200 with the body on success, the code's HTTP status on failure. */
export function sendResult<T>(res: Response, result: Result<T>): void {
  res.status(result.ok ? 200 : HTTP_STATUS[result.error.code]).json(result);
}

export function sendError(res: Response, code: ErrorCode, fields?: string[]): void {
  sendResult(res, errorResult(code, fields));
}
