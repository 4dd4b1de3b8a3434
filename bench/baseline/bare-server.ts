/**
 * The bare baseline: a socket.io server that does nothing but what a call must do at the least — on
 * `call` from a controller it broadcasts one small event to the display room (encoded once by
 * socket.io). Same socket.io version and settings, same transport and same clients as the hall.
 */
import http from 'node:http';
import { Server } from 'socket.io';

export async function startBareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer();
  // The hall's own transport settings (server/realtime/socket-server.ts), so only the work differs.
  const io = new Server(server, { pingInterval: 10_000, pingTimeout: 8_000, serveClient: false });
  let seq = 0;
  io.on('connection', (socket) => {
    void socket.join('hall');
    socket.on('call', (call: { number: string; counterId: number }) => {
      seq += 1;
      io.to('hall').emit('hall.event', { seq, call: { number: call.number, counterId: call.counterId } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('bare server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => {
      void io.close(() => resolve());
    }),
  };
}
