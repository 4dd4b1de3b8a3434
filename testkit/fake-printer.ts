/**
 * A fake ESC/POS network printer on 127.0.0.1 (port 0). It records every byte per connection, answers
 * DLE EOT status queries as the paper mode says, and can misbehave: refuse connections (port closed),
 * accept and hang (never read, never answer), drop the connection after N bytes of a job, close or
 * reset a connection as soon as it is accepted, close its sending side and go silent (half-open), answer
 * status but hang on jobs, or answer like a web server. It skips
 * over the data of GS v 0 and GS ( k, as a printer does, so bytes inside an image are not taken for
 * a status query.
 */
import net from 'node:net';

export type PaperMode = 'ok' | 'near_end' | 'paper_out' | 'cover_open';
export type Behaviour =
  | { kind: 'normal' }
  /** Accepts, then never reads and never answers. */
  | { kind: 'hang' }
  /** Resets the connection once `bytes` bytes have arrived. */
  | { kind: 'close_after'; bytes: number }
  /** Closes (FIN) each connection the moment it is accepted. */
  | { kind: 'close_at_once' }
  /** Resets (RST) each connection the moment it is accepted. */
  | { kind: 'reset_at_once' }
  /** Closes its sending side at once, then keeps reading without ever answering. */
  | { kind: 'half_open' }
  /** Answers a connection that carries only status queries; on anything else goes silent. */
  | { kind: 'status_only' }
  /** A web server on the printer's port: answers any bytes with an HTTP error and closes. */
  | { kind: 'http' }
  /** Prints normally, but the paper runs out during each job: the status answers after it say paper end. */
  | { kind: 'paper_ends_in_job' };

export interface Connection {
  bytes: Buffer;
  /** Status answers sent on this connection. */
  answers: number[];
}

const STATUS_BASE = 0x12;

function answerFor(n: number, paper: PaperMode): number {
  if (n === 2) {
    if (paper === 'cover_open') return STATUS_BASE | 0x04;
    if (paper === 'paper_out') return STATUS_BASE | 0x20;
    return STATUS_BASE;
  }
  if (n === 4) {
    if (paper === 'paper_out') return STATUS_BASE | 0x60;
    if (paper === 'near_end') return STATUS_BASE | 0x0c;
    return STATUS_BASE;
  }
  return STATUS_BASE;
}

/** Only DLE EOT queries, nothing printable. */
export function isStatusOnly(bytes: Buffer): boolean {
  if (bytes.length % 3 !== 0) return false;
  for (let i = 0; i < bytes.length; i += 3) {
    if (bytes[i] !== 0x10 || bytes[i + 1] !== 0x04) return false;
  }
  return true;
}

export class FakePrinter {
  paper: PaperMode = 'ok';
  behaviour: Behaviour = { kind: 'normal' };
  readonly connections: Connection[] = [];
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private portNumber = 0;

  static async start(): Promise<FakePrinter> {
    const printer = new FakePrinter();
    await printer.listen(0);
    return printer;
  }

  get port(): number {
    return this.portNumber;
  }

  get url(): string {
    return `tcp://127.0.0.1:${this.portNumber}`;
  }

  /** Connections that carried a job (anything besides status queries). */
  jobs(): Buffer[] {
    return this.connections.map((c) => c.bytes).filter((bytes) => bytes.length > 0 && !isStatusOnly(bytes));
  }

  private listen(port: number): Promise<void> {
    // Half-open connections stay readable after the fake has closed its side.
    const server = net.createServer({ allowHalfOpen: true }, (socket) => this.handle(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        if (address && typeof address === 'object') this.portNumber = address.port;
        resolve();
      });
    });
  }

  private handle(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const connection: Connection = { bytes: Buffer.alloc(0), answers: [] };
    this.connections.push(connection);
    const behaviour = this.behaviour;
    if (behaviour.kind === 'hang') {
      socket.pause();
      return;
    }
    if (behaviour.kind === 'close_at_once') {
      socket.destroy();
      return;
    }
    if (behaviour.kind === 'reset_at_once') {
      socket.resetAndDestroy();
      return;
    }
    if (behaviour.kind === 'half_open') {
      socket.end();
      socket.on('data', (chunk: Buffer) => {
        connection.bytes = Buffer.concat([connection.bytes, chunk]);
      });
      return;
    }
    if (behaviour.kind === 'http') {
      socket.once('data', (chunk: Buffer) => {
        connection.bytes = Buffer.concat([connection.bytes, chunk]);
        socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      });
      return;
    }
    // Without allowHalfOpen's default, a client's close must still close this side.
    socket.on('end', () => socket.end());
    let cursor = 0;
    let silent = false;
    socket.on('data', (chunk: Buffer) => {
      if (silent) return;
      let data = chunk;
      if (behaviour.kind === 'close_after') {
        const room = behaviour.bytes - connection.bytes.length;
        data = chunk.subarray(0, Math.max(0, room));
      }
      connection.bytes = Buffer.concat([connection.bytes, data]);
      if (behaviour.kind === 'close_after' && connection.bytes.length >= behaviour.bytes) {
        socket.resetAndDestroy();
        return;
      }
      if (behaviour.kind === 'paper_ends_in_job' && !isStatusOnly(connection.bytes.subarray(0, connection.bytes.length - (connection.bytes.length % 3)))) {
        this.paper = 'paper_out';
      }
      if (behaviour.kind === 'status_only' && !isStatusOnly(connection.bytes.subarray(0, connection.bytes.length - (connection.bytes.length % 3)))) {
        silent = true;
        return;
      }
      cursor = this.answerQueries(socket, connection, cursor);
    });
  }

  /** Walks the stream from `cursor`, answering DLE EOT; returns where to continue. */
  private answerQueries(socket: net.Socket, connection: Connection, from: number): number {
    const b = connection.bytes;
    let i = from;
    while (i < b.length) {
      if (b[i] === 0x10 && b[i + 1] === 0x04) {
        const n = b[i + 2];
        if (n === undefined) return i;
        const answer = answerFor(n, this.paper);
        connection.answers.push(answer);
        socket.write(Buffer.from([answer]));
        i += 3;
      } else if (b[i] === 0x1d && b[i + 1] === 0x76 && b[i + 2] === 0x30) {
        if (i + 8 > b.length) return i;
        const rowBytes = (b[i + 4] ?? 0) + (b[i + 5] ?? 0) * 256;
        const rows = (b[i + 6] ?? 0) + (b[i + 7] ?? 0) * 256;
        const end = i + 8 + rowBytes * rows;
        if (end > b.length) return i;
        i = end;
      } else if (b[i] === 0x1d && b[i + 1] === 0x28 && b[i + 2] === 0x6b) {
        if (i + 5 > b.length) return i;
        const end = i + 5 + (b[i + 3] ?? 0) + (b[i + 4] ?? 0) * 256;
        if (end > b.length) return i;
        i = end;
      } else if ((b[i] === 0x10 || b[i] === 0x1d) && i + 2 >= b.length) {
        return i; // a command may be split across packets
      } else {
        i += 1;
      }
    }
    return i;
  }

  /** Closes the port: new connections are refused. */
  async refuse(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Opens the same port again after refuse(). */
  async accept(): Promise<void> {
    if (!this.server) await this.listen(this.portNumber);
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}
