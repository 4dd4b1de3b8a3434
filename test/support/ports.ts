import net from 'node:net';

/**
 * Ports below Linux's ephemeral range (32768–60999 by default). A port the OS hands out for `listen(0)`
 * lies inside that range, so once the probe closes it, any outgoing connection on the machine (another
 * test's client) may take it as its local port before our server process binds it: EADDRINUSE at
 * random. Ports below the range are only ever taken by an explicit listen.
 */
const LOW = 20_000;
const HIGH = 32_000;
const TRIES = 50;

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A loopback port free right now, for a server that must keep its port across restarts. */
export async function freePort(): Promise<number> {
  for (let i = 0; i < TRIES; i += 1) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await tryListen(port)) return port;
  }
  throw new Error(`no free loopback port between ${LOW} and ${HIGH}`);
}
