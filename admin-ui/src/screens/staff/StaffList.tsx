import type { StaffView } from '../../../../protocol/admin';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { centreName } from './staff-choices';

export function StaffList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const centres = useHall().snapshot?.centres ?? [];
  const read = useCommand('staff.list', {});
  const columns: Column<StaffView>[] = [
    { label: 'admin.staff.staffNumber', cell: (s) => s.staffNumber ?? '', narrow: true },
    { label: 'admin.staff.displayName', cell: (s) => s.displayName },
    { label: 'admin.staff.username', cell: (s) => s.username },
    { label: 'admin.staff.role', cell: (s) => t(`admin.role.${s.role}`), narrow: true },
    { label: 'admin.staff.centre', cell: (s) => centreName(centres, s.centreId) },
    {
      label: 'admin.staff.status',
      narrow: true,
      cell: (s) => (
        <span class={s.active ? 'state-ok' : 'state-off'}>
          {t(s.active ? 'admin.staff.active' : 'admin.staff.disabled')}
          {s.active && s.mustChangePassword ? ` · ${t('admin.staff.mustChange')}` : ''}
        </span>
      ),
    },
    { label: 'admin.staff.atCounter', cell: (s) => (s.counterId === null ? '' : t('counter.name', { n: s.counterId })), narrow: true },
  ];
  return (
    <ListPage
      testid="staff-list"
      title="admin.staff.title"
      rows={read.data}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(s) => s.id}
      searchText={(s) => [s.displayName, s.username, s.staffNumber ?? '', centreName(centres, s.centreId), t(`admin.role.${s.role}`)].join(' ')}
      onOpen={(s) => navigate(`staff/${s.id}`)}
      newLabel="admin.staff.new"
      onNew={canEdit ? () => navigate('staff/new') : undefined}
    />
  );
}
