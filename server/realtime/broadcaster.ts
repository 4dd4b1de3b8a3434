/**
 * After a command commits, tells every client what changed: small `hall.event`s to the hall room
 * (socket.io encodes each once for all sockets), `ticket.changed` to the phone pages of changed tickets,
 * and `queue.moved` to phones waiting in a service whose line moved.
 *
 * A hall.event carries only what changed (PublishedState). A call goes out at once; load and counter
 * changes without a call (a ticket issued, a resident finished) wait up to `coalesceMs` (200 ms unless
 * HALL_EVENT_COALESCE_MS says otherwise) and travel in the same event as the next call, or on their own
 * when none comes. Every message costs each socket about the same write whatever its size, so in a busy
 * hall (a kiosk issuing, counters finishing and calling several times a second) this sends one message
 * per call instead of three, while a quiet hall sees each change within a fraction of a second.
 */
import type { HallSettings } from '../hall/settings';
import type { Outbox } from '../commands/outbox';
import type { AlertView, HallEvent, PrinterStateView, PrintResultView } from '../../protocol/events';
import type { CallView, CounterView } from '../../protocol/views';
import type { Clock } from '../commands/context';
import type { LiveViews } from '../views/live-views';
import type { HallIo } from './socket-server';
import { businessDay } from '../queue';
import type { EventSequence } from './event-sequence';
import { deviceRoom, HALL_ROOM, MN_TEXTS_ROOM, scopeOfRoom, serviceRoom, ticketRoom } from './rooms';
import { scopeEvent, type DisplayScope, type ScopeMembers } from '../../protocol/display-kind';
import { PublishedState } from './published-state';

export class Broadcaster {
  private published = new PublishedState();
  /** The members of each scope room, as the hall was configured when first needed (cleared on a configuration change). */
  private readonly members = new Map<string, ScopeMembers | null>();
  /** The scope rooms that have displays in them, each with the scope it stands for. */
  private readonly scopeRooms = new Map<string, Exclude<DisplayScope, { kind: 'hall' }>>();
  private readonly pendingServices = new Set<string>();
  /**
   * Counters changed since the last flush, each with its view when its latest change came with one
   * (Outbox.counterViews: sent without a read), or null: the flush reads the counter.
   */
  private readonly pendingCounters = new Map<number, CounterView | null>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly printerListeners: (() => void)[] = [];

  constructor(
    private readonly io: HallIo,
    private readonly views: LiveViews,
    private readonly settings: HallSettings,
    private readonly clock: Clock,
    readonly sequence: EventSequence,
    private readonly coalesceMs: number,
    private readonly logError: (err: unknown) => void = console.error,
  ) {
    // socket.io keeps a room for every socket; a broadcast visits only the scope rooms, kept here as
    // socket.io creates and empties them, so its cost does not grow with the displays connected.
    const adapter = io.sockets.adapter;
    for (const room of adapter.rooms.keys()) this.roomCreated(room);
    adapter.on('create-room', (room: string) => this.roomCreated(room));
    adapter.on('delete-room', (room: string) => this.scopeRooms.delete(room));
  }

  private roomCreated(room: string): void {
    const scope = scopeOfRoom(room);
    if (scope && scope.kind !== 'hall') this.scopeRooms.set(room, scope);
  }

  private emitHall(body: Omit<HallEvent, 'epoch' | 'seq'>): void {
    const event: HallEvent = { epoch: this.sequence.epoch, seq: this.sequence.next(), ...body };
    this.io.to(HALL_ROOM).emit('hall.event', event);
    this.emitScoped(event);
  }

  /**
   * Each scope room (displays of one centre or one window) takes the same numbered event cut to its
   * scope (protocol/display-kind.ts): one emit per room, so a hall with many window displays still costs
   * one encoding per room, not per socket. A window display also takes its next numbers when its queue
   * or counter may have moved.
   */
  private emitScoped(event: HallEvent): void {
    for (const [room, scope] of this.scopeRooms) {
      let members = this.members.get(room);
      if (members === undefined) {
        members = this.views.scopeMembers(scope);
        this.members.set(room, members);
      }
      const scoped = scopeEvent(event, members);
      const moved = scoped.call !== undefined || scoped.loads !== undefined || scoped.counters !== undefined;
      this.io.to(room).emit('hall.event', scope.kind === 'counter' && moved
        ? { ...scoped, nextNumbers: this.views.windowNext(scope.counterId) } : scoped);
    }
  }

