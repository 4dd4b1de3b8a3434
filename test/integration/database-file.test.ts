/**
 * The hall's database file at start, with the real server process: a missing file becomes a new hall
 * whose files only the owner can read; an empty, garbage, damaged or read-only file stops the start
 * with one line that names the file and says what to do, a non-zero exit, and the file left as it was —
 * never a new demo hall in its place.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../server/db/open';
import { tempDir } from '../../testkit/hall';
import { http } from '../../testkit/clients';
import { spawnServer, stopServer, untilExit, untilHealthy, type ServerProcess } from '../support/server-process';

// Real server processes start here (test/support/server-process.ts allows each 45 s on a loaded machine).
jest.setTimeout(120_000);

const NOBODY = { uid: 65534, gid: 65534 };
const runningAsRoot = process.getuid?.() === 0;

function mode(file: string): string {
  return (fs.statSync(file).mode & 0o777).toString(8);
}

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function kioskKey(dataDir: string): string {
  const text = fs.readFileSync(path.join(dataDir, 'demo-devices.txt'), 'utf8');
  return /\/kiosk\/\?key=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
}

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not happen`);
}

describe('the database file at start (real server process)', () => {
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  const dir = (): string => {
    const d = tempDir('hall-dbfile-');
    dirs.push(d);
    return d;
  };
  const start = async (dataDir: string, user?: { uid: number; gid: number }): Promise<ServerProcess> => {
    const server = await spawnServer({ dataDir, ...(user ? { user } : {}) });
    servers.push(server);
    return server;
  };

  afterEach(async () => {
    await Promise.all(servers.splice(0).map(stopServer));
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  /** Starts the server on `dataDir` and expects the one-line refusal; returns that line. */
  async function refusedStart(dataDir: string, user?: { uid: number; gid: number }): Promise<string> {
    const file = path.join(dataDir, 'hall.sqlite');
    const before = sha(file);
    const server = await start(dataDir, user);
    const code = await untilExit(server);
    expect(code).not.toBe('0');
    const lines = server.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(server.stdout()).toBe('');
    // Nothing replaced or added: the file is as it was and no demo hall was made.
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(path.join(dataDir, 'demo-devices.txt'))).toBe(false);
    return lines[0] ?? '';
  }

  it('creates a new hall owner-only: directory, database, -wal, -shm and print previews', async () => {
    const dataDir = path.join(dir(), 'data');
    const server = await start(dataDir);
    await untilHealthy(server);
    const db = path.join(dataDir, 'hall.sqlite');
    expect(mode(dataDir)).toBe('700');
    expect(mode(db)).toBe('600');
    expect(mode(`${db}-wal`)).toBe('600');
    expect(mode(`${db}-shm`)).toBe('600');
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('creating'))).toEqual([]);

    const issued = await http(server.url, 'POST', '/api/tickets', {
      deviceKey: kioskKey(dataDir), body: { serviceId: 'company-registration', idempotencyKey: 'owner-only-preview-1' },
    });
    expect(issued.status).toBe(200);
    const prints = path.join(dataDir, 'prints');
    const day = await until(() => (fs.existsSync(prints) ? fs.readdirSync(prints)[0] : undefined), 'a print preview');
    const files = await until(() => {
      const found = fs.readdirSync(path.join(prints, day));
      return found.length >= 2 ? found : undefined;
    }, 'preview files');
    expect(mode(prints)).toBe('700');
    expect(mode(path.join(prints, day))).toBe('700');
    for (const f of files) expect(mode(path.join(prints, day, f))).toBe('600');
  });

  it('refuses a zero-length file instead of making a new demo hall in it', async () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, 'hall.sqlite'), '');
    const line = await refusedStart(dataDir);
    expect(line).toContain('0 字节');
    expect(line).toContain('备份');
    expect(fs.statSync(path.join(dataDir, 'hall.sqlite')).size).toBe(0);
  });

  it('refuses a file that is not a database', async () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, 'hall.sqlite'), crypto.randomBytes(8192));
    expect(await refusedStart(dataDir)).toContain('已损坏');
  });

  it('refuses a hall database whose first page is damaged', async () => {
    const dataDir = dir();
    openDatabase(dataDir).close();
    const file = path.join(dataDir, 'hall.sqlite');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(300, 0xff), 0, 300, 100); // the schema table's page header and cells
    fs.closeSync(fd);
    expect(await refusedStart(dataDir)).toContain('已损坏');
  });

  it('refuses a database it cannot open: the file is a directory, or DATA_DIR lies under a file', async () => {
    const dataDir = dir();
    fs.mkdirSync(path.join(dataDir, 'hall.sqlite'));
    const server = await start(dataDir);
    expect(await untilExit(server)).not.toBe('0');
    expect(server.stderr().trim().split('\n')).toEqual([expect.stringContaining(`无法打开数据库文件 ${path.join(dataDir, 'hall.sqlite')}`)]);
    expect(fs.statSync(path.join(dataDir, 'hall.sqlite')).isDirectory()).toBe(true);

    const notADir = path.join(dir(), 'plain-file');
    fs.writeFileSync(notADir, 'not a directory');
    const second = await start(path.join(notADir, 'data'));
    expect(await untilExit(second)).not.toBe('0');
    expect(second.stderr().trim().split('\n')).toEqual([expect.stringContaining(path.join(notADir, 'data', 'hall.sqlite'))]);
  });

  it('refuses a database it may not write, instead of failing at the first ticket', async () => {
    const dataDir = dir();
    openDatabase(dataDir).close();
    fs.chmodSync(path.join(dataDir, 'hall.sqlite'), 0o444);
    // root may write any file: run the server as an ordinary user who owns the directory, not the file.
    if (runningAsRoot) fs.chownSync(dataDir, NOBODY.uid, NOBODY.gid);
    const line = await refusedStart(dataDir, runningAsRoot ? NOBODY : undefined);
    expect(line).toContain('不能写入');
  });
});
