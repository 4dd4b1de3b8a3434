/**
 * The live board and alerts go to the supervisors' room (./supervisors-room.ts: every socket of a
 * supervisor or admin session) and nowhere else, one event per change that socket.io encodes once for
 * every member. Displays, kiosks, phones and staff never hear them. Since the board names people and
 * figures, an account that stops being a supervisor or admin leaves the room at once, not at its next
 * connection.
 */
import type { SupervisionAlert, SupervisionBoard } from '../../protocol/supervision';
import type { HallIo } from './socket-server';
import { SUPERVISORS_ROOM } from './supervisors-room';

export interface SupervisionRoom {
  /** Whether any supervisor watches now. */
  watched(): boolean;
  board(board: SupervisionBoard): void;
  alert(alert: SupervisionAlert): void;
  /** These accounts are no longer supervisors or admins: their open sockets leave the room. */
  dismiss(userIds: ReadonlySet<number>): void;
}

export function supervisionRoom(io: HallIo): SupervisionRoom {
  return {
    watched: () => (io.sockets.adapter.rooms.get(SUPERVISORS_ROOM)?.size ?? 0) > 0,
    board: (board) => {
      io.to(SUPERVISORS_ROOM).emit('supervision.board', board);
    },
    alert: (alert) => {
      io.to(SUPERVISORS_ROOM).emit('supervision.alert', alert);
    },
    dismiss: (userIds) => {
      if (userIds.size === 0) return;
      for (const socket of io.sockets.sockets.values()) {
        const actor = socket.data.actor;
        if (actor?.kind === 'user' && userIds.has(actor.userId)) void socket.leave(SUPERVISORS_ROOM);
      }
    },
  };
}
