/**
 * Reading DLE EOT answers. Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear, which is
 * how it is told apart from anything else the printer might send.
 */
import type { PrinterState } from '../types';

export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

const COVER_OPEN = 0x04;
const STOPPED_BY_PAPER_END = 0x20;
const ERROR_OCCURRED = 0x40;
const PAPER_NEAR_END = 0x0c;
const PAPER_END = 0x60;

/** The state from the answers to DLE EOT 2 (offline cause) and DLE EOT 4 (paper sensor). */
export function stateFromStatusBytes(offlineCause: number, paperSensor: number): PrinterState {
  if (offlineCause & COVER_OPEN) return 'cover_open';
  if (offlineCause & STOPPED_BY_PAPER_END || paperSensor & PAPER_END) return 'paper_out';
  if (offlineCause & ERROR_OCCURRED) return 'error';
  if (paperSensor & PAPER_NEAR_END) return 'paper_near_end';
  return 'ok';
}

/** Whether a slip sent now can come out. Near-end paper still prints (staff are warned). */
export function isPrintableState(state: PrinterState): boolean {
  return state === 'ok' || state === 'paper_near_end';
}
