/**
 * A stand-in for the 好差评 platform the push sends to, on 127.0.0.1: it takes batches, or fails in the
 * ways a real one does — a 500, no answer at all, an answer that is not HTTP, nobody listening, or the
 * batch taken but the answer lost on the way back. It keeps every batch it took (with repeats), so a
 * test can check what a receiver that de-duplicates by rating id ends up with.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RatingPushBatch } from '../../protocol/rating-push';

export type ReceiverMode = 'ok' | 'error500' | 'hang' | 'garbage' | 'lose-answer';

export class FakeReceiver {
  mode: ReceiverMode = 'ok';
  /** Every batch the receiver took, in order, repeats included. */
  readonly taken: RatingPushBatch[] = [];
  /** The Authorization header of every request. */
  readonly authorizations: (string | undefined)[] = [];
  requests = 0;
  private server: http.Server | null = null;
  private readonly sockets = new Set<Socket>();
  private waiters: (() => void)[] = [];
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/haochaping/ratings`;
  }

  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: the push then finds nobody there (connection refused). */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once a request has arrived (and, in `hang` mode, is being held). */
  nextRequest(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The rating ids a receiver that de-duplicates by id holds. */
  ratingIds(): number[] {
    return [...new Set(this.taken.flatMap((b) => b.rows.map((r) => r.ratingId)))].sort((a, b) => a - b);
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    this.requests += 1;
    this.authorizations.push(req.headers.authorization);
    const waiters = this.waiters.splice(0);
    const take = (): void => {
      this.taken.push(JSON.parse(body) as RatingPushBatch);
    };
    switch (this.mode) {
      case 'ok':
        take();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
        break;
      case 'error500':
        res.writeHead(500).end('internal error');
        break;
      case 'hang':
        break;
      case 'garbage':
        req.socket.end('this is not HTTP at all\r\n\r\n');
        break;
      case 'lose-answer':
        take();
        req.socket.destroy();
        break;
    }
    for (const w of waiters) w();
  }
}
