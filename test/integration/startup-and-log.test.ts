/**
 * The real server process at start and while it works: without PUBLIC_URL it takes the machine's LAN
 * address for the QR codes and says so; a QR address no phone can open gets a loud warning; and the
 * structured log has one JSON line per command (actor kind and id, command, outcome, duration) in which
 * no password, session token, device key or ticket token ever appears.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IssuedTicket } from '../../protocol/views';
import { tempDir } from '../../testkit/hall';
import { connect, http, idemKey, login, send, type ClientSocket } from '../../testkit/clients';
import { spawnServer, stopServer, untilHealthy, type ServerProcess } from '../support/server-process';

// Real server processes start here (test/support/server-process.ts allows each 45 s on a loaded machine).
jest.setTimeout(120_000);

const ADMIN_PASSWORD = 'log-test-admin-password-Q7';

interface CommandLine { level: string; msg: string; command: string; actor: { kind: string; id?: number }; outcome: string; ms: number }

function jsonLines(output: string): Record<string, unknown>[] {
  return output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function commandLines(output: string): CommandLine[] {
  return jsonLines(output).filter((l) => l.msg === 'command') as unknown as CommandLine[];
}

function firstLanAddress(): string | null {
  for (const infos of Object.values(os.networkInterfaces())) {
    const lan = (infos ?? []).find((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'));
    if (lan) return lan.address;
  }
  return null;
}

function demoAccess(dataDir: string): { keys: string[]; staffPassword: string } {
  const text = fs.readFileSync(path.join(dataDir, 'demo-devices.txt'), 'utf8');
  return {
    keys: [...text.matchAll(/\?key=([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? ''),
    staffPassword: /\bstaff \/ (\S+)/.exec(text)?.[1] ?? '',
  };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not happen`);
}

describe('start-up text and the structured log (real server process)', () => {
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  const sockets: ClientSocket[] = [];
  const start = async (env: Record<string, string>): Promise<{ server: ServerProcess; dataDir: string }> => {
    const dataDir = tempDir('hall-startup-');
    dirs.push(dataDir);
    const server = await spawnServer({ dataDir, env: { INITIAL_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env } });
    servers.push(server);
    await untilHealthy(server);
    return { server, dataDir };
  };

  afterAll(async () => {
    for (const s of sockets) s.close();
    await Promise.all(servers.map(stopServer));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('without PUBLIC_URL uses the LAN address, says so, and puts it in the QR codes', async () => {
    const { server, dataDir } = await start({ PUBLIC_URL: '' });
    const port = new URL(server.url).port;
    const lan = firstLanAddress();
    const expected = lan ? `http://${lan}:${port}` : `http://localhost:${port}`;
    await until(() => server.stdout().includes('窗口叫号页面'), 'the start-up text');
    expect(server.stdout()).toContain(lan ? `本机局域网地址 ${expected}` : `暂用 ${expected}`);
    expect(server.stdout()).toContain(`${expected}/counter/`);
    const { keys } = demoAccess(dataDir);
    const issued = await http<IssuedTicket>(server.url, 'POST', '/api/tickets', {
      deviceKey: keys[0] ?? '', body: { serviceId: 'company-registration', idempotencyKey: idemKey() },
    });
    expect(issued.body).toMatchObject({ ok: true, data: { trackUrl: expect.stringMatching(new RegExp(`^${expected}/t/`)) } });
  });

  it('warns loudly when the QR codes would carry localhost, or the server listens on loopback only', async () => {
    const { server } = await start({ PUBLIC_URL: 'http://localhost:3000' });
    await until(() => server.stdout().includes('窗口叫号页面'), 'the start-up text');
    const text = server.stdout();
    expect(text).toMatch(/!{40,}\n警告：号票二维码中的地址 http:\/\/localhost:3000 只有本机能打开/);
    expect(text).not.toContain('本机局域网地址');
    // The test server listens on 127.0.0.1 with a LAN-looking address too: that is the other warning.
    const { server: second } = await start({ PUBLIC_URL: 'http://192.168.10.5:3000' });
    await until(() => second.stdout().includes('窗口叫号页面'), 'the start-up text');
    expect(second.stdout()).toContain('警告：服务只在本机地址 127.0.0.1 上监听');
    // The structured log is written asynchronously: wait for its warning line too.
    const warned = (): boolean => jsonLines(second.stdout()).some((l) => l.level === 'warn' && l.host === '127.0.0.1');
    await until(warned, 'the structured warning');
    expect(jsonLines(second.stdout())).toEqual(expect.arrayContaining([
      expect.objectContaining({ level: 'warn', host: '127.0.0.1', msg: expect.stringContaining('127.0.0.1') }),
    ]));
  });

  it('an empty hall (SEED_DEMO=0) says where the console is and how to log in, with a password that works', async () => {
    const { server } = await start({ SEED_DEMO: '0', INITIAL_ADMIN_PASSWORD: '', PUBLIC_URL: 'http://192.168.10.5:3000' });
    await until(() => server.stdout().includes('窗口叫号页面'), 'the start-up text');
    const text = server.stdout();
    expect(text).toContain('管理控制台：http://192.168.10.5:3000/admin/');
    expect(text).toContain('大厅尚未设置（SEED_DEMO=0，没有演示数据）：请打开管理控制台 http://192.168.10.5:3000/admin/，用 admin 账号登录');
    const password = /初始管理员账号：admin \/ (\S+?)（/.exec(text)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(text).not.toContain('大厅取号机');
    expect((await http(server.url, 'POST', '/api/auth/login', { body: { username: 'admin', password } })).status).toBe(200);
  });

  it('a revoked demo device is no longer listed at the next start', async () => {
    const { server, dataDir } = await start({});
    await until(() => server.stdout().includes('窗口叫号页面'), 'the start-up text');
    expect(server.stdout()).toContain('大厅取号机 1');
    const token = await login(server.url, 'admin', ADMIN_PASSWORD);
    const devices = await http<{ id: number; name: string }[]>(server.url, 'GET', '/api/admin/devices', { token });
    const first = devices.body.ok ? devices.body.data.find((d) => d.name === '大厅取号机 1') : undefined;
    expect((await http(server.url, 'DELETE', `/api/admin/devices/${first?.id ?? 0}`, { token })).status).toBe(200);
    await stopServer(server);
    const again = await spawnServer({ dataDir, env: { INITIAL_ADMIN_PASSWORD: ADMIN_PASSWORD } });
    servers.push(again);
    await untilHealthy(again);
    await until(() => again.stdout().includes('窗口叫号页面'), 'the start-up text');
    expect(again.stdout()).not.toContain('大厅取号机 1');
    expect(again.stdout()).toContain('大厅取号机 2');
    expect(again.stdout()).toContain('管理员账号：admin（密码为首次启动时显示的密码');
  });

  it('logs one line per command with actor, outcome and duration, and never a secret', async () => {
    const { server, dataDir } = await start({ PUBLIC_URL: 'http://192.168.10.5:3000', LOG_LEVEL: 'info' });
    const { url } = server;
    const { keys, staffPassword } = demoAccess(dataDir);
    const [kioskKey = '', , displayKey = ''] = keys;
    const secrets: string[] = [ADMIN_PASSWORD, staffPassword, ...keys];

    const adminToken = await login(url, 'admin', ADMIN_PASSWORD);
    const staffToken = await login(url, 'staff', staffPassword);
    secrets.push(adminToken, staffToken);
    await http(url, 'POST', '/api/auth/login', { body: { username: 'staff', password: 'wrong-password-Z9' } });
    secrets.push('wrong-password-Z9');

    let sent = 0;
    const issued = await http<IssuedTicket>(url, 'POST', '/api/tickets',
      { deviceKey: kioskKey, body: { serviceId: 'company-registration', idempotencyKey: idemKey() } });
    sent += 1;
    if (!issued.body.ok) throw new Error('issue failed');
    const ticketToken = issued.body.data.ticket.token;
    secrets.push(ticketToken);

    const staff = await connect(url, { token: staffToken });
    const display = await connect(url, { deviceKey: displayKey });
    const phone = await connect(url);
    sockets.push(staff, display, phone);
    const outcomes: string[] = [];
    const note = (r: { ok: boolean; error?: { code: string } }): void => {
      outcomes.push(r.ok ? 'ok' : r.error?.code ?? '?');
      sent += 1;
    };
    for (const verb of ['counter.open', 'counter.callNext', 'counter.start', 'counter.finish'] as const) {
      note(await send(staff, verb, { counterId: 1 }));
    }
    note(await send(display, 'hall.snapshot', {}));
    note(await send(phone, 'ticket.track', { token: ticketToken }));
    note(await send(phone, 'ticket.track', { token: 'no-such-ticket-token-0123456789ab' }));
    secrets.push('no-such-ticket-token-0123456789ab');
    note(await send(phone, 'ticket.rate', { token: ticketToken, level: 5 }));
    note(await send(staff, 'counter.callNext', { counterId: 99 }));
    await http(url, 'GET', `/api/tickets/${ticketToken}`);
    sent += 1;
    await http(url, 'GET', '/api/snapshot', { token: adminToken });
    sent += 1;

    await until(() => commandLines(server.stdout()).length >= sent, `${sent} command lines`);
    const lines = commandLines(server.stdout());
    expect(lines).toHaveLength(sent);
    for (const line of lines) {
      expect(line).toEqual({
        level: 'info', time: expect.any(String), msg: 'command', command: expect.any(String),
        actor: expect.objectContaining({ kind: expect.any(String) }), outcome: expect.any(String), ms: expect.any(Number),
      });
    }
    expect(lines.map((l) => l.command)).toEqual(['ticket.issue', 'counter.open', 'counter.callNext', 'counter.start',
      'counter.finish', 'hall.snapshot', 'ticket.track', 'ticket.track', 'ticket.rate', 'counter.callNext', 'ticket.track',
      'hall.snapshot']);
    expect(lines.slice(1, 10).map((l) => l.outcome)).toEqual(outcomes);
    expect(lines[0]?.actor).toEqual({ kind: 'kiosk', id: expect.any(Number) });
    expect(lines[1]?.actor).toEqual({ kind: 'user', id: expect.any(Number), role: 'staff' });
    expect(lines[6]?.actor).toEqual({ kind: 'anonymous' });
    expect(lines[9]?.outcome).toBe('COUNTER_NOT_FOUND');

    // No credential anywhere in the structured log; the tokens and the admin password nowhere at all
    // (the start-up text shows the demo devices' URLs to the technician, on purpose).
    const structured = server.stdout().split('\n').filter((l) => l.startsWith('{')).join('\n') + server.stderr();
    for (const secret of secrets) expect(structured).not.toContain(secret);
    for (const secret of [ADMIN_PASSWORD, adminToken, staffToken, ticketToken, 'wrong-password-Z9']) {
      expect(server.output()).not.toContain(secret);
    }
  });
});
