import type { BoardView } from '../../../protocol/public-info';
import { boardBlocks } from '../../../protocol/board-text';
import { Stacked } from '../../../ui-kit/i18n';
import { BOARD_MS } from '../quiet-hall';

/**
 * 政务公开 while the hall is quiet: one board at a time (办事程序、服务承诺、办事纪律、投诉办法), each for
 * BOARD_MS, its Mongolian page above the Chinese when there is one. A long page scrolls slowly up
 * inside its frame (still, and read from the top, when the screen asks for reduced motion).
 */
export function QuietBoards(props: { boards: BoardView[]; now: number }) {
  const board = props.boards[Math.floor(props.now / BOARD_MS) % props.boards.length];
  if (!board) return null;
  return (
    <section class="quiet-boards" data-testid="quiet-boards" data-board={board.id}>
      <h2 class="quiet-title">
        <Stacked mn={board.mn.title} zh={board.zh.title} bilingual />
      </h2>
      <div class="quiet-page" data-scrolls="">
        <div key={board.id} class="quiet-page-text">
          {board.mn.body.trim() !== '' ? <BoardText body={board.mn.body} lang="mn" /> : null}
          <BoardText body={board.zh.body} lang="zh" />
        </div>
      </div>
    </section>
  );
}

function BoardText(props: { body: string; lang: 'zh' | 'mn' }) {
  return (
    <div class={props.lang === 'mn' ? 'mn quiet-mn' : 'zh'} lang={props.lang === 'mn' ? 'mn-Mong' : 'zh-CN'}>
      {boardBlocks(props.body).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : block.ordered ? (
          <ol key={i}>{block.items.map((item, j) => <li key={j}>{item}</li>)}</ol>
        ) : (
          <ul key={i}>{block.items.map((item, j) => <li key={j}>{item}</li>)}</ul>
        ),
      )}
    </div>
  );
}
