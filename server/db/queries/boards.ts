/** SQL for the 政务公开 boards (one row per board once written; columns per language). */
import type { Db } from '../open';
import type { BoardView } from '../../../protocol/public-info';
import { statement } from './statement';

interface BoardRow {
  id: BoardView['id'];
  title: string;
  titleMn: string;
  body: string;
  bodyMn: string;
  sampleContent: number;
  updatedAt: number | null;
}

export function storedBoards(db: Db): BoardView[] {
  const rows = statement(db, `SELECT id, title, title_mn AS titleMn, body, body_mn AS bodyMn, sample_content AS sampleContent,
    updated_at AS updatedAt FROM boards`).all() as BoardRow[];
  return rows.map((r) => ({
    id: r.id, zh: { title: r.title, body: r.body }, mn: { title: r.titleMn, body: r.bodyMn },
    sampleContent: r.sampleContent === 1, updatedAt: r.updatedAt,
  }));
}

export function storeBoard(db: Db, board: BoardView): void {
  statement(db, `INSERT INTO boards (id, title, title_mn, body, body_mn, sample_content, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, title_mn = excluded.title_mn, body = excluded.body,
      body_mn = excluded.body_mn, sample_content = excluded.sample_content, updated_at = excluded.updated_at`)
    .run(board.id, board.zh.title, board.mn.title, board.zh.body, board.mn.body, board.sampleContent ? 1 : 0, board.updatedAt);
}
