/**
 * 电子监察: the live board of the whole hall for supervisors and admins, and the alerts they acknowledge.
 * The server computes the board once per change (at most once a second while someone watches) and sends
 * the same board to every supervisor; displays, kiosks and phones never see it. Times are epoch ms and
 * durations ms; the console turns them into minutes.
 */
import type { CaseKind } from './cases';
import type { PrinterStateView } from './printing';
import type { RatingLevel } from './rating';
import type { CounterStatus, DeviceKind } from './views';

/** Green: normal; yellow: near the limit; red: over it (server/supervision/lights.ts holds the one rule). */
export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/** A service's limits, in minutes: the wait and service time that turn its lights yellow and red, and the idle alert. */
export interface SupervisionThresholds {
  waitYellowMinutes: number;
  waitRedMinutes: number;
  serviceYellowMinutes: number;
  serviceRedMinutes: number;
  /** How long a counter serving it may stand idle while someone waits for it before supervisors are alerted. */
  idleAlertMinutes: number;
}

export const THRESHOLD_FIELDS = [
  'waitYellowMinutes', 'waitRedMinutes', 'serviceYellowMinutes', 'serviceRedMinutes', 'idleAlertMinutes',
] as const satisfies readonly (keyof SupervisionThresholds)[];

/** What a service gets when nobody set its limits (the migration's column defaults say the same). */
export const DEFAULT_THRESHOLDS: SupervisionThresholds = {
  waitYellowMinutes: 15, waitRedMinutes: 30, serviceYellowMinutes: 20, serviceRedMinutes: 40, idleAlertMinutes: 5,
};

/** Today's queue figures of a service, a centre or the whole hall. */
export interface QueueFigures {
  waiting: number;
  /** How long the longest-waiting resident has waited so far (null: nobody waits). */
  longestWaitMs: number | null;
  /** Finished (办结) today. */
  servedToday: number;
  /** From arrival to the call, over the tickets called today. */
  averageWaitMs: number | null;
  /** From start to finish, over the tickets finished today. */
  averageServiceMs: number | null;
  /** The longest current wait against the waiting limits (a centre or the hall: its worst service). */
  waitLight: Light;
  /** Today's average service time and every service in progress against the service limits (worst of them). */
  serviceLight: Light;
}

export interface OnlineCount {
  online: number;
  total: number;
}

export type DeviceCounts = Record<DeviceKind, OnlineCount>;

export interface CounterCounts {
  open: number;
  paused: number;
  closed: number;
  /** Open, not paused, nothing called or in service, while someone waits for one of its services. */
  idleWhileWaiting: number;
}

export interface BoardService extends QueueFigures {
  serviceId: string;
  centreId: string;
  name: string;
  thresholds: SupervisionThresholds;
}

export interface BoardCounter {
  id: number;
  name: string;
  centreId: string;
  /** The services it serves, in its order. */
  serviceIds: string[];
  status: CounterStatus;
  /** Who is logged in (full name: the board is for supervisors only). */
  staffName: string | null;
  currentNumber: string | null;
  currentStatus: 'called' | 'serving' | null;
  /** When the resident in hand was called or began being served. */
  currentSince: number | null;
  /** The service in progress against its service's limits (green when none is). */
  serviceLight: Light;
  servedToday: number;
  averageServiceMs: number | null;
  /** Residents waiting who this counter may call. */
  waitingForIt: number;
  /** Since when it has stood idle while people wait for it (null: it is not). */
  idleSince: number | null;
}

export interface BoardCentre extends QueueFigures {
  centreId: string;
  name: string;
  counters: CounterCounts;
  /** Devices tied to this centre alone (a centre's display, a counter's pad or window display, a one-centre kiosk). */
  devices: DeviceCounts;
}

export interface BoardPrinter {
  printerId: string;
  name: string;
  state: PrinterStateView['state'];
  /** Its state lets slips print ('ok' or paper near its end). */
  working: boolean;
  /** When its state was last read; 0 before the first check after a start (it then counts as offline). */
  checkedAt: number;
}

export interface SupervisionBoard {
  /** When it was computed (the server's clock). */
  at: number;
  businessDay: string;
  hall: QueueFigures & { counters: CounterCounts; devices: DeviceCounts; printers: OnlineCount };
  centres: BoardCentre[];
  services: BoardService[];
  counters: BoardCounter[];
  printers: BoardPrinter[];
}

export const ALERT_KINDS = ['counter_idle', 'wait_red', 'printer_down', 'device_offline', 'case_opened'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What an alert is about, as it stood when it was raised. */
export type AlertFacts =
  | { kind: 'counter_idle'; details: { counterId: number; counterName: string; waiting: number; idleSince: number } }
  | { kind: 'wait_red'; details: { serviceId: string; serviceName: string; waiting: number; longestWaitMs: number; redMinutes: number } }
  | { kind: 'printer_down'; details: { printerId: string; printerName: string; state: PrinterStateView['state'] } }
  | { kind: 'device_offline'; details: { deviceId: number; deviceName: string; deviceKind: DeviceKind; lastSeenAt: number } }
  | { kind: 'case_opened'; details: { caseId: number; caseKind: CaseKind; level: RatingLevel | null; serviceName: string | null;
    counterId: number | null; ticketNumber: string | null } };

/** One stored alert. A condition's alert shows `clearedAt` once the condition has ended; a case's alert never clears. */
export type SupervisionAlert = AlertFacts & {
  id: number;
  /** What it is about, e.g. `counter:3`, `service:company-registration`, `printer:lobby`, `device:4`, `case:12`. */
  subject: string;
  raisedAt: number;
  clearedAt: number | null;
  acknowledgedAt: number | null;
  /** Who acknowledged it (the account's display name). */
  acknowledgedBy: string | null;
};
