import type { ServiceAdminEntry } from '../../../../protocol/structure';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { MnStatusTag } from '../../kit/MnStatusTag';
import { useCommand } from '../../kit/use-command';
import { nameOf, stateText } from '../structure/names';

export function ServiceList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const read = useCommand('service.adminList', {});
  const centres = useCommand('centre.list', {}).data;
  const columns: Column<ServiceAdminEntry>[] = [
    { label: 'admin.services.prefix', cell: (s) => <strong>{s.prefix}</strong>, narrow: true },
    { label: 'admin.services.name', cell: (s) => s.name },
    { label: 'admin.services.nameMnStatus', cell: (s) => <MnStatusTag status={s.nameMnStatus} testid={`service-mn-status-${s.id}`} />, narrow: true },
    { label: 'admin.services.centre', cell: (s) => nameOf(centres, s.centreId) },
    { label: 'admin.services.counters', cell: (s) => s.counterIds.join('、'), narrow: true },
    { label: 'admin.services.minutes', cell: (s) => s.defaultServiceMinutes, narrow: true },
    { label: 'admin.services.priorityShort', cell: (s) => t(s.priorityOffered ? 'admin.structure.yes' : 'admin.structure.no'), narrow: true },
    { label: 'admin.services.ticketsToday', cell: (s) => s.ticketsToday, narrow: true },
    {
      label: 'admin.structure.state', narrow: true,
      cell: (s) => <span class={s.enabled ? 'state-ok' : 'state-off'}>{stateText(t, s.enabled)}</span>,
    },
  ];
  // Grouped as on the kiosk: by centre, then by the kiosk order.
  const centreOrder = new Map((centres ?? []).map((c, i) => [c.id, i]));
  const rows = read.data ? [...read.data].sort((a, b) => (centreOrder.get(a.centreId) ?? 0) - (centreOrder.get(b.centreId) ?? 0)
    || a.sortOrder - b.sortOrder) : null;
  return (
    <ListPage
      testid="service-list"
      title="admin.services.title"
      rows={rows}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(s) => s.id}
      searchText={(s) => [s.prefix, s.name, s.nameMn, s.id, nameOf(centres, s.centreId)].join(' ')}
      onOpen={(s) => navigate(`services/${s.id}`)}
      newLabel="admin.services.new"
      onNew={canEdit ? () => navigate('services/new') : undefined}
    />
  );
}
