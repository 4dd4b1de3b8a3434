/**
 * The supervisors' room: sockets of supervisors and admins join it with supervision.get or alert.list
 * (both refused to anyone else), and the live board and alerts go to it alone, one event per change that
 * socket.io encodes once for every member. Nobody else (displays, kiosks, phones, staff) hears them.
 */
import type { SupervisionAlert, SupervisionBoard } from '../../protocol/supervision';
import type { HallIo } from './socket-server';
import { SUPERVISION_ROOM } from './rooms';

export interface SupervisionRoom {
  /** Whether any supervisor watches now. */
  watched(): boolean;
  board(board: SupervisionBoard): void;
  alert(alert: SupervisionAlert): void;
  /** Accounts whose role or state changed leave the room; they join again with their next supervision.get, if still allowed. */
  dismiss(userIds: ReadonlySet<number>): void;
}

export function supervisionRoom(io: HallIo): SupervisionRoom {
  return {
    watched: () => (io.sockets.adapter.rooms.get(SUPERVISION_ROOM)?.size ?? 0) > 0,
    board: (board) => {
      io.to(SUPERVISION_ROOM).emit('supervision.board', board);
    },
    alert: (alert) => {
      io.to(SUPERVISION_ROOM).emit('supervision.alert', alert);
    },
    dismiss: (userIds) => {
      if (userIds.size === 0) return;
      for (const socket of io.sockets.sockets.values()) {
        const actor = socket.data.actor;
        if (actor?.kind === 'user' && userIds.has(actor.userId)) void socket.leave(SUPERVISION_ROOM);
      }
    },
  };
}
