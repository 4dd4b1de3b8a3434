import type { PrinterAdminView } from '../../../../protocol/admin';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { PrinterState } from './PrinterState';

export function PrinterList() {
  const { t } = useLang();
  const { canEdit, navigate } = useConsole();
  const live = useHall().snapshot?.printers ?? [];
  const read = useCommand('printer.list', {});
  const stateOf = (p: PrinterAdminView) => live.find((s) => s.printerId === p.id) ?? p.status;
  const columns: Column<PrinterAdminView>[] = [
    { label: 'admin.printers.name', cell: (p) => p.name },
    { label: 'admin.printers.id', cell: (p) => p.id, narrow: true },
    { label: 'admin.printers.url', cell: (p) => p.url },
    { label: 'admin.printers.paperWidth', cell: (p) => t(p.paperWidth === 58 ? 'admin.printers.paper58' : 'admin.printers.paper80'), narrow: true },
    { label: 'admin.printers.state', cell: (p) => <PrinterState state={stateOf(p)} testid={`printer-state-${p.id}`} />, narrow: true },
    { label: 'admin.printers.kiosks', cell: (p) => t('admin.printers.kioskCount', { n: stateOf(p)?.kioskIds.length ?? 0 }), narrow: true },
  ];
  return (
    <ListPage
      testid="printer-list"
      title="admin.printers.title"
      rows={read.data}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(p) => p.id}
      searchText={(p) => {
        const state = stateOf(p);
        return [p.name, p.id, p.url, state ? t(`print.state.${state.state}`) : ''].join(' ');
      }}
      onOpen={(p) => navigate(`printers/${p.id}`)}
      newLabel="admin.printers.new"
      onNew={canEdit ? () => navigate('printers/new') : undefined}
    />
  );
}
