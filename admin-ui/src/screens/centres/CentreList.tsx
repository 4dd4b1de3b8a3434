import type { CentreAdminEntry } from '../../../../protocol/structure';
import { CentreIcon } from '../../../../ui-kit/CentreIcon';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { MnNameCell } from '../../kit/MnStatusTag';
import { useCommand } from '../../kit/use-command';
import { stateText } from '../structure/names';

export function CentreList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const read = useCommand('centre.list', {});
  const columns: Column<CentreAdminEntry>[] = [
    { label: 'admin.structure.order', cell: (c) => c.sortOrder, narrow: true },
    { label: 'admin.centres.icon', cell: (c) => <span class="icon-cell"><CentreIcon icon={c.icon} size={28} /></span>, narrow: true },
    { label: 'admin.centres.name', cell: (c) => c.name },
    { label: 'admin.centres.nameMn', cell: (c) => <MnNameCell mn={c.nameMn} status={c.nameMnStatus} testid={`centre-mn-status-${c.id}`} /> },
    { label: 'admin.centres.services', cell: (c) => c.serviceCount, narrow: true },
    { label: 'admin.centres.counters', cell: (c) => c.counterCount, narrow: true },
    {
      label: 'admin.structure.state', narrow: true,
      cell: (c) => <span class={c.enabled ? 'state-ok' : 'state-off'}>{stateText(t, c.enabled)}</span>,
    },
  ];
  return (
    <ListPage
      testid="centre-list"
      title="admin.centres.title"
      rows={read.data}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(c) => c.id}
      searchText={(c) => [c.name, c.nameMn, c.id].join(' ')}
      onOpen={(c) => navigate(`centres/${c.id}`)}
      newLabel="admin.centres.new"
      onNew={canEdit ? () => navigate('centres/new') : undefined}
    />
  );
}
