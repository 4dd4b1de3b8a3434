/**
 * An ESC/POS printer on a device file (USB: /dev/usb/lp0, parallel: /dev/lp0). Written with fs in
 * non-blocking mode, so a stuck printer makes writes fail with EAGAIN — which we wait out against a
 * deadline — instead of blocking a libuv thread for ever (node-thermal-printer's file transport
 * retries for minutes, too long for a resident at a kiosk).
 *
 * Status: USB printers answer DLE EOT through the same device when the kernel's usblp driver has a
 * read endpoint; many do, some do not. A device that opens but does not answer is taken as 'ok'
 * (configurable), because the paper sensor simply cannot be read. A path that is a regular file
 * (a capture file for testing) is 'ok' whenever it can be opened.
 */
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { PrintDocument } from '../layout/blocks';
import type { PrinterState } from '../types';
import { encodeEscPos } from '../escpos/encode';
import { STATUS_OFFLINE_CAUSE, STATUS_PAPER_SENSOR } from '../escpos/commands';
import { isStatusByte, stateFromStatusBytes } from '../escpos/status';
import { errorText, PrintDeliveryError, type PrintAttempt, type PrinterDriver } from './driver';
import { resolveTimeouts, type DriverTimeouts } from './timeouts';

export interface DeviceDriverOptions extends Partial<DriverTimeouts> {
  /** State reported when the device opens but does not answer status queries. */
  stateWithoutAnswer?: PrinterState;
  /** Pause between tries while the device says "busy" (EAGAIN). */
  pollMs?: number;
}

const { O_WRONLY, O_RDWR, O_APPEND, O_NONBLOCK } = fs.constants;

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'EAGAIN' || error.code === 'EWOULDBLOCK');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export class EscPosDeviceDriver implements PrinterDriver {
  readonly kind = 'escpos-device';
  private readonly timeouts: DriverTimeouts;
  private readonly stateWithoutAnswer: PrinterState;
  private readonly pollMs: number;

  constructor(readonly path: string, options: DeviceDriverOptions = {}) {
    this.timeouts = resolveTimeouts(options);
    this.stateWithoutAnswer = options.stateWithoutAnswer ?? 'ok';
    this.pollMs = options.pollMs ?? 20;
  }

  async print(doc: PrintDocument, attempt: PrintAttempt): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = encodeEscPos(doc);
    } catch (error) {
      throw new PrintDeliveryError('render_failed', false, errorText(error));
    }

    let handle: FileHandle;
    try {
      // O_APPEND: on a device it changes nothing; on a capture file it keeps earlier jobs.
      handle = await withDeadline(fs.promises.open(this.path, O_WRONLY | O_APPEND | O_NONBLOCK),
        this.timeouts.connectTimeoutMs, 'opening the device');
    } catch (error) {
      throw new PrintDeliveryError('connect_failed', false, errorText(error));
    }

    try {
      attempt.onFirstByte();
      await this.writeAll(handle, bytes, attempt.signal);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  private async writeAll(handle: FileHandle, bytes: Buffer, signal: AbortSignal): Promise<void> {
    const deadline = Date.now() + this.timeouts.writeTimeoutMs;
    let offset = 0;
    while (offset < bytes.length) {
      if (signal.aborted || Date.now() > deadline) {
        throw new PrintDeliveryError('timeout', true, `device took ${offset} of ${bytes.length} bytes before the deadline`);
      }
      try {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
        offset += bytesWritten;
      } catch (error) {
        if (!isBusy(error)) throw new PrintDeliveryError('write_failed', true, errorText(error));
        await sleep(this.pollMs, signal);
      }
    }
  }

  async status(): Promise<PrinterState> {
    let handle: FileHandle;
    try {
      handle = await withDeadline(fs.promises.open(this.path, O_RDWR | O_NONBLOCK),
        this.timeouts.connectTimeoutMs, 'opening the device');
    } catch {
      return 'offline';
    }
    try {
      const info = await handle.stat();
      if (!info.isCharacterDevice()) return 'ok';
      const answers = await this.ask(handle);
      const [offlineCause, paperSensor] = answers;
      if (offlineCause === undefined || paperSensor === undefined) return this.stateWithoutAnswer;
      return stateFromStatusBytes(offlineCause, paperSensor);
    } catch {
      return 'error';
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  private async ask(handle: FileHandle): Promise<number[]> {
    await handle.write(Buffer.concat([STATUS_OFFLINE_CAUSE, STATUS_PAPER_SENSOR]));
    const answers: number[] = [];
    const buffer = Buffer.alloc(16);
    const deadline = Date.now() + this.timeouts.statusTimeoutMs;
    while (answers.length < 2 && Date.now() < deadline) {
      try {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        for (const byte of buffer.subarray(0, bytesRead)) if (isStatusByte(byte)) answers.push(byte);
        if (bytesRead === 0) await sleep(this.pollMs);
      } catch (error) {
        if (!isBusy(error)) throw error;
        await sleep(this.pollMs);
      }
    }
    return answers;
  }
}
