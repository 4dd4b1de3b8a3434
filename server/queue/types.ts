/**
 * Types of the pure queue engine. The engine never touches I/O or the wall clock: every verb receives
 * the current time (`now`, epoch milliseconds) and the state it needs, checks the current status and
 * returns the new state or an error code. Storage loads and saves; transports translate.
 */
import type { PriorityReason, TicketStatus, CounterStatus } from '../../protocol/views';
import type { ErrorCode } from '../../protocol/errors';
import type { WorkingCalendar } from './working-days';
import type { CallPolicyName } from '../../protocol/structure';

export type EngineResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

export interface Ticket {
  id: number;
  /** Unguessable token of the phone tracking page. */
  token: string;
  /** YYYY-MM-DD in the hall's time zone: the day the number belongs to. */
  businessDay: string;
  serviceId: string;
  centreId: string;
  prefix: string;
  seq: number;
  /** prefix + 3-digit sequence, e.g. "A001". */
  number: string;
  priority: PriorityReason | null;
  status: TicketStatus;
  /** When the resident first took the ticket; kept across transfers. */
  arrivedAt: number;
  /** Sort key in the waiting queue: arrivedAt, or the time of a late-return requeue. */
  queueKey: number;
  /** Counter that holds the ticket (called, serving, held) or served it last. */
  counterId: number | null;
  /** Set by a transfer to one counter: only that counter may call the ticket. */
  targetCounterId: number | null;
  staffId: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  recallCount: number;
  /** Whether the ticket already used its one late-return requeue. */
  requeued: boolean;
  transferCount: number;
  /**
   * A ticket issued at a booking's check-in (预约签到): the slot window [slotFrom, slotTo) in which it is
   * called ahead of walk-ins (./order.ts). Null for every other ticket.
   */
  slotFrom: number | null;
  slotTo: number | null;
  /** Grows by one on every change. */
  version: number;
}

/** One opening window of a service, minutes after local midnight, [from, to). */
export interface TimeRange { from: number; to: number }

/** One timetable of a service's hours (server/queue/timetable.ts reads them). */
export interface Timetable {
  /** MM-DD: in force from this day of the year until the next timetable starts (wrapping the year). */
  startsOn: string;
  /** Monday to Sunday; an empty day is closed. */
  week: TimeRange[][];
}

/** A service's hours; null means open all day on every working day. */
export type OpeningHours = readonly Timetable[] | null;

export interface ServiceRule {
  id: string;
  centreId: string;
  /** Services with the same prefix share one number sequence (numbers are unique in a day). */
  prefix: string;
  dailyLimit: number | null;
  /** Limits of the morning (上午, before 12:00) and the afternoon (下午); null for none. */
  morningLimit: number | null;
  afternoonLimit: number | null;
  /** Per weekday, in one or two timetables; null means open all day on working days. */
  hours: OpeningHours;
  /** Offered to residents: the service and its centre are both enabled. */
  enabled: boolean;
  /** Whether priority (绿色通道) tickets are offered for this service. */
  priorityOffered: boolean;
  /** Used for estimates until enough real service times exist. */
  defaultServiceMinutes: number;
}

export type CallPolicy = CallPolicyName;

export interface Counter {
  id: number;
  centreId: string;
  status: CounterStatus;
  /** Services this counter serves, in its configured order. */
  serviceIds: string[];
  /** oldest-first: the oldest ticket across its services; service-order: first service with anyone waiting. */
  callPolicy: CallPolicy;
  staffId: number | null;
}

export interface QueueSettings {
  timezone: string;
  /** What happens when a no-show resident comes back late: nothing, or one requeue at the end. */
  lateReturn: 'none' | 'requeue-once';
  priorityReasons: readonly PriorityReason[];
  /**
   * The demo hall only: services stay open outside their hours and on non-working days, so a visitor
   * can take a number at any hour. Every screen says so. A real hall never has it on.
   */
  demoMode: boolean;
}

/** Event types written to the ticket event log; per-state times come from these. */
export type TicketEventType =
  | 'issued' | 'called' | 'recalled' | 'no_show' | 'started' | 'finished' | 'transferred'
  | 'held' | 'resumed' | 'cancelled' | 'requeued' | 'expired';

/** Event types written to the counter event log ('unpaused', never 'resumed': that is a held ticket's). */
export type CounterEventType = 'opened' | 'closed' | 'paused' | 'unpaused';

export interface Transition {
  ticket: Ticket;
  event: TicketEventType;
}

/** Fields of a new ticket the engine decides; storage adds id, token and version. */
export interface NewTicket {
  businessDay: string;
  serviceId: string;
  centreId: string;
  prefix: string;
  seq: number;
  number: string;
  priority: PriorityReason | null;
  arrivedAt: number;
  queueKey: number;
  slotFrom: number | null;
  slotTo: number | null;
}

export interface IssueInput {
  service: ServiceRule;
  settings: QueueSettings;
  now: number;
  priority: PriorityReason | null;
  /** Tickets already issued today for this service (for the daily limit). */
  issuedToday: number;
  /** Of those, the ones issued in the current half day (for the 上午/下午 limit). */
  issuedThisHalf: number;
  /** Last sequence number used today on the service's prefix (0 if none). */
  lastSeq: number;
  /** The working-day calendar's entries (today's at least). */
  calendar: WorkingCalendar;
}
