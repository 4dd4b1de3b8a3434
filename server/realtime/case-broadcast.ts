/**
 * Tells supervisors' consoles which follow-up cases were opened or moved a step (a new 差评, a call-back
 * logged, an overdue case escalated at day's end): one small event per command to their room, so an open
 * case list reads itself again without a reload. Staff, devices and phone pages are never in the room.
 */
import type { Outbox } from '../commands/outbox';
import type { HallIo } from './socket-server';
import { SUPERVISORS_ROOM } from './supervisors-room';

export function publishCases(io: HallIo, outbox: Outbox): void {
  if (outbox.cases.size === 0) return;
  io.to(SUPERVISORS_ROOM).emit('case.changed', { ids: [...outbox.cases] });
}
