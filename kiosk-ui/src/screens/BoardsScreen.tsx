import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { BoardsLoad } from '../boards/BoardsLoad';
import { boardsToShow, useBoards } from '../boards/use-boards';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';

/** 政务公开: the hall's public boards (办事程序、服务承诺、办事纪律、投诉办法、办理结果公示), one tap from each page. */
export function BoardsScreen(props: { snapshot: HallSnapshot; stream: HallStream; nav: Navigator }) {
  const { state, retry } = useBoards(props.stream, props.snapshot.configVersion);
  return (
    <section class="screen boards-screen" data-testid="boards-screen">
      <h2 class="screen-title with-icon">
        <Pictogram name="board" size={60} />
        <Text k="kiosk.boards.title" />
      </h2>
      <BoardsLoad state={state} retry={retry}>
        {(all) => {
          const boards = boardsToShow(all);
          if (boards.length === 0) return <p class="screen-prompt"><Text k="kiosk.boards.empty" /></p>;
          return (
            <>
              <p class="screen-prompt">
                <Text k="kiosk.boards.prompt" />
              </p>
              <ul class="board-list">
                {boards.map((board) => (
                  <li key={board.id}>
                    <button
                      type="button"
                      class="guide-link board-link"
                      data-testid={`board-link-${board.id}`}
                      onClick={() => props.nav.push({ screen: 'board', boardId: board.id })}
                    >
                      <Stacked mn={board.mn.title} zh={board.zh.title} />
                      <Pictogram name="forward" size={40} strokeWidth={5} />
                    </button>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </BoardsLoad>
    </section>
  );
}
