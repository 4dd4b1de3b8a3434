import type { PortalServices } from '../../../protocol/portal';
import { trBoth } from '../../../protocol/catalog/ui-lookup';
import { localDate } from '../../../protocol/local-time';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { BoardPage } from '../../src/boards/BoardPage';
import { SampleMark } from '../../src/guide/SampleMark';
import { PageHeading } from '../parts/PageHeading';
import { UpLink } from '../parts/UpLink';
import { NotFoundPage } from './NotFoundPage';

/**
 * One 政务公开 board, drawn by the kiosk's BoardPage: in Mongolian mode its Mongolian page first (when
 * there is one), then the Chinese, as the local rule for both scripts asks.
 */
export function BoardDetailPage(props: { data: PortalServices; boardId: string }) {
  const { lang } = useLang();
  const board = props.data.boards.find((b) => b.id === props.boardId);
  if (!board) return <NotFoundPage />;
  const withMongolian = lang === 'mn' && board.mn.body.trim() !== '';
  return (
    <>
      <UpLink to={{ page: 'boards' }} name={trBoth('kiosk.boards.title')} />
      <PageHeading>
        <Stacked mn={board.mn.title} zh={board.zh.title} />
      </PageHeading>
      {board.sampleContent ? <SampleMark /> : null}
      <article class="board-sheet" data-testid={`board-${board.id}`}>
        {withMongolian ? <BoardPage page={board.mn} lang="mn-Mong" /> : null}
        <BoardPage page={board.zh} lang="zh-CN" />
        {board.updatedAt !== null ? (
          <p class="guide-text board-updated">
            <Text k="kiosk.boards.updated" vars={{ date: localDate(board.updatedAt, props.data.hall.timezone) }} />
          </p>
        ) : null}
      </article>
    </>
  );
}
