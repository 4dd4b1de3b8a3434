/**
 * Bad input at both transports: malformed, unknown, oversized, unparsable, unauthenticated and
 * wrong-role requests are refused with a protocol error (a known code, a message, no stack trace),
 * leave the database exactly as it was, and the hall keeps serving everyone else.
 */
import { LARGE_BODIES } from '../../server/http/app';
import { io } from 'socket.io-client';
import { COMMAND_NAMES, type CommandName } from '../../protocol/schemas';
import { COMMAND_ROUTES } from '../../server/http/routes/commands';
import { connect, ok, send, type ClientSocket } from '../../testkit/clients';
import { STAFF_PASSWORD } from '../../testkit/hall';
import { fingerprint } from '../support/state';
import { rawRequest, type RawResponse } from '../support/raw-http';
import { expectHttpRefusal, expectRefusal } from '../support/refusal';
import { allBadCases, refusedTextCases, type BadCase } from '../support/bad-values';
import {
  ALLOWED, commandPlans, startBusyHall, type ActorName, type BusyHall, type CommandPlan, type Credentials,
} from '../support/busy-hall';

type Route = (typeof COMMAND_ROUTES)[number];

// The sweeps send every bad value to every command and route (thousands of requests), and they grow
// with each new command: a few seconds on a quiet machine, more on a busy one. Not a speed check.
jest.setTimeout(120_000);

let hall: BusyHall;
let plans: Record<CommandName, CommandPlan>;

beforeAll(async () => {
  hall = await startBusyHall();
  plans = commandPlans(hall);
});
afterAll(async () => {
  await hall.close();
});

const url = (): string => hall.th.url;

/** Runs a family of refused requests and checks that none of them left a trace. */
async function leavesNoTrace(family: () => Promise<void>): Promise<void> {
  const before = fingerprint(hall.th.hall.db);
  await family();
  expect(fingerprint(hall.th.hall.db)).toEqual(before);
  const health = await rawRequest(url(), { method: 'GET', path: '/healthz' });
  expect(health.status).toBe(200);
  expect(health.json).toMatchObject({ ok: true, data: { status: 'ok' } });
}

