/**
 * The real server process killed with SIGKILL while tickets are being issued: after a restart on the
 * same DATA_DIR every acknowledged ticket is there with its number and status, numbering goes on
 * without a repeat, and a ticket called before the crash is still called at the same counter.
 *
 * The server runs as `npm start` runs it (`node`, its flags, `--import tsx server/main.ts`) rather than
 * through the tsx command, because the tsx command starts the server as a second process: a SIGKILL to
 * the wrapper cannot be passed on and would leave the real server running.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { CounterState, IssuedTicket, TicketTrack } from '../../protocol/views';
import { tempDir } from '../../testkit/hall';
import { middayZone } from '../../testkit/midday-zone';
import { spawnServer, stopServer, untilHealthy, type ServerProcess } from '../support/server-process';
import { http, idemKey, login, ok } from '../../testkit/clients';

// Real server processes start here (test/support/server-process.ts allows each 45 s on a loaded machine).
jest.setTimeout(120_000);

interface Acked { token: string; number: string; issuer: string }

/** The server as `npm start` runs it, on the demo hall, ready when its health check answers. */
async function startServer(dataDir: string, servers: ServerProcess[]): Promise<ServerProcess> {
  const server = await spawnServer({
    dataDir,
    env: {
      INITIAL_ADMIN_PASSWORD: 'durability-admin-password', SEED_DEMO: '1',
      // The child reads the real clock: no business-day boundary may fall inside the test.
      HALL_TIMEZONE: middayZone(),
    },
  });
  servers.push(server);
  await untilHealthy(server);
  return server;
}

