/**
 * What a command changed, collected during its transaction and delivered only after commit: the
 * realtime broadcaster and side effects (printing, voice) read it. A rolled-back command delivers nothing.
 */
import type { Ticket } from '../queue/types';
import type { CallView, CounterView } from '../../protocol/views';
import type { HallSettings } from '../hall/settings';
import type { IdReadingView } from '../../protocol/idcard';

export interface PrintRequest {
  /** `test`: an admin's test page (printer.test). */
  kind: 'ticket' | 'notice' | 'test';
  ticketId: number | null;
  serviceId: string;
  printerId: string;
  /** Kiosk that asked, told the outcome when the printer answers. */
  deviceId: number | null;
  /** A staff reprint of a ticket slip: the slip is marked 补打 with the time. */
  reprint?: true;
}

export class Outbox {
  readonly tickets = new Map<number, Ticket>();
  readonly services = new Set<string>();
  readonly counters = new Set<number>();
  /**
   * Views of changed counters as the command left them, built for its answer after its last change: the
   * broadcast sends these instead of reading the same rows again after the commit.
   */
  readonly counterViews = new Map<number, CounterView>();
  readonly calls: CallView[] = [];
  readonly prints: PrintRequest[] = [];
  /** Services whose queue moved (someone left the waiting line): phone pages re-ask their position. */
  readonly queuesMoved = new Set<string>();
  /** Devices whose key was revoked: their open connections end. */
  readonly revokedDevices = new Set<number>();
  /** Devices whose binding changed (printer, centres, scope): their cached callers are looked up again. */
  readonly changedDevices = new Set<number>();
  /** Printers added, edited or removed: the printing module applies them after commit, without a restart. */
  readonly changedPrinters = new Set<string>();
  /** Accounts whose role, password or state changed: their cached callers are looked up again. */
  readonly changedUsers = new Set<number>();
  /** Accounts disabled or reset: their sessions ended, their open connections end too. */
  readonly endedUsers = new Set<number>();
  /** Follow-up cases opened or moved a step: supervisors' open case lists read them again. */
  readonly cases = new Set<number>();
  /** New hall settings, applied to the shared settings object after commit. */
  settings: HallSettings | null = null;
  /**
   * The hall's configuration changed (centres, services, counters, devices, notices, boards, settings):
   * every open kiosk, display and desk takes a fresh snapshot, so the change shows without a reload.
   */
  configChanged = false;
  /** Uploaded sample files no guide refers to any more: deleted from disk once the change has committed. */
  readonly removedSampleFiles: string[] = [];
  /** Staff photos replaced or removed: deleted from disk once the change has committed. */
  readonly removedStaffPhotos: string[] = [];
  /** Tickets whose report figures moved without the ticket changing (a step of their 差评 case). */
  readonly figuresChanged = new Set<number>();
  /** Card readings to tell the kiosk they were read at (idcard.presented). */
  readonly idReadings: { deviceId: number; reading: IdReadingView }[] = [];
  /** Supervisors' alerts raised or acknowledged: pushed to the supervisors' room once the change has committed. */
  readonly alerts = new Set<number>();

  ticket(t: Ticket): void {
    this.tickets.set(t.id, t);
  }

  service(serviceId: string): void {
    this.services.add(serviceId);
  }

  counter(counterId: number): void {
    this.counters.add(counterId);
  }

  /** The view of a counter this command changed, as its answer shows it. */
  counterShown(view: CounterView): void {
    this.counterViews.set(view.id, view);
  }

  call(c: CallView): void {
    this.calls.push(c);
  }

  print(p: PrintRequest): void {
    this.prints.push(p);
  }

  queueMoved(serviceId: string): void {
    this.queuesMoved.add(serviceId);
    this.services.add(serviceId);
  }

  deviceRevoked(deviceId: number): void {
    this.revokedDevices.add(deviceId);
  }

  deviceChanged(deviceId: number): void {
    this.changedDevices.add(deviceId);
  }

  printerChanged(printerId: string): void {
    this.changedPrinters.add(printerId);
  }

  userChanged(userId: number): void {
    this.changedUsers.add(userId);
  }

  userSessionsEnded(userId: number): void {
    this.endedUsers.add(userId);
    this.changedUsers.add(userId);
  }

  caseChanged(caseId: number): void {
    this.cases.add(caseId);
  }

  hallSettings(next: HallSettings): void {
    this.settings = next;
    this.configChanged = true;
  }

  hallConfig(): void {
    this.configChanged = true;
  }

  sampleFileRemoved(fileName: string): void {
    this.removedSampleFiles.push(fileName);
  }

  staffPhotoRemoved(fileName: string): void {
    this.removedStaffPhotos.push(fileName);
  }

  reportFiguresChanged(ticketId: number): void {
    this.figuresChanged.add(ticketId);
  }

  /** Every ticket whose report figures may have moved: the bus notes them for the roll-up before commit. */
  reportTickets(): Set<number> {
    return new Set([...this.tickets.keys(), ...this.figuresChanged]);
  }

  /** Whether the change moved any ticket's report figures. */
  get movesReports(): boolean {
    return this.tickets.size > 0 || this.figuresChanged.size > 0;
  }

  alertChanged(alertId: number): void {
    this.alerts.add(alertId);
  }

  /**
   * Nothing to deliver: read from the fields themselves, so a kind of change added to the outbox later
   * is delivered without anyone remembering to list it here.
   */
  get empty(): boolean {
    return Object.values(this).every(isNothing);
  }
}

/** A field of an outbox that holds no change: an empty collection, no settings, no configuration change. */
function isNothing(value: unknown): boolean {
  if (value instanceof Set || value instanceof Map) return value.size === 0;
  if (Array.isArray(value)) return value.length === 0;
  return value === null || value === false;
}
