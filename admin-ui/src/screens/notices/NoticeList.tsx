import type { AnnouncementView } from '../../../../protocol/public-info';
import { localDateTime } from '../../../../protocol/local-time';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { noticeState } from './notice-state';

const STATE_CLASS = { showing: 'state-ok', upcoming: 'state-wait', ended: 'state-off' } as const;

/** Every notice, latest start first, with whether it shows now. */
export function NoticeList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const snapshot = useHall().snapshot;
  const timezone = snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const read = useCommand('announcement.list', {});
  const columns: Column<AnnouncementView>[] = [
    { label: 'admin.notices.text', cell: (n) => <span class="notice-cell">{n.text}</span> },
    { label: 'admin.notices.startsAt', cell: (n) => localDateTime(n.startsAt, timezone), narrow: true },
    { label: 'admin.notices.endsAt', cell: (n) => localDateTime(n.endsAt, timezone), narrow: true },
    {
      label: 'admin.notices.state',
      narrow: true,
      cell: (n) => {
        const state = noticeState(n, snapshot?.notices ?? [], Date.now());
        return <span class={STATE_CLASS[state]} data-testid={`notice-state-${n.id}`}>{t(`admin.notices.${state}`)}</span>;
      },
    },
  ];
  return (
    <div class="screen-stack" data-testid="notices-screen">
      <ListPage
        testid="notice-list"
        title="admin.notices.title"
        rows={read.data}
        columns={columns}
        rowKey={(n) => n.id}
        searchText={(n) => `${n.text} ${n.textMn}`}
        onOpen={(n) => navigate(`notices/${n.id}`)}
        newLabel="admin.notices.new"
        {...(canEdit ? { onNew: () => navigate('notices/new') } : {})}
        toolbar={<p class="screen-intro">{t('admin.notices.intro')}</p>}
        status={loadStatus(read)}
      />
    </div>
  );
}
