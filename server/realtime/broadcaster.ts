/**
 * After a command commits, tells every client what changed: one small `hall.event` per change to the
 * hall room (socket.io encodes it once for all sockets), `ticket.changed` to the phone pages of changed
 * tickets, and `queue.moved` to phones waiting in a service whose line moved.
 */
import type { Server } from 'socket.io';
import type { Db } from '../db/open';
import type { HallSettings } from '../hall/settings';
import type { Outbox } from '../commands/outbox';
import type { AlertView, HallEvent, PrinterStateView, ServerToClientEvents } from '../../protocol/events';
import type { Clock } from '../commands/context';
import { businessDay } from '../queue';
import { serviceLoads } from '../views/service-load';
import { counterViews } from '../views/counter-view';
import { ticketTrack } from '../views/ticket-view';
import { HallStream } from './stream';
import { HALL_ROOM, serviceRoom, ticketRoom } from './rooms';

type HallServer = Server<Record<string, never>, ServerToClientEvents>;

export class Broadcaster {
  constructor(
    private readonly io: HallServer,
    private readonly db: Db,
    private readonly settings: HallSettings,
    private readonly clock: Clock,
    readonly stream: HallStream,
  ) {}

  private emitHall(body: Omit<HallEvent, 'epoch' | 'seq'>): void {
    this.io.to(HALL_ROOM).emit('hall.event', { epoch: this.stream.epoch, seq: this.stream.next(), ...body });
  }

  private hasListeners(room: string): boolean {
    return (this.io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  publish(outbox: Outbox): void {
    const now = this.clock.now();
    const today = businessDay(now, this.settings.timezone);
    const loads = outbox.services.size ? serviceLoads(this.db, today, now, this.settings.timezone, outbox.services) : [];
    const counters = outbox.counters.size ? counterViews(this.db, outbox.counters) : [];
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
      this.io.to(room).emit('ticket.changed', ticketTrack(this.db, ticket));
    }
    for (const serviceId of outbox.queuesMoved) {
      const room = serviceRoom(serviceId);
      if (this.hasListeners(room)) this.io.to(room).emit('queue.moved', { serviceId });
    }
  }

  /** Printer state changes reach kiosks and consoles through the same numbered stream. */
  publishPrinters(printers: PrinterStateView[], alert?: AlertView): void {
    this.emitHall({ printers, ...(alert ? { alert } : {}) });
  }

  publishAlert(alert: AlertView): void {
    this.emitHall({ alert });
  }
}
