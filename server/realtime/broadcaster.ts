/**
 * After a command commits, tells every client what changed: one small `hall.event` per change to the
 * hall room (socket.io encodes it once for all sockets), `ticket.changed` to the phone pages of changed
 * tickets, and `queue.moved` to phones waiting in a service whose line moved.
 */
import type { HallSettings } from '../hall/settings';
import type { Outbox } from '../commands/outbox';
import type { AlertView, HallEvent, PrinterStateView, PrintResultView } from '../../protocol/events';
import type { Clock } from '../commands/context';
import type { LiveViews } from '../views/live-views';
import type { HallIo } from './socket-server';
import { businessDay } from '../queue';
import type { EventSequence } from './event-sequence';
import { deviceRoom, HALL_ROOM, serviceRoom, ticketRoom } from './rooms';

export class Broadcaster {
  constructor(
    private readonly io: HallIo,
    private readonly views: LiveViews,
    private readonly settings: HallSettings,
    private readonly clock: Clock,
    readonly sequence: EventSequence,
  ) {}

  private emitHall(body: Omit<HallEvent, 'epoch' | 'seq'>): void {
    this.io.to(HALL_ROOM).emit('hall.event', { epoch: this.sequence.epoch, seq: this.sequence.next(), ...body });
  }

  private hasListeners(room: string): boolean {
    return (this.io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  publish(outbox: Outbox): void {
    const now = this.clock.now();
    const today = businessDay(now, this.settings.timezone);
    const loads = outbox.services.size ? this.views.loads(today, now, this.settings.timezone, outbox.services) : [];
    const counters = outbox.counters.size ? this.views.counters(outbox.counters) : [];
    const [firstCall, ...moreCalls] = outbox.calls;
    if (firstCall || loads.length || counters.length) {
      this.emitHall({ ...(firstCall ? { call: firstCall } : {}), loads, counters });
    }
    for (const call of moreCalls) this.emitHall({ call });

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
  }

  /** Printer state changes reach kiosks and consoles through the same numbered event sequence. */
  publishPrinters(printers: PrinterStateView[], alert?: AlertView): void {
    this.emitHall({ printers, ...(alert ? { alert } : {}) });
  }

  publishAlert(alert: AlertView): void {
    this.emitHall({ alert });
  }

  /** Tells the kiosk that asked for a slip how it came out. */
  publishPrintResult(deviceId: number, result: PrintResultView): void {
    this.io.to(deviceRoom(deviceId)).emit('print.result', result);
  }
}
