/**
 * 电子监察: the whole hall live for supervisors and admins. The board and the alerts arrive pushed by
 * the server (the same board for every supervisor, computed once per change); this screen only shows
 * them, with no polling of its own.
 */
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useSupervision, useHallTime } from './use-supervision';
import { HallSummary } from './HallSummary';
import { AlertPanel } from './AlertPanel';
import { CentreTable, CounterTable, ServiceTable } from './BoardTables';
import { SoundControls } from './SoundControls';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import './supervision.css';

export function SupervisionScreen() {
  const { t } = useLang();
  const time = useHallTime();
  const { feed, state } = useSupervision();
  const { board } = state;
  const centreName = (id: string): string => board?.centres.find((c) => c.centreId === id)?.name ?? id;
  return (
    <div class="screen-stack supervision" data-testid="supervision-screen">
      <header class="screen-head">
        <h1><Text k="admin.supervision.title" /></h1>
        {board ? <span class="muted" data-testid="board-updated">{t('admin.supervision.updated', { time: time(board.at, true) })}</span> : null}
        <SoundControls />
      </header>
      <p class="muted"><Text k="admin.supervision.intro" /> <span class="legend"><Text k="admin.supervision.legend" /></span></p>
      {state.refusedWith ? <ErrorNote code={state.refusedWith} /> : null}
      {board === null ? <p class="load-note"><Text k="admin.supervision.waitingFor" /></p> : (
        <>
          <HallSummary board={board} />
          <AlertPanel feed={feed} alerts={state.alerts} />
          <h2><Text k="admin.supervision.centres" /></h2>
          <CentreTable centres={board.centres} />
          <h2><Text k="admin.supervision.counterList" /></h2>
          <CounterTable board={board} />
          <h2><Text k="admin.supervision.services" /></h2>
          <ServiceTable services={board.services} centreName={centreName} />
        </>
      )}
    </div>
  );
}
