/**
 * A network ESC/POS printer on its raw port (tcp://host:9100). A plain socket rather than
 * node-thermal-printer's transport, because the queue must know whether any byte left (to decide on a
 * retry) and every wait needs its own deadline.
 *
 * Delivery is confirmed by a DLE EOT query written after the job: a printer reads its input in order,
 * so its answer means every job byte has arrived. A printer that never answers status queries can be
 * run with `confirmDelivery: false`; the job then counts as printed once the bytes are written out.
 */
import type net from 'node:net';
import type { PrintDocument } from '../layout/blocks';
import type { PrinterState } from '../types';
import { encodeEscPos } from '../escpos/encode';
import { STATUS_OFFLINE_CAUSE, STATUS_PAPER_SENSOR } from '../escpos/commands';
import { isPrintableState, stateFromStatusBytes } from '../escpos/status';
import { asDeliveryError, errorText, PrintDeliveryError, type PrintAttempt, type PrinterDriver } from './driver';
import { resolveTimeouts, type DriverTimeouts } from './timeouts';
import { AbortedError, connectTo, NotAPrinterError, StatusTimeoutError, writeAndCollectStatus } from './tcp';

export interface NetworkDriverOptions extends Partial<DriverTimeouts> {
  confirmDelivery?: boolean;
}

function writeAll(socket: net.Socket, bytes: Buffer, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new StatusTimeoutError(`bytes not written within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = (): void => done(new AbortedError('aborted'));
    const onError = (error: Error): void => done(error);
    let settled = false;
    function done(error: Error | null): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('error', onError);
      if (error) reject(error);
      else resolve();
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('error', onError);
    socket.end(bytes, () => done(null));
  });
}

export class EscPosNetworkDriver implements PrinterDriver {
  readonly kind = 'escpos-network';
  private readonly timeouts: DriverTimeouts;
  private readonly confirmDelivery: boolean;

  constructor(readonly host: string, readonly port: number, options: NetworkDriverOptions = {}) {
    this.timeouts = resolveTimeouts(options);
    this.confirmDelivery = options.confirmDelivery ?? true;
  }

  async print(doc: PrintDocument, attempt: PrintAttempt): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = encodeEscPos(doc);
    } catch (error) {
      throw new PrintDeliveryError('render_failed', false, errorText(error));
    }

    let socket: net.Socket;
    try {
      socket = await connectTo(this.host, this.port, this.timeouts.connectTimeoutMs, attempt.signal);
    } catch (error) {
      if (error instanceof AbortedError) throw new PrintDeliveryError('timeout', false, error.message);
      throw new PrintDeliveryError('connect_failed', false, errorText(error));
    }

    try {
      attempt.onFirstByte();
      if (this.confirmDelivery) {
        const [offlineCause = 0, paperSensor = 0] = await writeAndCollectStatus(socket, {
          count: 2,
          timeoutMs: this.timeouts.writeTimeoutMs,
          signal: attempt.signal,
          send: [bytes, STATUS_OFFLINE_CAUSE, STATUS_PAPER_SENSOR],
          onlyAfterWritten: true,
        });
        // The answer comes after the printer has taken the whole slip: paper end, an open cover or an
        // error at that moment means the slip may have stopped short.
        const after = stateFromStatusBytes(offlineCause, paperSensor);
        if (!isPrintableState(after)) throw new PrintDeliveryError('cut_short', true, `printer reported ${after} after the slip`);
      } else {
        await writeAll(socket, bytes, this.timeouts.writeTimeoutMs, attempt.signal);
      }
    } catch (error) {
      if (error instanceof NotAPrinterError) throw new PrintDeliveryError('not_a_printer', true, error.message);
      if (error instanceof AbortedError || error instanceof StatusTimeoutError) {
        // Every byte was handed over and only the confirmation is missing: it may well have printed.
        if (error.written) throw new PrintDeliveryError('unconfirmed', true, error.message);
        throw new PrintDeliveryError('timeout', true, error.message);
      }
      throw asDeliveryError(error, true);
    } finally {
      socket.destroy();
    }
  }

  async status(): Promise<PrinterState> {
    let socket: net.Socket;
    try {
      socket = await connectTo(this.host, this.port, this.timeouts.connectTimeoutMs);
    } catch {
      return 'offline';
    }
    try {
      const [offlineCause = 0, paperSensor = 0] = await writeAndCollectStatus(socket, {
        count: 2,
        timeoutMs: this.timeouts.statusTimeoutMs,
        send: [Buffer.concat([STATUS_OFFLINE_CAUSE, STATUS_PAPER_SENSOR])],
      });
      return stateFromStatusBytes(offlineCause, paperSensor);
    } catch (error) {
      if (error instanceof NotAPrinterError) return 'not_a_printer';
      // Reachable but silent or hanging up: the printer is there and not working.
      return 'error';
    } finally {
      socket.destroy();
    }
  }
}
