import type { CounterAdminView } from '../../../../protocol/structure';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { nameOf, stateText } from '../structure/names';

export function CounterList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const read = useCommand('counter.list', {});
  const centres = useCommand('centre.list', {}).data;
  const services = useCommand('service.adminList', {}).data;
  const serviceNames = (c: CounterAdminView): string => c.serviceIds.map((id) => nameOf(services, id)).join('、');
  const columns: Column<CounterAdminView>[] = [
    { label: 'admin.counters.number', cell: (c) => <strong>{c.id}</strong>, narrow: true },
    { label: 'admin.counters.name', cell: (c) => c.name, narrow: true },
    { label: 'admin.counters.centre', cell: (c) => nameOf(centres, c.centreId), narrow: true },
    { label: 'admin.counters.services', cell: serviceNames },
    { label: 'admin.counters.devices', cell: (c) => c.devices.map((d) => d.name).join('、'), narrow: true },
    { label: 'admin.counters.now', narrow: true, cell: (c) => t(`admin.counters.status.${c.status}`) },
    {
      label: 'admin.structure.state', narrow: true,
      cell: (c) => <span class={c.enabled ? 'state-ok' : 'state-off'}>{stateText(t, c.enabled)}</span>,
    },
  ];
  return (
    <ListPage
      testid="counter-list"
      title="admin.counters.title"
      rows={read.data}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(c) => c.id}
      searchText={(c) => [String(c.id), c.name, nameOf(centres, c.centreId), serviceNames(c)].join(' ')}
      onOpen={(c) => navigate(`counters/${c.id}`)}
      newLabel="admin.counters.new"
      onNew={canEdit ? () => navigate('counters/new') : undefined}
    />
  );
}
