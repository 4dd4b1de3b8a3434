/** The 政务公开 boards: #/boards (the five boards), #/boards/<id> (one board's editor beside its kiosk page). */
import { BOARD_IDS, type BoardId, type BoardView } from '../../../../protocol/public-info';
import { localDateTime } from '../../../../protocol/local-time';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import type { ScreenProps } from '../screen';
import { BoardEditor } from './BoardEditor';
import '../public-info.css';

function isBoardId(id: string | undefined): id is BoardId {
  return BOARD_IDS.some((b) => b === id);
}

export function BoardsScreen(props: ScreenProps) {
  const [first] = props.path;
  if (isBoardId(first)) return <BoardEditor key={first} id={first} />;
  return <BoardList />;
}

function BoardList() {
  const { t } = useLang();
  const { navigate } = useConsole();
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const read = useCommand('board.list', {});
  const columns: Column<BoardView>[] = [
    { label: 'admin.boards.board', cell: (b) => b.zh.title },
    {
      label: 'admin.guides.state',
      narrow: true,
      cell: (b) => (b.zh.body.trim() === '' ? <span class="state-off">{t('admin.boards.neverSaved')}</span>
        : b.sampleContent ? <span class="state-wait">{t('admin.guides.sample')}</span>
          : <span class="state-ok">{t('admin.guides.stored')}</span>),
    },
    { label: 'admin.boards.updated', narrow: true, cell: (b) => (b.updatedAt === null ? '—' : localDateTime(b.updatedAt, timezone)) },
  ];
  return (
    <div class="screen-stack" data-testid="boards-admin">
      <ListPage testid="board-list" title="admin.boards.title" rows={read.data} columns={columns} rowKey={(b) => b.id}
        searchText={(b) => `${b.zh.title} ${b.zh.body}`} onOpen={(b) => navigate(`boards/${b.id}`)}
        toolbar={<p class="screen-intro">{t('admin.boards.intro')}</p>} status={loadStatus(read)} />
    </div>
  );
}