  private hasListeners(room: string): boolean {
    return (this.io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  publish(outbox: Outbox): void {
    for (const serviceId of outbox.services) this.pendingServices.add(serviceId);
    // A change that came without a view leaves an earlier one stale: the flush reads the counter then.
    for (const counterId of outbox.counters) this.pendingCounters.set(counterId, outbox.counterViews.get(counterId) ?? null);
    if (outbox.configChanged) {
      // Pending changes go first, so the snapshot clients take next contains them and nothing is lost.
      this.flush(outbox.calls);
      this.emitHall({ config: true });
      // Phone pages hold no snapshot: they ask for the workbench's Mongolian again (mnText.overrides).
      this.io.to(MN_TEXTS_ROOM).emit('mnTexts.changed');
      // Every client now takes a fresh snapshot: what was published before (a renamed or removed counter,
      // a service gone) is nobody's state any more, so the next changes are sent whole.
      this.published = new PublishedState();
      // Counters and services may have moved between centres: scopes are worked out again when next used.
      this.members.clear();
    } else if (outbox.calls.length > 0) this.flush(outbox.calls);
    else if (this.pendingServices.size + this.pendingCounters.size > 0) this.schedule();

    for (const ticket of outbox.tickets.values()) {
      const room = ticketRoom(ticket.id);
      if (!this.hasListeners(room)) continue;
      // A transfer moves the ticket to another queue: its phone page now follows that queue.
      for (const serviceId of outbox.services) {
        if (serviceId !== ticket.serviceId) this.io.in(room).socketsLeave(serviceRoom(serviceId));
      }
      this.io.in(room).socketsJoin(serviceRoom(ticket.serviceId));
      this.io.to(room).emit('ticket.changed', this.views.ticket(ticket));
    }
    for (const serviceId of outbox.queuesMoved) {
      const room = serviceRoom(serviceId);
      if (this.hasListeners(room)) this.io.to(room).emit('queue.moved', { serviceId });
    }
    for (const { deviceId, reading } of outbox.idReadings) this.io.to(deviceRoom(deviceId)).emit('idcard.presented', reading);
  }

  /** Stops the coalescing timer (the server is closing; clients take a snapshot when they reconnect). */
  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.flush([]);
      } catch (err) {
        this.logError(err);
      }
    }, this.coalesceMs);
  }

  /** Sends the pending load and counter changes, with the calls when there are any. */
  private flush(calls: readonly CallView[]): void {
    this.close();
    const now = this.clock.now();
    const timezone = this.settings.timezone;
    const services = new Set(this.pendingServices);
    const shown: CounterView[] = [];
    const counterIds = new Set<number>();
    for (const [counterId, view] of this.pendingCounters) {
      if (view) shown.push(view);
      else counterIds.add(counterId);
    }
    this.pendingServices.clear();
    this.pendingCounters.clear();
    const today = businessDay(now, timezone);
    const read = services.size + counterIds.size ? this.views.changes(today, now, this.settings, services, counterIds) : null;
    const loads = read ? this.published.loadChanges(read.loads) : [];
    const counterViews = read ? [...shown, ...read.counters] : shown;
    const counters = counterViews.length ? this.published.counterChanges(counterViews) : [];
    const [firstCall, ...moreCalls] = calls;
    if (firstCall || loads.length || counters.length) {
      this.emitHall({ ...(firstCall ? { call: firstCall } : {}), ...(loads.length ? { loads } : {}),
        ...(counters.length ? { counters } : {}) });
    }
    for (const call of moreCalls) this.emitHall({ call });
  }

  /** Printer state changes reach kiosks and consoles through the same numbered event sequence. */
  publishPrinters(printers: PrinterStateView[], alert?: AlertView): void {
    this.emitHall({ printers, ...(alert ? { alert } : {}) });
    for (const listener of this.printerListeners) listener();
  }

  /** Hears every printer state published (the supervisors' board shows printers too). */
  onPrinters(listener: () => void): void {
    this.printerListeners.push(listener);
  }

  publishAlert(alert: AlertView): void {
    this.emitHall({ alert });
  }

  /** Tells the kiosk that asked for a slip how it came out. */
  publishPrintResult(deviceId: number, result: PrintResultView): void {
    this.io.to(deviceRoom(deviceId)).emit('print.result', result);
  }
}
