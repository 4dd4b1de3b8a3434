/**
 * One POST of a JSON body to the push receiver, with a deadline for the whole exchange: the answer's
 * status, or why there was none. Each request has its own connection (no pool to keep alive between
 * batches, nothing left open when the hall stops). The answer's body is never read: only the status
 * counts, so a receiver that answers something odd cannot make the hall hold or parse it.
 */
import http from 'node:http';
import https from 'node:https';
import type { PushFailure } from '../../../protocol/rating-push';

export type PostOutcome = { ok: true } | { ok: false; failure: PushFailure };

/** Errors of the HTTP parser (an answer that is not HTTP) as Node names them. */
function failureOf(err: NodeJS.ErrnoException): PushFailure {
  return typeof err.code === 'string' && err.code.startsWith('HPE_') ? 'protocol' : 'unreachable';
}

/** `stop` ends the exchange early (the hall is stopping): it then counts as a timeout. */
export function postJson(url: string, body: string, token: string | null, timeoutMs: number, stop: AbortSignal): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const send = url.startsWith('https:') ? https.request : http.request;
    const req = send(url, {
      method: 'POST', agent: false,
      headers: {
        'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body),
        ...(token !== null ? { authorization: `Bearer ${token}` } : {}),
      },
    }, (res) => {
      const status = res.statusCode ?? 0;
      settle(status >= 200 && status < 300 ? { ok: true } : { ok: false, failure: `http:${status}` });
      res.destroy();
    });
    const giveUp = (): void => {
      settle({ ok: false, failure: 'timeout' });
      req.destroy();
    };
    const deadline = setTimeout(giveUp, timeoutMs);
    stop.addEventListener('abort', giveUp, { once: true });
    req.on('error', (err: NodeJS.ErrnoException) => settle({ ok: false, failure: failureOf(err) }));
    req.end(body);
  });
}
