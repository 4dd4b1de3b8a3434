/**
 * The 政务公开 boards (办事程序、服务承诺、办事纪律、投诉办法、办理结果公示): public pages anyone may read
 * (the kiosk shows them under their own button), kept by admins in Chinese and Mongolian.
 */
import type { BoardId, BoardView } from '../../protocol/public-info';
import { BOARD_IDS } from '../../protocol/public-info';
import { t } from '../../protocol/catalog';
import type { Db } from '../db/open';
import type { CommandDef } from './define';
import { storedBoards, storeBoard } from '../db/queries/boards';
import { audit } from './audit';

/** Every board in kiosk order; one nobody wrote yet has its usual title and an empty body. */
export function allBoards(db: Db): BoardView[] {
  const stored = new Map(storedBoards(db).map((b) => [b.id, b]));
  return BOARD_IDS.map((id) => stored.get(id) ?? emptyBoard(id));
}

function emptyBoard(id: BoardId): BoardView {
  return { id, zh: { title: t(`board.title.${id}`), body: '' }, mn: { title: '', body: '' }, sampleContent: false, updatedAt: null };
}

function boardOf(db: Db, id: BoardId): BoardView {
  return allBoards(db).find((b) => b.id === id) ?? emptyBoard(id);
}

export const boardList: CommandDef<'board.list'> = {
  name: 'board.list',
  permits: ['everyone'],
  run(ctx) {
    return allBoards(ctx.db);
  },
};

export const boardGet: CommandDef<'board.get'> = {
  name: 'board.get',
  permits: ['everyone'],
  run(ctx, { id }) {
    return boardOf(ctx.db, id);
  },
};

export const boardSave: CommandDef<'board.save'> = {
  name: 'board.save',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, zh, mn }) {
    const before = boardOf(ctx.db, id);
    // A board an admin saves is the hall's own text, no longer the demo's 示例内容.
    const after: BoardView = { id, zh, mn: mn ?? { title: '', body: '' }, sampleContent: false, updatedAt: ctx.now };
    storeBoard(ctx.db, after);
    ctx.outbox.hallConfig();
    audit(ctx, `board:${id}`, before.updatedAt === null ? null : before, after);
    return after;
  },
};