/** Device keys and the demo staff password, as main.ts leaves them in DATA_DIR/demo-devices.txt. */
function demoAccess(dataDir: string): { kioskKeys: string[]; staffPassword: string } {
  const text = fs.readFileSync(path.join(dataDir, 'demo-devices.txt'), 'utf8');
  const kioskKeys = [...text.matchAll(/\/kiosk\/\?key=([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? '');
  const staffPassword = /\bstaff \/ (\S+)/.exec(text)?.[1] ?? '';
  return { kioskKeys, staffPassword };
}

const seqOf = (number: string): number => Number(number.slice(-3));
const prefixOf = (number: string): string => number.slice(0, -3);

describe('durability across a hard kill', () => {
  const servers: ServerProcess[] = [];
  let dataDir = '';

  beforeAll(() => {
    dataDir = tempDir('hall-durability-');
  });
  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged ticket, its number and its call after SIGKILL and restart', async () => {
    const first = await startServer(dataDir, servers);
    const { kioskKeys, staffPassword } = demoAccess(dataDir);
    expect(kioskKeys).toHaveLength(2);
    const acked: Acked[] = [];
    const issue = async (url: string, issuer: { deviceKey?: string; token?: string }, serviceId: string): Promise<void> => {
      const res = await http<IssuedTicket>(url, 'POST', '/api/tickets', { ...issuer, body: { serviceId, idempotencyKey: idemKey() } });
      if (res.status === 200) {
        const { ticket } = ok(res.body);
        acked.push({ token: ticket.token, number: ticket.number, issuer: issuer.deviceKey ?? 'staff' });
      }
    };

    // Some one at a time, then both kiosks at once.
    const [kiosk1 = '', kiosk2 = ''] = kioskKeys;
    for (let i = 0; i < 4; i += 1) await issue(first.url, { deviceKey: kiosk1 }, 'company-registration');
    await Promise.all([
      ...Array.from({ length: 6 }, (_v, i) => issue(first.url, { deviceKey: kiosk1 }, i % 2 ? 'individual-business' : 'elderly-allowance')),
      ...Array.from({ length: 6 }, (_v, i) => issue(first.url, { deviceKey: kiosk2 }, i % 2 ? 'company-registration' : 'employment-registration')),
    ]);
    expect(acked).toHaveLength(16);

    // A counter calls the first A ticket.
    const staffToken = await login(first.url, 'staff', staffPassword);
    expect((await http(first.url, 'POST', '/api/counters/1/open', { token: staffToken, body: {} })).status).toBe(200);
    const desk = ok((await http<CounterState>(first.url, 'POST', '/api/counters/1/call-next', { token: staffToken, body: {} })).body);
    const called = desk.current;
    expect(called).toMatchObject({ number: 'A001', status: 'called', counterId: 1 });
    // The desk never carries the tracking token; the resident's slip (the kiosk's answer) does.
    const calledToken = acked.find((a) => a.number === called?.number)?.token ?? '';

    // Three lanes keep issuing one request after another; the process dies mid-stream.
    let acksInStorm = 0;
    let killed: Promise<string> | null = null;
    const lane = async (issuer: { deviceKey?: string; token?: string }, serviceId: string): Promise<void> => {
      for (let i = 0; i < 8 && !killed; i += 1) {
        try {
          const before = acked.length;
          await issue(first.url, issuer, serviceId);
          acksInStorm += acked.length - before;
          if (acksInStorm >= 6 && !killed) killed = stopServer(first);
        } catch {
          return; // the connection died with the process: this request was never acknowledged
        }
      }
    };
    await Promise.all([
      lane({ deviceKey: kiosk1 }, 'company-registration'),
      lane({ deviceKey: kiosk2 }, 'elderly-allowance'),
      lane({ token: staffToken }, 'employment-registration'),
    ]);
    await killed;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acksInStorm).toBeGreaterThanOrEqual(6);

    // Straight from the file, with the server dead: every acknowledged ticket is there.
    const file = new Database(path.join(dataDir, 'hall.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const byToken = file.prepare('SELECT number, status, counter_id FROM tickets WHERE token = ?');
      for (const a of acked) {
        expect(byToken.get(a.token)).toMatchObject({ number: a.number });
      }
      expect(byToken.get(calledToken)).toEqual({ number: 'A001', status: 'called', counter_id: 1 });
      expect(file.prepare('SELECT business_day, number FROM tickets GROUP BY business_day, number HAVING COUNT(*) > 1').all()).toEqual([]);
      expect((file.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get() as { n: number }).n)
        .toBe((file.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n);
    } finally {
      file.close();
    }

    // Restart on the same data directory.
    const second = await startServer(dataDir, servers);
    for (const a of acked) {
      const res = await http<TicketTrack>(second.url, 'GET', `/api/tickets/${a.token}`);
      expect(res.status).toBe(200);
      const track = ok(res.body);
      expect(track.number).toBe(a.number);
      if (a.token === calledToken) {
        expect(track).toMatchObject({ status: 'called', counterId: 1, counterName: '1号窗口' });
      } else {
        expect(track.status).toBe('waiting');
      }
    }

    // Numbering goes on after the highest acknowledged number of each prefix, never repeating one.
    const highest = new Map<string, number>();
    for (const a of acked) highest.set(prefixOf(a.number), Math.max(highest.get(prefixOf(a.number)) ?? 0, seqOf(a.number)));
    const services: [string, string][] = [['A', 'company-registration'], ['E', 'elderly-allowance'], ['G', 'employment-registration']];
    const newNumbers: string[] = [];
    for (const [prefix, serviceId] of services) {
      const res = await http<IssuedTicket>(second.url, 'POST', '/api/tickets',
        { deviceKey: kiosk1, body: { serviceId, idempotencyKey: idemKey() } });
      const number = ok(res.body).ticket.number;
      expect(prefixOf(number)).toBe(prefix);
      expect(seqOf(number)).toBeGreaterThan(highest.get(prefix) ?? 0);
      newNumbers.push(number);
    }
    const allNumbers = [...acked.map((a) => a.number), ...newNumbers];
    expect(new Set(allNumbers).size).toBe(allNumbers.length);

    // The counter still has the called ticket in hand and can carry on with it.
    const again = await login(second.url, 'staff', staffPassword);
    const after = ok((await http<CounterState>(second.url, 'GET', '/api/counters/1/desk', { token: again })).body);
    expect(after.current).toMatchObject({ number: 'A001', status: 'called' });
    const finished = ok((await http<CounterState>(second.url, 'POST', '/api/counters/1/finish', { token: again, body: {} })).body);
    expect(finished.current).toBeNull();

    await stopServer(second);
  });
});
