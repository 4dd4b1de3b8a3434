import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { BoardId } from '../../../protocol/public-info';
import { localDate } from '../../../protocol/local-time';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { BoardsLoad } from '../boards/BoardsLoad';
import { BoardPage } from '../boards/BoardPage';
import { useBoards } from '../boards/use-boards';
import { SampleMark } from '../guide/SampleMark';
import { ScreenTitle } from '../parts/ScreenTitle';

/**
 * One 政务公开 board, large, in one scrolling page. In Mongolian mode its Mongolian page comes first
 * (when there is one), then the Chinese, as the local rule for both scripts asks.
 */
export function BoardScreen(props: { snapshot: HallSnapshot; boardId: BoardId; stream: HallStream }) {
  const { snapshot } = props;
  const { lang } = useLang();
  const { state, retry } = useBoards(props.stream, snapshot.configVersion);
  return (
    <section class="screen board-screen" data-testid="board-screen">
      <BoardsLoad state={state} retry={retry}>
        {(boards) => {
          const board = boards.find((b) => b.id === props.boardId);
          if (!board || board.zh.body.trim() === '') return <p class="screen-prompt"><Text k="kiosk.boards.missing" /></p>;
          const withMongolian = lang === 'mn' && board.mn.body.trim() !== '';
          return (
            <>
              <ScreenTitle icon="board" kicker="kiosk.boards.title">
                <Stacked mn={board.mn.title} zh={board.zh.title} />
              </ScreenTitle>
              {board.sampleContent ? <SampleMark /> : null}
              <article class="board-sheet" data-testid={`board-${board.id}`}>
                {withMongolian ? <BoardPage page={board.mn} lang="mn-Mong" /> : null}
                <BoardPage page={board.zh} lang="zh-CN" />
                {board.updatedAt !== null ? (
                  <p class="guide-text board-updated">
                    <Text k="kiosk.boards.updated" vars={{ date: localDate(board.updatedAt, snapshot.hall.timezone) }} />
                  </p>
                ) : null}
              </article>
            </>
          );
        }}
      </BoardsLoad>
    </section>
  );
}
