/** 办理指南: #/guides (every service, by centre), #/guides/<serviceId> (its guide's editor beside the kiosk page). */
import type { ServiceView } from '../../../../protocol/views';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import type { ScreenProps } from '../screen';
import { GuideEditor } from './GuideEditor';
import '../public-info.css';

export function GuidesScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first !== undefined) return <GuideEditor key={first} serviceId={first} />;
  return <GuideServiceList />;
}

function GuideServiceList() {
  const { t } = useLang();
  const { navigate } = useConsole();
  const snapshot = useHall().snapshot;
  const centreName = (id: string): string => snapshot?.centres.find((c) => c.id === id)?.name ?? id;
  const columns: Column<ServiceView>[] = [
    { label: 'admin.guides.service', cell: (s) => s.name },
    { label: 'admin.guides.centre', cell: (s) => centreName(s.centreId) },
  ];
  return (
    <div class="screen-stack" data-testid="guides-admin">
      <ListPage testid="guide-services" title="admin.guides.title" rows={snapshot?.services ?? null} columns={columns}
        rowKey={(s) => s.id} searchText={(s) => `${s.name} ${centreName(s.centreId)} ${s.prefix}`}
        onOpen={(s) => navigate(`guides/${s.id}`)} toolbar={<p class="screen-intro">{t('admin.guides.intro')}</p>} />
    </div>
  );
}