/** Adds the case to an assertion failure, so a failing variant says which one it was. */
async function labelled(label: string, check: () => unknown): Promise<void> {
  try {
    await check();
  } catch (err) {
    throw new Error(`${label}\n${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The refusal names the field, or a path inside it (a broken section of a file names its broken item). */
function expectNamesField(fields: string[] | undefined, field: string | undefined): void {
  if (field === undefined) return;
  const named = (fields ?? []).filter((f) => f === field || f.startsWith(`${field}.`));
  expect({ field, named: named.length > 0 }).toEqual({ field, named: true });
}

/** Which input field a route takes from its URL, if any. */
function urlField(route: Route): 'counterId' | 'ticketId' | 'deviceId' | 'id' | 'token' | 'code' | 'date' | 'serviceId' | 'number'
  | null {
  if (route.path.includes(':token')) return 'token';
  if (route.path.includes(':code')) return 'code';
  if (route.command === 'booking.configure') return 'serviceId';
  if (route.command === 'booking.revoke') return 'id';
  if (!route.path.includes(':id')) return null;
  if (route.command.startsWith('matter.')) return 'number';
  if (route.command.startsWith('calendar.')) return 'date';
  if (route.command === 'service.setHours' || route.command === 'service.hours') return 'serviceId';
  if (route.command.startsWith('printer.')) return 'id';
  if (route.command.startsWith('device.')) return 'deviceId';
  if (route.command.startsWith('staff.')) return 'id';
  if (/^(centre|service|counter)\.(get|update|remove)$/.test(route.command)) return 'id';
  if (route.command.startsWith('guide.') || route.command.startsWith('sample.')) return 'serviceId';
  if (route.command.startsWith('announcement.') || route.command.startsWith('board.')) return 'id';
  if (route.command.startsWith('case.') || route.command.startsWith('alert.')) return 'id';
  return route.command.startsWith('counter.') ? 'counterId' : 'ticketId';
}

function pathOf(route: Route, value: unknown): string {
  return route.path.replace(/:(id|token|code)/, String(value));
}

function validPath(route: Route): string {
  const field = urlField(route);
  return field ? pathOf(route, plans[route.command].base[field]) : route.path;
}

function bodyBase(route: Route): Record<string, unknown> {
  const field = urlField(route);
  return Object.fromEntries(Object.entries(plans[route.command].base).filter(([k]) => k !== field));
}

function callRoute(route: Route, opts: { path?: string; body?: string | Buffer; creds?: Credentials;
  headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const creds = opts.creds ?? hall.credentials[plans[route.command].actor];
  return rawRequest(url(), {
    method: route.method.toUpperCase(), path: opts.path ?? validPath(route),
    ...(opts.body !== undefined ? { body: opts.body } : {}),
    ...creds, ...(opts.headers ? { headers: opts.headers } : {}),
  });
}

const routeName = (route: Route): string => `${route.method.toUpperCase()} ${route.path}`;

const BAD_IDS = ['abc', '-1', '0', '1.5', '2.0', '99999999999999999999', '1e1', '0x1', '+1', '%201', '1%20', 'NaN', 'Infinity'];
const BAD_SLUGS = ['Lobby', 'a%20b', '-leading', '%E4%BC%81', 'x'.repeat(65)];
const BAD_TOKENS = ['short', 'x'.repeat(65), 'has%20space%20in%20the%20token', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '%C3%BC'.repeat(16)];

const DEVICE_PLAN: CommandPlan = {
  actor: 'admin',
  base: { kind: 'display', name: '测试屏' },
  patterns: { kind: ['printer', 'Kiosk', 'rating_pad'] },
  optional: { printerId: [5, '', 'x'.repeat(65), true, 'Lobby'], counterId: [0, -1, 1.5, '1', 10_000, 'x'],
    centreId: [5, '', 'A B'], centreIds: ['social', 5, ['social', 'social']] },
};
const LOGIN_PLAN: CommandPlan = { actor: 'anon', base: { username: 'staff', password: STAFF_PASSWORD } };

/** Non-command HTTP endpoints that take a JSON body. */
const BODY_ENDPOINTS: { path: string; plan: CommandPlan }[] = [
  { path: '/api/auth/login', plan: LOGIN_PLAN },
  { path: '/api/devices', plan: DEVICE_PLAN },
];

describe('malformed input', () => {
  // Thousands of malformed commands over the whole command table, which grows with every admin kind.
  it('every command over socket.io refuses every malformed payload with BAD_REQUEST', async () => {
    await leavesNoTrace(async () => {
      for (const name of COMMAND_NAMES) {
        const plan = plans[name];
        const cases: BadCase[] = [
          ...allBadCases(plan.base, plan.patterns, plan.optional, plan.nullable),
          { label: 'binary payload', input: Buffer.from('{"counterId":1}') },
          ...(Object.keys(plan.base).length > 0 ? [{ label: 'null (no payload)', input: null }] : []),
        ];
        const socket = hall.sockets[plan.actor];
        const answers = await Promise.all(cases.map((c) => send(socket, name, c.input)));
        for (const [i, c] of cases.entries()) {
          await labelled(`${name} with ${c.label}`, () => {
            const error = expectRefusal(answers[i], 'BAD_REQUEST');
            expectNamesField(error.fields, c.field);
          });
        }
      }
    });
   }, 120_000);

  // Hundreds of requests one after another over the whole route table, which grows with every admin kind.
  it('every HTTP command route refuses malformed URL parameters and bodies with 400 BAD_REQUEST', async () => {
    await leavesNoTrace(async () => {
      for (const route of COMMAND_ROUTES) {
        const field = urlField(route);
        if (field) {
          const values = field === 'token' || field === 'code' ? BAD_TOKENS : route.command.startsWith('printer.') || field === 'serviceId'
            || /^(centre|service|board)\./.test(route.command) ? BAD_SLUGS : BAD_IDS;
          for (const value of values) {
            const res = await callRoute(route, { path: pathOf(route, value) });
            await labelled(`${routeName(route)} with ${field} ${value}`, () => {
              expectNamesField(expectHttpRefusal(res, 'BAD_REQUEST').fields, field);
            });
          }
        }
        if (route.method === 'get') continue;
        const plan = plans[route.command];
        for (const c of allBadCases(bodyBase(route), plan.patterns, plan.optional, plan.nullable)) {
          const res = await callRoute(route, { body: JSON.stringify(c.input) });
          await labelled(`${routeName(route)} with ${c.label}`, () => {
            const error = expectHttpRefusal(res, 'BAD_REQUEST');
            // Bodies that are objects reach the schema, which names the field.
            if (typeof c.input === 'object' && !Array.isArray(c.input)) expectNamesField(error.fields, c.field);
          });
        }
      }
    });
  }, 120_000);

  it('login and device creation refuse malformed bodies, and a bad login body costs no attempt', async () => {
    await leavesNoTrace(async () => {
      for (const { path, plan } of BODY_ENDPOINTS) {
        for (const c of allBadCases(plan.base, plan.patterns, plan.optional, plan.nullable)) {
          const res = await rawRequest(url(), { method: 'POST', path, body: JSON.stringify(c.input), ...hall.credentials[plan.actor] });
          await labelled(`POST ${path} with ${c.label}`, () => {
            const error = expectHttpRefusal(res, 'BAD_REQUEST');
            if (typeof c.input === 'object' && !Array.isArray(c.input)) expectNamesField(error.fields, c.field);
          });
        }
      }
    });
    // Dozens of malformed logins above: the account is not locked, since none was a password guess.
    const login = await rawRequest(url(), { method: 'POST', path: '/api/auth/login', body: JSON.stringify(LOGIN_PLAN.base) });
    expect(login.status).toBe(200);
    const token = (login.json as { data: { token: string } }).data.token;
    const logout = await rawRequest(url(), { method: 'POST', path: '/api/auth/logout', token });
    expect(logout.status).toBe(200);
  });

  it('invalid JSON text is 400 BAD_REQUEST on every route, before anything else is looked at', async () => {
    const texts = ['{', '{"a":}', "{'counterId':1}", 'undefined', 'NaN', '{"counterId":1,}', '"unterminated',
      '\u0000', '{"a":1}garbage', '"text"', '42', 'null', 'true', '{"a":1}{"b":2}'];
    await leavesNoTrace(async () => {
      const targets = [
        ...COMMAND_ROUTES.map((r) => ({ name: routeName(r), call: (body: string) => callRoute(r, { body }) })),
        ...[...BODY_ENDPOINTS.map((e) => e.path), '/api/auth/logout'].map((path) => ({
          name: `POST ${path}`,
          call: (body: string) => rawRequest(url(), { method: 'POST', path, body, ...hall.credentials.admin }),
        })),
      ];
      for (const target of targets) {
        for (const text of texts) {
          const res = await target.call(text);
          await labelled(`${target.name} with ${JSON.stringify(text)}`, () => expectHttpRefusal(res, 'BAD_REQUEST'));
        }
      }
      // A body in a charset the server does not read is refused the same way.
      const route = COMMAND_ROUTES.find((r) => r.command === 'counter.finish');
      if (!route) throw new Error('no finish route');
      const latin1 = await callRoute(route, { body: '{}', headers: { 'content-type': 'application/json; charset=latin1' } });
      expectHttpRefusal(latin1, 'BAD_REQUEST');
      const gzipGarbage = await callRoute(route, { body: 'not gzip at all', headers: { 'content-encoding': 'gzip' } });
      expectHttpRefusal(gzipGarbage, 'BAD_REQUEST');
    });
  });
});

describe('typed text', () => {
  /** Every free-text field, over the transport that takes it, with a valid input around it. */
  const SOCKET_TEXTS: { command: CommandName; field: string; valid: string; singleLine: boolean }[] = [
    { command: 'complaint.submit', field: 'text', valid: '希望大厅多放几把椅子', singleLine: false },
    { command: 'ticket.rate', field: 'comment', valid: '服务很好谢谢', singleLine: false },
    { command: 'centre.create', field: 'name', valid: '新设中心', singleLine: true },
    { command: 'service.update', field: 'name', valid: '新设事项', singleLine: true },
    { command: 'counter.update', field: 'name', valid: '十四号窗口', singleLine: true },
  ];
  const HTTP_TEXTS: { method: string; path: string; actor: ActorName; body: Record<string, unknown>; field: string;
    singleLine: boolean }[] = [
    { method: 'POST', path: '/api/complaints', actor: 'anon', body: { category: 'suggestion' }, field: 'text', singleLine: false },
    { method: 'POST', path: '/api/ratings', actor: 'anon', body: { token: 'x', level: 5 }, field: 'comment', singleLine: false },
    { method: 'POST', path: '/api/auth/login', actor: 'anon', body: { password: STAFF_PASSWORD }, field: 'username', singleLine: true },
    { method: 'POST', path: '/api/devices', actor: 'admin', body: { kind: 'display' }, field: 'name', singleLine: true },
    { method: 'PUT', path: '/api/printers/lobby-printer', actor: 'admin', body: { url: 'none', paperWidth: 80 }, field: 'name', singleLine: true },
    { method: 'PUT', path: '/api/settings', actor: 'admin', field: 'name', singleLine: true,
      body: { nameMn: 'ᠪᠤᠭᠤᠲᠤ', complaintPhone: '0472-1234567', lateReturn: 'none', priorityReasons: [], issuePerMinute: 20, caseDeadlineDays: 15 } },
  ];

  it('every text field refuses control characters, bidi overrides and lone surrogates with TEXT_INVALID naming it', async () => {
    await leavesNoTrace(async () => {
      for (const t of SOCKET_TEXTS) {
        const base = { ...plans[t.command].base };
        for (const c of refusedTextCases(t.valid, t.singleLine)) {
          const answer = await send(hall.sockets[plans[t.command].actor], t.command, { ...base, [t.field]: c.text });
          await labelled(`${t.command} ${t.field} with ${c.label}`, () => {
            expect(expectRefusal(answer, 'TEXT_INVALID').fields).toEqual([t.field]);
          });
        }
      }
      for (const t of HTTP_TEXTS) {
        const body = t.path === '/api/ratings' ? { ...t.body, token: hall.tickets.t1.ticket.token } : t.body;
        for (const c of refusedTextCases('文字正常的名称', t.singleLine)) {
          const res = await rawRequest(url(), { method: t.method, path: t.path, body: JSON.stringify({ ...body, [t.field]: c.text }),
            ...hall.credentials[t.actor] });
          await labelled(`${t.method} ${t.path} ${t.field} with ${c.label}`, () => {
            expect(expectHttpRefusal(res, 'TEXT_INVALID').fields).toEqual([t.field]);
          });
        }
      }
    });
  });

  it('a device tied to an unknown printer or counter is a 400 naming that field', async () => {
    await leavesNoTrace(async () => {
      for (const [field, value] of [['printerId', 'no-such-printer'], ['counterId', 9999]] as const) {
        const res = await rawRequest(url(), { method: 'POST', path: '/api/devices',
          body: JSON.stringify({ kind: field === 'printerId' ? 'kiosk' : 'rating-pad', name: '设备', [field]: value }),
          ...hall.credentials.admin });
        await labelled(`device with ${field} ${value}`, () => {
          expect(expectHttpRefusal(res, 'BAD_REQUEST').fields).toEqual([field]);
        });
      }
    });
  });
});

describe('unknown paths and methods', () => {
  it('a wrong method or an unknown /api path is a 404 NOT_FOUND refusal, never a command', async () => {
    await leavesNoTrace(async () => {
      for (const route of COMMAND_ROUTES) {
        // Methods no route answers at this path (GET and PUT /api/settings are both routes).
        const routed = COMMAND_ROUTES.filter((r) => r.path === route.path).map((r) => r.method.toUpperCase());
        const otherMethods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => !routed.includes(m));
        for (const method of otherMethods) {
          const res = await rawRequest(url(), { method, path: validPath(route), body: '{}', ...hall.credentials[plans[route.command].actor] });
          await labelled(`${method} ${route.path}`, () => expectHttpRefusal(res, 'NOT_FOUND'));
        }
      }
      for (const path of ['/api', '/api/', '/api/counters/1', '/api/counters/1/finish/now', '/api/admin/wipe',
        '/api/tickets/1/delete', '/api/COUNTERS/1/finish/x']) {
        const res = await rawRequest(url(), { method: 'POST', path, body: '{}', ...hall.credentials.staff });
        await labelled(`POST ${path}`, () => expectHttpRefusal(res, 'NOT_FOUND'));
      }
    });
  });
});

describe('oversized input', () => {
  const LIMIT = 16 * 1024;
  /** A JSON object of exactly `bytes` bytes: {"pad":"xxx…"}. */
  const jsonOfSize = (bytes: number): string => JSON.stringify({ pad: 'x'.repeat(bytes - '{"pad":""}'.length) });

  it('an HTTP body over its route limit (16 kB; more for a configuration file, a sample upload or a staff photo) is 413 PAYLOAD_TOO_LARGE; 16 kB exactly is read', async () => {
    await leavesNoTrace(async () => {
      for (const route of COMMAND_ROUTES) {
        // A configuration file, a sample upload and a staff photo read more (the files themselves are checked in
        // guides.test.ts and staff-photos.test.ts).
        const limit = LARGE_BODIES[route.command] ?? LIMIT;
        for (const size of limit === LIMIT ? [LIMIT + 1, 300 * 1024] : [limit + 1]) {
          const res = await callRoute(route, { body: jsonOfSize(size) });
          await labelled(`${routeName(route)} with ${size} bytes`, () => expectHttpRefusal(res, 'PAYLOAD_TOO_LARGE'));
        }
        // Without a length header the limit still holds while the body streams in.
        const chunked = await callRoute(route, { body: jsonOfSize(limit * 2), headers: { 'transfer-encoding': 'chunked' } });
        await labelled(`${routeName(route)} chunked`, () => expectHttpRefusal(chunked, 'PAYLOAD_TOO_LARGE'));
      }
      for (const { path, plan } of BODY_ENDPOINTS) {
        const res = await rawRequest(url(), { method: 'POST', path, body: jsonOfSize(LIMIT + 1), ...hall.credentials[plan.actor] });
        await labelled(`POST ${path}`, () => expectHttpRefusal(res, 'PAYLOAD_TOO_LARGE'));
      }
      // At the limit the body is parsed, and refused for what it says, not for its size.
      const finish = COMMAND_ROUTES.find((r) => r.command === 'counter.finish');
      if (!finish) throw new Error('no finish route');
      const atLimit = await callRoute(finish, { body: jsonOfSize(LIMIT) });
      expect(expectHttpRefusal(atLimit, 'BAD_REQUEST').fields).toEqual(['pad']);
    });
  });

  it('a socket payload over 64 kB drops that connection only; the hall keeps serving others', async () => {
    await leavesNoTrace(async () => {
      for (const transport of ['websocket', 'polling'] as const) {
        const victim: ClientSocket = io(url(), { auth: hall.credentials.staff, transports: [transport], forceNew: true, reconnection: false });
        await new Promise<void>((resolve, reject) => {
          victim.once('connect', () => resolve());
          victim.once('connect_error', reject);
        });
        const dropped = new Promise<string>((resolve) => victim.once('disconnect', (reason) => resolve(reason)));
        const answer = untypedEmitWithAck(victim, 'counter.finish', { counterId: 1, pad: 'x'.repeat(70 * 1024) });
        await labelled(`${transport} drop`, async () => {
          expect(await dropped).toMatch(/transport (close|error)/);
          await expect(answer).rejects.toThrow();
        });
        victim.close();
      }
      // Sockets that were connected all along still get answers, and new ones still connect.
      const snap = await send(hall.sockets.display, 'hall.snapshot', {});
      expect(ok(snap).counters.length).toBeGreaterThan(0);
      const fresh = await connect(url(), hall.credentials.staff);
      ok(await send(fresh, 'counter.desk', { counterId: 1 }));
      fresh.close();
      // Just under the limit is read, and refused by the schema for its overlong field.
      const big = await send(hall.sockets.kiosk, 'ticket.issue',
        { serviceId: 'company-registration', idempotencyKey: 'k'.repeat(60 * 1024) });
      expect(expectRefusal(big, 'BAD_REQUEST').fields).toEqual(['idempotencyKey']);
    });
  });
});

/**
 * Commands an anonymous caller may send whose valid base input would store something (a complaint):
 * their permission is proven in rating.test.ts, not here where nothing may change.
 */
const WRITES_WHEN_ALLOWED: readonly CommandName[] = ['complaint.submit'];

/** Accepted, or refused for a reason other than who is asking. */
function permitted(result: { ok: boolean; error?: { code: string } }): boolean {
  return result.ok || !['UNAUTHENTICATED', 'FORBIDDEN'].includes(result.error?.code ?? '');
}

describe('callers who may not', () => {
  it('anonymous sockets and HTTP calls get UNAUTHENTICATED for everything but ticket.track', async () => {
    await leavesNoTrace(async () => {
      for (const name of COMMAND_NAMES) {
        if (WRITES_WHEN_ALLOWED.includes(name)) continue;
        const result = await send(hall.sockets.anon, name, plans[name].base);
        await labelled(`anonymous ${name}`, () => {
          if (ALLOWED.anon.includes(name)) expect(permitted(result)).toBe(true);
          else expectRefusal(result, 'UNAUTHENTICATED');
        });
      }
      for (const route of COMMAND_ROUTES) {
        if (WRITES_WHEN_ALLOWED.includes(route.command)) continue;
        const body = route.method !== 'get' ? JSON.stringify(bodyBase(route)) : undefined;
        const res = await callRoute(route, { creds: {}, ...(body !== undefined ? { body } : {}) });
        await labelled(`anonymous ${routeName(route)}`, () => {
          if (ALLOWED.anon.includes(route.command)) expect([401, 403]).not.toContain(res.status);
          else expectHttpRefusal(res, 'UNAUTHENTICATED');
        });
      }
      const guarded: [string, string, string?][] = [
        ['GET', '/api/devices'], ['POST', '/api/devices', JSON.stringify(DEVICE_PLAN.base)],
        ['POST', '/api/auth/logout'], ['GET', '/api/auth/me'],
      ];
      for (const [method, path, body] of guarded) {
        const res = await rawRequest(url(), { method, path, ...(body ? { body } : {}) });
        await labelled(`anonymous ${method} ${path}`, () => expectHttpRefusal(res, 'UNAUTHENTICATED'));
      }
      // Public reads stay public.
      expect((await rawRequest(url(), { method: 'GET', path: '/api/services' })).status).toBe(200);
    });
  });

  it('devices get FORBIDDEN outside their role, over both transports, and staff cannot manage devices', async () => {
    await leavesNoTrace(async () => {
      for (const actor of ['kiosk', 'display', 'ratingPad'] as const) {
        for (const name of COMMAND_NAMES.filter((n) => !ALLOWED[actor].includes(n))) {
          const result = await send(hall.sockets[actor], name, plans[name].base);
          await labelled(`${actor} ${name}`, () => expectRefusal(result, 'FORBIDDEN'));
        }
        for (const route of COMMAND_ROUTES.filter((r) => !ALLOWED[actor].includes(r.command))) {
          const body = route.method !== 'get' ? JSON.stringify(bodyBase(route)) : undefined;
          const res = await callRoute(route, { creds: hall.credentials[actor], ...(body !== undefined ? { body } : {}) });
          await labelled(`${actor} ${routeName(route)}`, () => expectHttpRefusal(res, 'FORBIDDEN'));
        }
      }
      for (const actor of ['staff', 'staff2', 'kiosk', 'display'] as const) {
        const create = await rawRequest(url(), { method: 'POST', path: '/api/devices', body: JSON.stringify(DEVICE_PLAN.base),
          ...hall.credentials[actor] });
        await labelled(`${actor} creates a device`, () => expectHttpRefusal(create, 'FORBIDDEN'));
        const list = await rawRequest(url(), { method: 'GET', path: '/api/devices', ...hall.credentials[actor] });
        await labelled(`${actor} lists devices`, () => expectHttpRefusal(list, 'FORBIDDEN'));
      }
    });
  });

  it('staff, supervisors and admins cannot rate, over both transports: a rating comes from the resident', async () => {
    const route = COMMAND_ROUTES.find((r) => r.command === 'ticket.rate');
    if (!route) throw new Error('no rating route');
    await leavesNoTrace(async () => {
      for (const actor of ['staff', 'staff2', 'admin'] as const) {
        for (const input of [plans['ticket.rate'].base, { number: hall.tickets.t1.ticket.number, ratingCode: '123456', level: 5 }, { level: 5 }]) {
          const answer = await send(hall.sockets[actor], 'ticket.rate', input);
          await labelled(`${actor} ticket.rate ${JSON.stringify(input)}`, () => expectRefusal(answer, 'FORBIDDEN'));
          const res = await callRoute(route, { creds: hall.credentials[actor], body: JSON.stringify(input) });
          await labelled(`${actor} POST /api/ratings`, () => expectHttpRefusal(res, 'FORBIDDEN'));
        }
      }
    });
  });

  it('wrong or unknown credentials fail the socket handshake and are 401 over HTTP, even on public routes', async () => {
    const unknownKey = 'A'.repeat(32);
    const badAuths: Record<string, unknown>[] = [
      { deviceKey: unknownKey }, { token: unknownKey }, { deviceKey: 'short' }, { token: 'short' },
      { deviceKey: 'has spaces in this device key' }, { token: 12345678901234567890 }, { deviceKey: ['x'.repeat(20)] },
      { token: 'x'.repeat(129) }, { deviceKey: hall.th.kioskKey, role: 'admin' }, { token: unknownKey, deviceKey: hall.th.kioskKey },
    ];
    await leavesNoTrace(async () => {
      for (const auth of badAuths) {
        const socket = io(url(), { auth, transports: ['websocket'], forceNew: true, reconnection: false });
        const outcome = await new Promise<string>((resolve) => {
          socket.once('connect', () => resolve('connected'));
          socket.once('connect_error', (err) => resolve(`connect_error ${err.message}`));
        });
        socket.close();
        await labelled(`handshake ${JSON.stringify(auth).slice(0, 80)}`, () => {
          expect(outcome).toBe(`connect_error ${refusalFor(auth)}`);
        });
      }
      const badHeaders: Record<string, string>[] = [
        { 'x-device-key': unknownKey }, { authorization: `Bearer ${unknownKey}` }, { 'x-device-key': 'short' },
        { authorization: 'Bearer short' }, { authorization: `Basic ${Buffer.from('staff:x').toString('base64')}` },
        { authorization: 'Bearer' }, { 'x-device-key': 'key with spaces, certainly wrong' },
        { authorization: `Bearer ${unknownKey}`, 'x-device-key': hall.th.kioskKey },
      ];
      const targets = ['/api/services', `/api/tickets/${hall.tickets.t1.ticket.token}`, '/api/snapshot', '/api/auth/me'];
      for (const headers of badHeaders) {
        for (const path of targets) {
          const res = await rawRequest(url(), { method: 'GET', path, headers });
          await labelled(`GET ${path} with ${JSON.stringify(headers)}`, () => expectHttpRefusal(res, refusalFor(headers)));
        }
        const issue = await rawRequest(url(), { method: 'POST', path: '/api/tickets', headers,
          body: JSON.stringify(plans['ticket.issue'].base) });
        await labelled(`POST /api/tickets with ${JSON.stringify(headers)}`, () => expectHttpRefusal(issue, refusalFor(headers)));
      }
    });
  });
});

/** socket.io's emit without the protocol's event types, for events and shapes the protocol does not have. */
function untypedEmit(socket: ClientSocket, event: string, ...args: unknown[]): void {
  const emit = socket.emit as (ev: string, ...rest: unknown[]) => ClientSocket;
  emit.call(socket, event, ...args);
}

function untypedEmitWithAck(socket: ClientSocket, event: string, payload: unknown): Promise<unknown> {
  const timed = socket.timeout(3000);
  const emit = timed.emitWithAck as (ev: string, payload: unknown) => Promise<unknown>;
  return emit.call(timed, event, payload);
}

describe('odd socket traffic', () => {
  it('unknown events are NOT_FOUND and commands without an ack do nothing', async () => {
    const staff: ClientSocket = hall.sockets.staff;
    await leavesNoTrace(async () => {
      for (const event of ['ticket.delete', 'admin.wipe', 'constructor', '__proto__', 'counter.callnext']) {
        const answer = await untypedEmitWithAck(staff, event, { counterId: 1 });
        await labelled(`event ${event}`, () => expectRefusal(answer, 'NOT_FOUND'));
      }
      untypedEmit(staff, 'counter.finish', { counterId: 1 });
      untypedEmit(staff, 'ticket.issue');
      // The connection is still in order and answers in sequence, so the silent ones were processed.
      ok(await send(staff, 'counter.desk', { counterId: 1 }));
    });
  });
});

/** Every actor name must have credentials in the fixture (guards against a silently anonymous call). */
it('the fixture gives every non-anonymous actor a credential', () => {
  for (const [name, creds] of Object.entries(hall.credentials) as [ActorName, Credentials][]) {
    if (name !== 'anon') expect(creds.token ?? creds.deviceKey ?? '').not.toBe('');
  }
});

/**
 * A bad device key alone is refused as unknown (the device then says how to get a good one); anything
 * with a session token, or a malformed Authorization header, is simply unauthenticated.
 */
function refusalFor(credentials: Record<string, unknown>): 'DEVICE_KEY_UNKNOWN' | 'UNAUTHENTICATED' {
  const deviceOnly = ('deviceKey' in credentials || 'x-device-key' in credentials) && !('token' in credentials) && !('authorization' in credentials);
  return deviceOnly ? 'DEVICE_KEY_UNKNOWN' : 'UNAUTHENTICATED';
}
