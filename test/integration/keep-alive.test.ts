/**
 * A client reuses its open HTTP connection after a pause longer than Node's default 5 s idle limit (a
 * kiosk PC whose own idle timer ran late): the server still answers on it instead of having closed it, so
 * a POST sent on it is never lost with nothing received.
 */
import net from 'node:net';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { KEEP_ALIVE_MS } from '../../server/hall-server';

let th: TestHall;
beforeAll(async () => {
  th = await startTestHall();
});
afterAll(async () => th.close());

/** Sends one request on the socket and resolves with the status line and headers of the answer. */
function ask(socket: net.Socket, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer): void => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(received.slice(0, end));
    };
    const onClose = (): void => reject(new Error(`the server closed the connection (received: ${JSON.stringify(received)})`));
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

it('keeps an idle connection open past 5 s and tells clients how long it will', async () => {
  const port = Number(new URL(th.url).port);
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  try {
    const first = await ask(socket, port);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    // Clients read this to close an idle connection before the server does.
    expect(first).toMatch(new RegExp(`\\r\\nKeep-Alive: timeout=${KEEP_ALIVE_MS / 1000}\\b`, 'i'));
    await new Promise((resolve) => setTimeout(resolve, 5500));
    expect(await ask(socket, port)).toMatch(/^HTTP\/1\.1 200/);
  } finally {
    socket.destroy();
  }
});

it('still stops promptly when a request is in hand as it closes: its connection does not wait out the keep-alive', async () => {
  const hall = await startTestHall();
  const port = Number(new URL(hall.url).port);
  const socket = net.connect(port, '127.0.0.1');
  // Closed once, here or in the test's own step; a failing step still leaves no hall running.
  let closing: Promise<void> | null = null;
  try {
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const body = JSON.stringify({ username: 'staff01', password: 'wrong password' });
    const answered = new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
        if (received.includes('\r\n\r\n')) resolve(received.slice(0, received.indexOf('\r\n')));
      });
    });
    // The headers and half the body: the request is in hand when the hall starts to close.
    socket.write(`POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    let closed = false;
    closing = hall.close().then(() => {
      closed = true;
    });
    socket.write(body.slice(10));
    // The request is answered, then the stop completes well inside the keep-alive time.
    expect(await answered).toMatch(/^HTTP\/1\.1 \d{3}/);
    // A bound on correctness (a keep-alive wait would be a minute), not a speed measurement.
    const bound = new Promise((resolve) => setTimeout(resolve, 3000));
    await Promise.race([closing, bound]);
    expect(closed).toBe(true);
  } finally {
    socket.destroy();
    await (closing ?? hall.close());
  }
});
