import { useEffect } from 'preact/hooks';
import type { DeviceView } from '../../../../protocol/admin';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { bindingText, onlineText, seenText } from './device-text';

/** Online now and last seen change without a configuration event: the list is read again this often. */
const REFRESH_MS = 10_000;

export function DeviceList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const hall = useHall().snapshot;
  const read = useCommand('device.list', {});
  useEffect(() => {
    const timer = setInterval(read.reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [read.reload]);
  const timezone = hall?.hall.timezone ?? 'Asia/Shanghai';
  const columns: Column<DeviceView>[] = [
    { label: 'admin.devices.kind', cell: (d) => t(`admin.devices.kind.${d.kind}`), narrow: true },
    { label: 'admin.devices.name', cell: (d) => d.name },
    { label: 'admin.devices.binding', cell: (d) => bindingText(d, hall, t) },
    {
      label: 'admin.devices.status',
      narrow: true,
      cell: (d) => <span class={d.online > 0 ? 'state-ok' : 'state-off'} data-testid={`online-${d.id}`}>{onlineText(d, t)}</span>,
    },
    { label: 'admin.devices.lastSeen', cell: (d) => seenText(d.lastSeenAt, timezone) || t('admin.devices.never'), narrow: true },
  ];
  return (
    <ListPage
      testid="device-list"
      title="admin.devices.title"
      rows={read.data}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(d) => d.id}
      searchText={(d) => [t(`admin.devices.kind.${d.kind}`), d.name, bindingText(d, hall, t), onlineText(d, t)].join(' ')}
      onOpen={(d) => navigate(`devices/${d.id}`)}
      newLabel="admin.devices.new"
      onNew={canEdit ? () => navigate('devices/new') : undefined}
    />
  );
}
