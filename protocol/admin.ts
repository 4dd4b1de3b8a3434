/**
 * What the administrative commands answer: devices and their keys, the hall's own texts and rules,
 * printer configuration, and the audit trail of every administrative change.
 */
import type { DeviceBindingView, DeviceKind, DeviceSelfView, DisplayKind, PriorityReason, Role } from './views';
import type { PrinterStateView } from './printing';
import type { PhoneAddressView } from './structure';

export const DEVICE_KINDS = ['kiosk', 'display', 'rating-pad'] as const satisfies readonly DeviceKind[];
export const DISPLAY_KINDS = ['hall', 'centre', 'window', 'compact'] as const satisfies readonly DisplayKind[];

/**
 * What each kind of device may be tied to; the other binding fields stay empty. The server checks a
 * device against it (server/devices/binding.ts) and the console shows only these fields.
 */
export const DEVICE_BINDING_FIELDS: Record<DeviceKind, readonly (keyof DeviceBindingView)[]> = {
  kiosk: ['printerId', 'centreIds'],
  display: ['centreId', 'counterId', 'displayKind'],
  'rating-pad': ['counterId'],
};

/** A device as admins see it: what it is tied to, when it was last seen and whether it is connected now. */
export interface DeviceView extends DeviceSelfView {
  createdAt: number;
  /** Last connect, disconnect or command (written at most once a minute while busy); null: never seen. */
  lastSeenAt: number | null;
  /** Its open connections now (0: offline). */
  online: number;
  /** When its key was revoked; null while it is in use. */
  revokedAt: number | null;
}

/**
 * A device with a new key, shown this once (only a hash is kept): the key, and the address the device
 * opens (the hall's public address, the page for its kind and the key), which the console also shows
 * as a QR code to scan from the device.
 */
export interface DeviceWithKey {
  device: DeviceView;
  key: string;
  url: string;
}

/** The hall settings an admin edits (the time zone comes from the deployment). */
export interface HallSettingsView {
  name: string;
  nameMn: string;
  complaintPhone: string;
  lateReturn: 'none' | 'requeue-once';
  priorityReasons: PriorityReason[];
  issuePerMinute: number;
  /** Working days within which a 差评 or complaint case must be closed (好差评: 15 by default). */
  caseDeadlineDays: number;
  /**
   * The address phones reach, as set in the console (it wins over PUBLIC_URL); null: the deployment's
   * (PUBLIC_URL, else the machine's LAN address).
   */
  publicAddress: string | null;
}

/** The settings with what they lead to: the address in the tickets' QR codes now, and whether phones can reach it. */
export interface HallSettingsAnswer extends HallSettingsView {
  phones: PhoneAddressView;
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

/** One administrative change: who, when, which command, and the subject before and after (JSON). */
export interface AuditLine {
  id: number;
  at: number;
  /** Who, as the log writes it: `user:<id>`, `device:<id>`. */
  actor: string;
  /** The account's or device's name now, when it still exists. */
  actorName: string | null;
  command: string;
  subject: string;
  before: unknown;
  after: unknown;
}

export const ROLES = ['staff', 'supervisor', 'admin'] as const satisfies readonly Role[];

/** A staff account as admins see it (never its password hash). Disabled accounts stay for the records. */
export interface StaffView {
  id: number;
  /** The name typed at login. */
  username: string;
  displayName: string;
  /** 工号, unique; null only for accounts made before staff numbers were kept. */
  staffNumber: string | null;
  role: Role;
  centreId: string | null;
  active: boolean;
  /** Set for a new account and after a reset, until its holder chooses a password. */
  mustChangePassword: boolean;
  /** The counter this person is logged in at now, if any (one at a time). */
  counterId: number | null;
  /** URL path of the photo shown on the rating pad and window display (`/staff-photos/<file>`), or null. */
  photo: string | null;
}

/** An account with a password chosen by the server: shown this once, changed at first login. */
export interface StaffWithPassword {
  staff: StaffView;
  oneTimePassword: string;
}
