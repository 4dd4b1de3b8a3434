/**
 * The one interface every printer kind implements, and the error that tells the queue whether a failed
 * attempt may be repeated. The rule that keeps a slip from printing twice lives here: once the first
 * byte of a job has left the process, the job is "delivered" and a failure is final.
 */
import type { PrintDocument } from '../layout/blocks';
import type { PrintFailureCode, PrinterState } from '../types';

/** `unusable`: the configured address could not be read; the printer is kept, disabled (see bad-address.ts). */
export type DriverKind = 'escpos-network' | 'escpos-device' | 'simulated' | 'none' | 'unusable';

export interface PrintAttempt {
  /** Aborted when the job's deadline passes; the driver stops and closes its connection. */
  signal: AbortSignal;
  /** Called just before the first byte of the job is handed to the connection or device. */
  onFirstByte(): void;
}

export interface PrinterDriver {
  readonly kind: DriverKind;
  /**
   * Print one document. Resolves when the printer has the whole job (network printers confirm by
   * answering a status query sent after it); rejects with a PrintDeliveryError.
   */
  print(doc: PrintDocument, attempt: PrintAttempt): Promise<void>;
  /** The printer's state now; never rejects (an unreachable printer is 'offline'). */
  status(): Promise<PrinterState>;
}

export class PrintDeliveryError extends Error {
  constructor(
    readonly code: PrintFailureCode,
    /** Whether any byte of the job may have reached the printer: then it must not be sent again. */
    readonly delivered: boolean,
    detail: string,
  ) {
    super(detail);
    this.name = 'PrintDeliveryError';
  }

  /** Only a job that never reached the printer, and failed for a reason that may pass, is tried again. */
  get retryable(): boolean {
    return !this.delivered && this.code === 'connect_failed';
  }
}

/** Any error as a PrintDeliveryError; unknown errors count as delivered, to be safe against double prints. */
export function asDeliveryError(error: unknown, deliveredIfUnknown: boolean): PrintDeliveryError {
  if (error instanceof PrintDeliveryError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PrintDeliveryError(deliveredIfUnknown ? 'write_failed' : 'render_failed', deliveredIfUnknown, detail);
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
