import type { CaseProgress } from './cases';
import type { VoiceSettings } from './voice/settings';
import type { PrintFailureView, PrinterStateView } from './printing';
import type { ShownAnnouncement } from './public-info';

/**
 * Shapes the server sends to clients. Public views carry ticket numbers, never names.
 */
export type TicketStatus =
  | 'waiting'    // in a queue
  | 'called'     // called to a counter, resident on the way
  | 'serving'    // service started at the counter
  | 'held'       // 挂起: set aside at a counter (resident fetching a document)
  | 'finished'
  | 'no_show'    // 过号: did not come when called
  | 'cancelled'
  | 'expired';   // left over when the business day ended

export const PRIORITY_REASONS = ['elderly70', 'disability', 'military', 'pregnancy'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export interface CentreView {
  id: string;
  name: string;
  nameMn: string;
  icon: string;
  sortOrder: number;
  /** A disabled centre and its services are not shown to residents (kiosks, displays, phones). */
  enabled: boolean;
}

export interface ServiceView {
  id: string;
  centreId: string;
  name: string;
  nameMn: string;
  prefix: string;
  /** Today's opening hours as residents read them, e.g. "08:30-12:00,14:30-17:30"; '' when open all day. */
  hours: string;
  dailyLimit: number | null;
  /** Offered to residents: the service and its centre are both enabled. Kiosks and displays leave the others out. */
  enabled: boolean;
  /** Whether the kiosk offers priority (绿色通道) tickets for it. */
  priorityOffered: boolean;
  /** Counter numbers that serve this service. */
  counterIds: number[];
}

/** Live load of one service, pushed on every change. */
export interface ServiceLoad {
  serviceId: string;
  waiting: number;
  estimateMinutes: number;
  issuedToday: number;
  /** Why the service cannot issue right now, if it cannot. */
  closedReason: ClosedReason | null;
}

export type CounterStatus = 'closed' | 'open' | 'paused';

export interface CounterView {
  id: number;
  name: string;
  centreId: string;
  serviceIds: string[];
  status: CounterStatus;
  /** A disabled counter cannot be opened (counter pages leave it out of their list). */
  enabled: boolean;
  /** Number of the ticket in hand (called or serving), if any. */
  currentNumber: string | null;
  currentStatus: 'called' | 'serving' | null;
  /** Masked staff name shown on the window display (张*三), or null when closed. */
  staffName: string | null;
  /** URL path of that person's photo (`/staff-photos/<file>`) while `staffName` is shown and they have one; else null. */
  staffPhoto: string | null;
  /** That person's 工号 while `staffName` is shown (null when the account has none). */
  staffNumber: string | null;
  /**
   * Number of the ticket this counter finished last today, or null. It changes only with a finish (never
   * with a hold, transfer or no-show), so the rating pad asks exactly when a resident's service ended.
   */
  lastFinishedNumber: string | null;
}

/**
 * One call as shown on displays and announced by voice. It names its counter by id only: screens and
 * voice say the window by its number, and a client that shows a counter's name has it in the snapshot's
 * counters (a rename is a configuration change, which sends every client a new snapshot). Every display
 * decodes every call: the counter's Chinese name made each one longer and no longer plain ASCII, and
 * decoding it about half again as costly (measured in Node, frame to object: 2.3 against 1.5 µs).
 */
export interface CallView {
  ticketId: number;
  number: string;
  counterId: number;
  serviceId: string;
  /** true when this is a recall (重呼) of the same ticket. */
  recall: boolean;
  at: number;
}

/** What every view of one ticket shows; never its tracking token. */
export interface TicketBase {
  id: number;
  number: string;
  serviceId: string;
  centreId: string;
  status: TicketStatus;
  priority: PriorityReason | null;
  peopleAhead: number;
  estimateMinutes: number;
  counterId: number | null;
  counterName: string | null;
  /** When the resident took the ticket; a transfer keeps it (the queue order follows it). */
  arrivedAt: number;
  calledAt: number | null;
  finishedAt: number | null;
  /** Counter numbers that serve the ticket's service (shown on the slip). */
  servingCounters: number[];
  rated: boolean;
  /** Changes each time the ticket changes; lets a page ignore stale answers. */
  version: number;
}

/**
 * What a phone tracking page and the kiosk confirmation see of one ticket: the base and the token that
 * opens the tracking page and lets its holder rate the ticket.
 */
export interface TicketTrack extends TicketBase {
  token: string;
  /** Present once the resident's 差评 opened a follow-up case: how it stands (protocol/cases.ts). */
  followUp?: CaseProgress;
  /** Present once the counter recorded a matter (办件) on the finished ticket: its 受理编号, for the 办件查询. */
  matterNumber?: string;
}

/**
 * Full ticket as staff see it (counter page, admin). Without the token: a rating must come from the
 * resident who holds the slip, never from the desk that served them.
 */
export interface TicketDetail extends TicketBase {
  businessDay: string;
  staffId: number | null;
  recallCount: number;
  requeued: boolean;
  targetCounterId: number | null;
  /** When service began (开始办理); the desk shows how long the ticket in hand has been served. */
  startedAt: number | null;
}

/** Why a service takes no ticket now: a non-working day of the calendar, outside its hours, disabled or full. */
export type ClosedReason = 'HALL_CLOSED_TODAY' | 'SERVICE_CLOSED' | 'HALF_DAY_LIMIT_REACHED' | 'DAILY_LIMIT_REACHED' | 'SERVICE_DISABLED';

export interface HallInfo {
  name: string;
  nameMn: string;
  timezone: string;
  publicUrl: string;
  complaintPhone: string;
  businessDay: string;
  priorityReasons: PriorityReason[];
  /** The demo hall: services open at any hour, and every screen shows the 演示模式 banner. */
  demoMode: boolean;
}

/** Snapshot of the whole hall: what every hall-level client starts from. */
export interface HallSnapshot {
  /** Changes when the server restarts: a client seeing a new epoch takes a new snapshot. */
  epoch: string;
  seq: number;
  hall: HallInfo;
  centres: CentreView[];
  services: ServiceView[];
  loads: ServiceLoad[];
  counters: CounterView[];
  recentCalls: CallView[];
  printers: PrinterStateView[];
  /** Notices (公告) showing now by the hall's clock, earliest start first; a new snapshot follows each start and end. */
  notices: ShownAnnouncement[];
  /**
   * Moves with every administrative change (the id of its audit line): a screen holding something it
   * asked for separately (a guide, the 政务公开 boards) asks again when this moves.
   */
  configVersion: number;
  /** The device asking, with what it is tied to (null for staff and consoles): a kiosk's printer and centres, a display's scope. */
  device: DeviceSelfView | null;
  /**
   * Only in a window display's snapshot: the numbers its counter will call next, in the order 叫下一位
   * takes them (at most WINDOW_NEXT_SHOWN); events to that display carry the list again when it moves.
   */
  nextNumbers?: string[];
  /** How displays announce calls (voice.configure). */
  voice: VoiceSettings;
  /**
   * The catalog's Mongolian as edited in the translation workbench, by catalog key: screens show it in place of
   * the release's draft (protocol/catalog/ui-lookup.ts). Configured names arrive in their own fields.
   */
  mnTexts: Record<string, string>;
}

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export type Role = 'admin' | 'supervisor' | 'staff';
export type DeviceKind = 'kiosk' | 'display' | 'rating-pad';
/** What a display shows: the whole hall, one centre, one window, or the compact layout (protocol/display-kind.ts). */
export type DisplayKind = 'hall' | 'centre' | 'window' | 'compact';

/**
 * What a device is tied to. A kiosk: the printer it prints on and the centres it offers (none listed:
 * every centre). A display: one counter (its window display), one centre, or neither (the whole hall).
 * A rating pad: its counter. Fields that do not apply to the kind are null or empty.
 */
export interface DeviceBindingView {
  printerId: string | null;
  counterId: number | null;
  centreId: string | null;
  centreIds: string[];
  /** A display's kind (protocol/display-kind.ts); null for other devices. */
  displayKind: DisplayKind | null;
}

/** A device as it learns itself from its snapshot. */
export interface DeviceSelfView extends DeviceBindingView {
  id: number;
  kind: DeviceKind;
  name: string;
}

/** A counter and its tickets in hand: what every counter command answers. */
export interface CounterState {
  counter: CounterView;
  current: TicketDetail | null;
  held: TicketDetail[];
}

/** The lists beside a counter desk, asked for with `counter.lists` when the hall stream says they moved. */
export interface CounterLists {
  /**
   * Waiting tickets this counter may call, in exactly the order 叫下一位 would call them (the engine's
   * `callOrder` at the moment of reading: priority first, then booked tickets in their open slot window, then the counter's
   * call policy); the first is who it calls next.
   */
  queue: { id: number; number: string; serviceId: string; priority: PriorityReason | null; arrivedAt: number }[];
  /** Today's no-show tickets of this counter, newest first: a resident back late may be requeued once. */
  noShows: { id: number; number: string; at: number; requeued: boolean }[];
  /** The server's clock when the lists were read: the desk counts waiting and serving times by it, not by its own clock. */
  serverTime: number;
  /**
   * When the queue's order changes by the clock alone (a booked ticket's slot window opens or closes,
   * server/queue/order.ts): the desk reads the lists again then. Null when no listed ticket has a window ahead.
   */
  reorderAt: number | null;
}

/** The whole desk of a counter (`counter.desk`): its state and its lists. */
export interface CounterDesk extends CounterState, CounterLists {}

export type PrintAnswer = { status: 'queued' | 'unavailable' | 'none'; printerId: string | null };

/**
 * A ticket of the day, still ahead of its counter, that has no paper slip (print.missedSlips): staff
 * reprint it, or know the resident was told to note the number.
 */
export interface MissedSlipView {
  ticketId: number;
  number: string;
  serviceId: string;
  printerId: string | null;
  /** The name staff know the printer by. */
  printerName: string | null;
  /** The printer's state now. */
  printerState: PrinterStateView['state'] | null;
  /** `unavailable`: the printer could not print when the ticket was issued; otherwise why its last slip failed. */
  reason: 'unavailable' | PrintFailureView;
  /** The last slip was sent whole but never confirmed: it may have printed, ask before reprinting. */
  uncertain: boolean;
  /** When the ticket was issued or its last slip failed. */
  at: number;
}

export interface IssuedTicket {
  ticket: TicketTrack;
  /** The tracking URL encoded in the QR code. */
  trackUrl: string;
  /** Six digits printed beside the QR code: with the number, they let a kiosk rate this ticket. */
  ratingCode: string | null;
  /** Whether a paper slip was queued to a working printer. */
  print: PrintAnswer;
}
