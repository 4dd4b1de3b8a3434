/**
 * What the administrative commands answer: devices and their keys, the hall's own texts and rules,
 * printer configuration, and the audit trail of every administrative change.
 */
import type { DeviceKind, PriorityReason } from './views';
import type { PrinterStateView } from './printing';

export const DEVICE_KINDS = ['kiosk', 'display', 'rating-pad'] as const satisfies readonly DeviceKind[];

export interface DeviceView {
  id: number;
  kind: DeviceKind;
  name: string;
  printerId: string | null;
  counterId: number | null;
}

/** A newly registered device with its key, shown this once (only a hash is kept). */
export interface IssuedDevice {
  id: number;
  kind: DeviceKind;
  name: string;
  key: string;
}

/** The hall settings an admin edits (the time zone and public address come from the deployment). */
export interface HallSettingsView {
  name: string;
  nameMn: string;
  complaintPhone: string;
  lateReturn: 'none' | 'requeue-once';
  priorityReasons: PriorityReason[];
  issuePerMinute: number;
}

export interface PrinterConfigView {
  id: string;
  name: string;
  url: string;
  paperWidth: 58 | 80;
}

export interface PrinterAdminView extends PrinterConfigView {
  status: PrinterStateView | null;
}

/** The printer manager reads its list at start: a saved printer takes effect at the next restart. */
export interface SavedPrinter extends PrinterConfigView {
  appliesAfterRestart: true;
}

/** One administrative change: who, when, which command, and the subject before and after (JSON). */
export interface AuditLine {
  id: number;
  at: number;
  actor: string;
  command: string;
  subject: string;
  before: unknown;
  after: unknown;
}
