/**
 * A full disk under the real server process: the hall's DATA_DIR is a small tmpfs that the test fills
 * up. Commands then answer STORAGE_FULL (not INTERNAL) and change nothing, /healthz says the hall cannot
 * write, and the server keeps running although its log cannot be written either (stdout is /dev/full,
 * stderr a pipe whose reader is gone). Once space is freed, the hall works on, numbering without a gap.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { IssuedTicket } from '../../protocol/views';
import type { ErrorBody } from '../../protocol/errors';
import { tempDir } from '../../testkit/hall';
import { http, idemKey, login } from '../../testkit/clients';
import { spawnServer, stopServer, untilHealthy, type ServerProcess } from '../support/server-process';
import { fillUp, mountTmpfs } from '../support/tmpfs';

// Real server processes start here (test/support/server-process.ts allows each 45 s on a loaded machine).
jest.setTimeout(120_000);

function demoAccess(dataDir: string): { kioskKey: string; staffPassword: string } {
  const text = fs.readFileSync(path.join(dataDir, 'demo-devices.txt'), 'utf8');
  return {
    kioskKey: /\/kiosk\/\?key=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '',
    staffPassword: /\bstaff \/ (\S+)/.exec(text)?.[1] ?? '',
  };
}

function errorOf(body: unknown): ErrorBody | undefined {
  return typeof body === 'object' && body !== null && 'error' in body ? (body as { error: ErrorBody }).error : undefined;
}

describe('a full disk (real server process on a tmpfs)', () => {
  let root = '';
  let unmount: (() => void) | null = null;
  let server: ServerProcess | null = null;
  let devFull = -1;

  beforeAll(() => {
    root = tempDir('hall-full-disk-');
    unmount = mountTmpfs(path.join(root, 'data'), 16 * 1024 * 1024);
    devFull = fs.openSync('/dev/full', 'w');
  });
  afterAll(async () => {
    if (server) await stopServer(server);
    fs.closeSync(devFull);
    unmount?.();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers STORAGE_FULL, reports it on /healthz, survives an unwritable log, and recovers', async () => {
    const dataDir = path.join(root, 'data');
    server = await spawnServer({ dataDir, stdout: devFull });
    await untilHealthy(server);
    const { url } = server;
    const { kioskKey, staffPassword } = demoAccess(dataDir);
    const issue = (): Promise<{ status: number; body: unknown }> => http<IssuedTicket>(url, 'POST', '/api/tickets',
      { deviceKey: kioskKey, body: { serviceId: 'company-registration', idempotencyKey: idemKey() } });
    const staff = await login(url, 'staff', staffPassword);

    const first = await issue();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, data: { ticket: { number: 'A001' } } });

    // Nobody reads the server's error output any more, and its WAL restarts empty: every commit from
    // now on must grow a file on the disk that is about to be full.
    server.child.stderr?.destroy();
    const side = new Database(path.join(dataDir, 'hall.sqlite'));
    side.pragma('wal_checkpoint(TRUNCATE)');
    side.close();
    const filler = path.join(dataDir, 'filler');
    expect(fillUp(filler)).toBeGreaterThan(0);

    const refused = await issue();
    expect(refused.status).toBe(507);
    expect(errorOf(refused.body)?.code).toBe('STORAGE_FULL');
    const opened = await http(url, 'POST', '/api/counters/1/open', { token: staff, body: {} });
    expect(opened.status).toBe(507);
    expect(errorOf(opened.body)?.code).toBe('STORAGE_FULL');

    const health = await http(url, 'GET', '/healthz');
    expect(health.status).toBe(507);
    expect(errorOf(health.body)?.code).toBe('STORAGE_FULL');
    expect(server.child.exitCode).toBeNull();

    fs.rmSync(filler);
    expect((await http(url, 'GET', '/healthz')).status).toBe(200);
    const after = await issue();
    expect(after.status).toBe(200);
    // The refused ticket took no number.
    expect(after.body).toMatchObject({ ok: true, data: { ticket: { number: 'A002' } } });
    expect((await http(url, 'POST', '/api/counters/1/open', { token: staff, body: {} })).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
  });
});
