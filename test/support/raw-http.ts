/**
 * Byte-level HTTP requests for tests of bad input: any method with any body (a GET with a body, broken
 * JSON, odd headers), and the answer kept as text so a test can check that it is JSON at all.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as is; a string is sent as UTF-8. */
  body?: string | Buffer;
  token?: string;
  deviceKey?: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function rawRequest(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const url = new URL(req.path, baseUrl);
  const headers: Record<string, string> = { ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}) };
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  if (req.deviceKey) headers['x-device-key'] = req.deviceKey;
  Object.assign(headers, req.headers);
  const body = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
  if (body !== undefined && headers['transfer-encoding'] === undefined) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: req.method, headers,
      agent: false,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) });
      });
      res.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
