/**
 * Events the server pushes. Hall-level clients (kiosks, displays, counters, consoles) receive
 * `hall.event` with a sequence number that grows by one per event; a client that sees a gap, or a new
 * epoch, asks for a fresh `hall.snapshot`. Phone pages receive only `ticket.changed` for their own ticket
 * and `queue.moved` for its service, after which they ask `ticket.track` again.
 */
import type { CallView, CounterView, ServiceLoad, TicketTrack } from './views';
import type { PrintFailureView, PrinterStateView, PrintOutcomeView } from './printing';
import type { Result } from './errors';
import type { CommandInput, CommandName, CommandOutput } from './commands';
import type { SupervisionAlert, SupervisionBoard } from './supervision';
import type { IdReadingView } from './idcard';

// Printer and slip views are defined in ./printing (views need them too); events carry them.
export { PRINT_FAILURES } from './printing';
export type { PrintFailureView, PrinterStateView, PrintOutcomeView } from './printing';

/**
 * A change to one service's load: its id, the fields that changed since the last event, and always
 * `closedReason` (it also changes with the clock, between events). The first event about a service
 * after a (re)start carries every field.
 */
export type ServiceLoadChange = Pick<ServiceLoad, 'serviceId' | 'closedReason'> & Partial<ServiceLoad>;

/** A change to one counter's public state: its id and the fields that changed since the last event. */
export type CounterChange = Pick<CounterView, 'id'> & Partial<CounterView>;

export interface HallEvent {
  epoch: string;
  seq: number;
  /** A call or recall to announce and show, when this event is one. */
  call?: CallView;
  /** Services whose load changed: merge each into the load with its serviceId. */
  loads?: ServiceLoadChange[];
  /** Counters whose public state changed: merge each into the counter with its id. */
  counters?: CounterChange[];
  /** Printer state shown to kiosks and consoles (see docs/PRINTERS.md). */
  printers?: PrinterStateView[];
  /** Something staff should act on (a printer that stopped, a slip that did not print). */
  alert?: AlertView;
  /**
   * The hall's configuration changed (centres, services, counters, devices, notices, settings): the
   * client takes a fresh `hall.snapshot`, which shows the change without a reload.
   */
  config?: true;
  /** Only to a window display: its counter's next numbers, when they may have moved (see HallSnapshot.nextNumbers). */
  nextNumbers?: string[];
}

export interface AlertView {
  kind: 'printer_state' | 'print_failed';
  printerId: string;
  /** The name staff know the printer by (the id when it has none). */
  printerName: string;
  /** The printer's state when the alert was sent. */
  state: PrinterStateView['state'] | null;
  /** print_failed: why; `unconfirmed` means the slip may have printed (ask before reprinting). */
  failure: PrintFailureView | null;
  /** The ticket whose slip did not print, for print_failed (staff may reprint it). */
  ticketId: number | null;
  ticketNumber: string | null;
  at: number;
}

/** Sent to the kiosk that asked for a slip once the printer has answered. */
export interface PrintResultView {
  ticketId: number | null;
  kind: 'ticket' | 'notice';
  printerId: string;
  outcome: PrintOutcomeView;
}

export interface ServerToClientEvents {
  'hall.event': (event: HallEvent) => void;
  'ticket.changed': (ticket: TicketTrack) => void;
  'queue.moved': (info: { serviceId: string }) => void;
  'print.result': (result: PrintResultView) => void;
  /** To the kiosk whose card reader read an ID card (idcard.read): the masked name, never the number. */
  'idcard.presented': (reading: IdReadingView) => void;
  /** To supervisors and admins only: follow-up cases opened or moved a step (read them with case.get / case.list). */
  'case.changed': (info: { ids: number[] }) => void;
  /** Supervisors and admins only (after supervision.get or alert.list): the live board, whole, when it changed. */
  'supervision.board': (board: SupervisionBoard) => void;
  /** Supervisors and admins only: an alert raised, cleared or acknowledged, whole. */
  'supervision.alert': (alert: SupervisionAlert) => void;
  /** To pages that asked mnText.overrides (phone pages): the configuration changed, ask again. */
  'mnTexts.changed': () => void;
}

/** Every command is sent as `socket.emit(name, input, ack)`; the ack receives a Result. */
export type Ack<T> = (result: Result<T>) => void;

/** Handshake `auth` payload: a staff session token, a device key, or nothing (phone pages). */
export interface HandshakeAuth {
  token?: string;
  deviceKey?: string;
}

/** One command as a typed socket.io event: `emit(name, input, ack)`. */
export type CommandListener<N extends CommandName> = (input: CommandInput<N>, ack: Ack<CommandOutput<N>>) => void;

/** Every command as a typed socket.io event. */
export type ClientToServerEvents = { [N in CommandName]: CommandListener<N> };
