/**
 * The browser-side hall stream and ticket watch against a real socket.io server on 127.0.0.1 (a stand-in
 * that speaks the protocol, so the client's own rules are what is tested: resync on gaps, version order).
 */
import { createServer, type Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { createHallStream, type HallStream, type HallStreamState } from '../../protocol/client/hall-stream';
import { createTicketWatch, type TicketWatch, type TicketWatchState } from '../../protocol/client/ticket-watch';
import { CommandNotAnsweredError } from '../../protocol/client/hall-socket';
import type { TicketTrack } from '../../protocol/views';
import { event, snapshotAt } from './fixtures';

let http: HttpServer;
let io: Server;
let url: string;
let sockets: Socket[] = [];
let snapshotRequests = 0;
let currentSeq = 0;
let currentEpoch = 'e1';
let trackRequests = 0;
let trackAnswer: TicketTrack;
const opened: { close(): void }[] = [];

function ticket(version: number, peopleAhead: number): TicketTrack {
  return {
    id: 1, token: 'tok_0123456789abcdef', number: 'A001', serviceId: 's1', centreId: 'c1', status: 'waiting',
    priority: null, peopleAhead, estimateMinutes: peopleAhead * 5, counterId: null, counterName: null,
    arrivedAt: 1, calledAt: null, finishedAt: null, servingCounters: [1], rated: false, version,
  };
}

beforeEach(async () => {
  snapshotRequests = 0;
  trackRequests = 0;
  currentSeq = 0;
  currentEpoch = 'e1';
  trackAnswer = ticket(1, 3);
  sockets = [];
  http = createServer();
  io = new Server(http);
  io.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('hall.snapshot', (_input: unknown, ack: (answer: unknown) => void) => {
      snapshotRequests += 1;
      ack({ ok: true, data: snapshotAt(currentSeq, currentEpoch) });
    });
    socket.on('ticket.track', (_input: unknown, ack: (answer: unknown) => void) => {
      trackRequests += 1;
      ack({ ok: true, data: trackAnswer });
    });
    socket.on('counter.callNext', () => undefined); // never answers
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  url = `http://127.0.0.1:${address.port}`;
});

afterEach(async () => {
  for (const client of opened.splice(0)) client.close();
  void io.close();
  await new Promise<void>((resolve) => http.close(() => resolve()));
});

function until<S>(source: { state: S; subscribe(l: (s: S) => void): () => void }, test: (s: S) => boolean): Promise<S> {
  return new Promise((resolve) => {
    if (test(source.state)) return resolve(source.state);
    const off = source.subscribe((s) => {
      if (test(s)) {
        off();
        resolve(s);
      }
    });
  });
}

function stream(): HallStream {
  const s = createHallStream({ url, auth: { deviceKey: 'k'.repeat(24) }, ackTimeoutMs: 300, retryDelayMs: 50 });
  opened.push(s);
  return s;
}

const atSeq = (seq: number, epoch = 'e1') => (s: HallStreamState) => s.snapshot?.seq === seq && s.snapshot.epoch === epoch;

describe('hall stream', () => {
  it('takes a snapshot on connect and applies events in sequence', async () => {
    currentSeq = 4;
    const hall = stream();
    await until(hall, (s) => s.status === 'online');
    expect(hall.state.snapshot?.seq).toBe(4);
    io.emit('hall.event', event(5, { loads: [{ serviceId: 's1', waiting: 2, estimateMinutes: 10, issuedToday: 2, closedReason: null }] }));
    const state = await until(hall, atSeq(5));
    expect(state.snapshot?.loads.find((l) => l.serviceId === 's1')?.waiting).toBe(2);
    expect(snapshotRequests).toBe(1);
  });

  it('asks for a fresh snapshot when it sees a gap, and ignores old events', async () => {
    currentSeq = 4;
    const hall = stream();
    await until(hall, (s) => s.status === 'online');
    io.emit('hall.event', event(3));
    currentSeq = 7; // the server moved on; events 5 and 6 never reached this client
    io.emit('hall.event', event(7));
    await until(hall, atSeq(7));
    expect(snapshotRequests).toBe(2);
  });

  it('resyncs when the server restarted (new epoch)', async () => {
    const hall = stream();
    await until(hall, (s) => s.status === 'online');
    currentEpoch = 'e2';
    currentSeq = 1;
    io.emit('hall.event', event(1, {}, 'e2'));
    await until(hall, atSeq(1, 'e2'));
    expect(snapshotRequests).toBe(2);
  });

  it('takes a new snapshot after reconnecting', async () => {
    const hall = stream();
    await until(hall, (s) => s.status === 'online');
    for (const socket of sockets) socket.disconnect(true);
    await until(hall, (s) => s.status === 'offline');
    hall.socket.connect();
    await until(hall, (s) => s.status === 'online');
    expect(snapshotRequests).toBe(2);
  });

  it('rejects a command that gets no answer instead of hanging', async () => {
    const hall = stream();
    await until(hall, (s) => s.status === 'online');
    await expect(hall.send('counter.callNext', { counterId: 1 })).rejects.toBeInstanceOf(CommandNotAnsweredError);
  });

  it('rejects at once while offline rather than buffering the command for later', async () => {
    const hall = stream();
    await until(hall, (s) => s.status === 'online');
    hall.socket.disconnect();
    const failure = await hall.send('counter.callNext', { counterId: 1 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CommandNotAnsweredError);
    expect(failure instanceof CommandNotAnsweredError && failure.reason).toBe('offline');
  });
});

describe('ticket watch', () => {
  function watch(): TicketWatch {
    const w = createTicketWatch({ url, token: 'tok_0123456789abcdef', debounceMs: 200, ackTimeoutMs: 300 });
    opened.push(w);
    return w;
  }
  const version = (v: number) => (s: TicketWatchState) => s.ticket?.version === v;

  it('tracks on connect and ignores pushes older than what it holds', async () => {
    const w = watch();
    await until(w, version(1));
    io.emit('ticket.changed', ticket(3, 1));
    await until(w, version(3));
    io.emit('ticket.changed', ticket(2, 2));
    io.emit('ticket.changed', ticket(4, 0));
    const state = await until(w, version(4));
    expect(state.ticket?.peopleAhead).toBe(0);
    expect(trackRequests).toBe(1);
  });

  it('asks again once after a burst of queue moves of its service', async () => {
    const w = watch();
    await until(w, version(1));
    trackAnswer = ticket(1, 1); // same version, fewer people ahead
    io.emit('queue.moved', { serviceId: 's2' }); // another service: nothing to do
    io.emit('queue.moved', { serviceId: 's1' });
    io.emit('queue.moved', { serviceId: 's1' });
    io.emit('queue.moved', { serviceId: 's1' });
    const state = await until(w, (s) => s.ticket?.peopleAhead === 1);
    expect(state.ticket?.version).toBe(1);
    expect(trackRequests).toBe(2);
  });
});
