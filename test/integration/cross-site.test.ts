/**
 * Requests from other sites, through the real server: the API reads only bodies declared as JSON (a
 * form on another site cannot post one without the browser asking), the API and socket.io refuse pages
 * of other origins (and DNS names rebound to the hall) while devices' native clients without an Origin
 * still work, and every page and answer carries the security headers with a CSP fit for a LAN over HTTP.
 */
import { io } from 'socket.io-client';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, ok, send } from '../../testkit/clients';
import { rawRequest } from '../support/raw-http';
import { expectHttpRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';

let th: TestHall;
beforeAll(async () => {
  th = await startTestHall();
});
afterAll(async () => {
  await th.close();
});

const ISSUE = JSON.stringify({ serviceId: 'venue-booking', idempotencyKey: 'cross-site-key-1' });

describe('bodies', () => {
  it('a body not declared as JSON is 415 UNSUPPORTED_MEDIA_TYPE and changes nothing, whatever it holds', async () => {
    const before = fingerprint(th.hall.db);
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
      'application/jsonp', 'text/json', 'application/json-patch+json']) {
      const res = await rawRequest(th.url, { method: 'POST', path: '/api/tickets', body: ISSUE, deviceKey: th.kioskKey, headers: { 'content-type': type } });
      expect({ type, fields: expectHttpRefusal(res, 'UNSUPPORTED_MEDIA_TYPE').fields }).toEqual({ type, fields: ['content-type'] });
    }
    // A body with no type at all is refused too.
    const untyped = await rawRequest(th.url, { method: 'POST', path: '/api/tickets', body: ISSUE, deviceKey: th.kioskKey, headers: { 'content-type': '' } });
    expectHttpRefusal(untyped, 'UNSUPPORTED_MEDIA_TYPE');
    expect(fingerprint(th.hall.db)).toEqual(before);

    // Declared as JSON (any case, with a charset) it is read.
    const res = await rawRequest(th.url, { method: 'POST', path: '/api/tickets', body: ISSUE, deviceKey: th.kioskKey,
      headers: { 'content-type': 'Application/JSON; charset=utf-8' } });
    expect(res.status).toBe(200);
  });
});

describe('origins', () => {
  const port = (): string => new URL(th.url).port;

  it('the API refuses pages of other sites and rebound names, and serves its own pages and clients without an Origin', async () => {
    const before = fingerprint(th.hall.db);
    for (const origin of ['http://evil.example', `http://evil.example:${port()}`, 'null', `http://127.0.0.1:${Number(port()) + 1}`,
      `file://`, `http://127.0.0.1.evil.example:${port()}`]) {
      const res = await rawRequest(th.url, { method: 'POST', path: '/api/tickets', body: ISSUE.replace('key-1', 'key-2'), deviceKey: th.kioskKey,
        headers: { origin } });
      expect({ origin, fields: expectHttpRefusal(res, 'ORIGIN_NOT_ALLOWED').fields }).toEqual({ origin, fields: ['origin'] });
      const read = await rawRequest(th.url, { method: 'GET', path: '/api/services', headers: { origin } });
      expectHttpRefusal(read, 'ORIGIN_NOT_ALLOWED');
    }
    expect(fingerprint(th.hall.db)).toEqual(before);
    // The hall's own addresses: its listen address, localhost and PUBLIC_URL (http://127.0.0.1:1 in tests).
    for (const origin of [th.url, `http://localhost:${port()}`, 'http://127.0.0.1:1', undefined]) {
      const res = await rawRequest(th.url, { method: 'GET', path: '/api/services', ...(origin ? { headers: { origin } } : {}) });
      expect({ origin, status: res.status }).toEqual({ origin, status: 200 });
    }
  });

  it('socket.io refuses a page of another site; the hall\'s own pages and native clients connect', async () => {
    const refused = io(th.url, { auth: { deviceKey: th.kioskKey }, transports: ['websocket'], forceNew: true, reconnection: false,
      extraHeaders: { origin: 'http://evil.example' } });
    const outcome = await new Promise<string>((resolve) => {
      refused.once('connect', () => resolve('connected'));
      refused.once('connect_error', (err) => resolve(err.message));
    });
    refused.close();
    expect(outcome).toBe('ORIGIN_NOT_ALLOWED');

    const own = io(th.url, { auth: { deviceKey: th.kioskKey }, transports: ['websocket'], forceNew: true, reconnection: false,
      extraHeaders: { origin: th.url } });
    await new Promise<void>((resolve, reject) => {
      own.once('connect', () => resolve());
      own.once('connect_error', reject);
    });
    own.close();
    const native = await connect(th.url, { deviceKey: th.kioskKey });
    ok(await send(native, 'hall.snapshot', {}));
    native.close();
  });
});

describe('security headers', () => {
  it('every page and answer carries them, with a CSP of the hall\'s own sources and nothing forcing HTTPS', async () => {
    for (const path of ['/kiosk/', '/display/', '/counter/', '/counter/pad.html', '/t/abcdefghijklmnopqrstuvwx', '/healthz', '/api/services', '/api/nowhere']) {
      const res = await rawRequest(th.url, { method: 'GET', path });
      const csp = String(res.headers['content-security-policy'] ?? '');
      expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("default-src 'self'") });
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
