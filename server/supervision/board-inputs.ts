/**
 * Reads what the live board is computed from: the hall's structure and limits, today's tickets, which
 * devices are connected and the printers' states. The board itself (./board.ts) is pure.
 */
import type { Db } from '../db/open';
import type { DevicePresencePort, PrinterStatusPort } from '../commands/context';
import type { BoardDevice, BoardInputs } from './board';
import { boardCentres, boardCounters, boardServices, daySums } from '../db/queries/supervision';
import { openTicketsOfDay } from '../db/queries/tickets';
import { listDevices, type DeviceRecord } from '../db/queries/devices';

export interface BoardSources {
  db: Db;
  presence: DevicePresencePort;
  printers: PrinterStatusPort;
}

/**
 * The one centre a device belongs to: a display's centre, the centre of a counter's pad or window
 * display, a kiosk that offers a single centre. A hall display or a kiosk of several centres counts for
 * the hall only.
 */
export function centreOfDevice(d: DeviceRecord, counterCentre: ReadonlyMap<number, string>): string | null {
  if (d.counterId !== null) return counterCentre.get(d.counterId) ?? null;
  if (d.centreId !== null) return d.centreId;
  return d.centreIds.length === 1 ? (d.centreIds[0] ?? null) : null;
}

export function readBoardInputs(src: BoardSources, now: number, businessDay: string, idleSince: ReadonlyMap<number, number>):
  BoardInputs {
  const counters = boardCounters(src.db);
  const counterCentre = new Map(counters.map((c) => [c.id, c.centreId]));
  const devices: BoardDevice[] = listDevices(src.db).map((d) => ({
    id: d.id, kind: d.kind, centreId: centreOfDevice(d, counterCentre), online: src.presence.connections(d.id) > 0,
  }));
  return {
    now, businessDay, centres: boardCentres(src.db), services: boardServices(src.db), counters,
    open: openTicketsOfDay(src.db, businessDay), day: daySums(src.db, businessDay), devices,
    printers: src.printers.views(), idleSince,
  };
}
