import { useState } from 'preact/hooks';
import type { HallStream, HallStreamState } from '../../../protocol/client/hall-stream';
import type { CommandName } from '../../../protocol/commands';
import { Text } from '../../../ui-kit/i18n';
import type { StaffSession } from '../session';
import { ProblemNote } from '../parts/Problem';
import { StaffBar } from '../parts/StaffBar';
import { availableActions } from './desk-actions';
import { useDesk } from './use-desk';
import { CurrentTicket } from './CurrentTicket';
import { ActionBar } from './ActionBar';
import { QueuePanel } from './QueuePanel';
import { HeldPanel } from './HeldPanel';
import { TransferDialog } from './TransferDialog';

export function DeskScreen(props: {
  stream: HallStream;
  hall: HallStreamState;
  session: StaffSession;
  counterId: number;
  onLeave: () => void;
  onLogout: () => void;
}) {
  const { stream, hall, counterId } = props;
  const deskState = useDesk(stream, counterId, hall.status === 'online');
  const [transferring, setTransferring] = useState(false);
  const { desk, run } = deskState;
  const snapshot = hall.snapshot;

  const close = async (): Promise<void> => {
    if (await run(() => stream.send('counter.close', { counterId }))) props.onLeave();
  };
  // Leaving the desk closes the window first, so no resident is called to an empty window; if it
  // cannot close (a ticket in hand), the reason is shown and the staff member stays.
  const closeAndLogout = async (): Promise<void> => {
    if (hall.status !== 'online') return props.onLogout(); // cannot close while offline; do not trap the user
    if (await run(() => stream.send('counter.close', { counterId }))) props.onLogout();
  };

  return (
    <div class="page">
      <StaffBar session={props.session} status={hall.status} onLogout={() => void closeAndLogout()}>
        <span class="desk-counter">
          <Text k="counter.name" vars={{ n: counterId }} />
        </span>
        {desk ? (
          <span class={`status-chip status-word-${desk.counter.status}`}>
            <Text k={`counter.status.${desk.counter.status}`} />
          </span>
        ) : null}
      </StaffBar>
      {desk && snapshot ? (
        <main class="desk">
          <section class="desk-main">
            <ProblemNote problem={deskState.problem} />
            {desk.counter.status === 'paused' ? (
              <p class="notice" role="status">
                <Text k="desk.paused.notice" />
              </p>
            ) : null}
            <CurrentTicket ticket={desk.current} snapshot={snapshot} />
            <ActionBar
              actions={availableActions(desk)}
              busy={deskState.busy || hall.status !== 'online'}
              send={(action) => run(() => stream.send(commandOf(action), { counterId }))}
              onTransfer={() => setTransferring(true)}
              onClose={() => void close()}
            />
          </section>
          <aside class="desk-side">
            <QueuePanel
              desk={desk}
              snapshot={snapshot}
              canCall={availableActions(desk).has('callTicket') && !deskState.busy}
              onCall={(ticketId) => void run(() => stream.send('counter.callTicket', { counterId, ticketId }))}
            />
            <HeldPanel
              desk={desk}
              snapshot={snapshot}
              canResume={availableActions(desk).has('resume') && !deskState.busy}
              onResume={(ticketId) => void run(() => stream.send('counter.resume', { counterId, ticketId }))}
            />
          </aside>
        </main>
      ) : (
        <main class="desk-loading">
          <ProblemNote problem={deskState.problem} />
        </main>
      )}
      {transferring && desk?.current && snapshot ? (
        <TransferDialog
          desk={desk}
          snapshot={snapshot}
          onCancel={() => setTransferring(false)}
          onTarget={(target) => {
            setTransferring(false);
            void run(() => stream.send('counter.transfer', { counterId, ...target }));
          }}
        />
      ) : null}
    </div>
  );
}

/** Desk verbs that take only the counter id, each to its command. */
export type SimpleAction = 'callNext' | 'recall' | 'noShow' | 'start' | 'finish' | 'hold' | 'pause' | 'unpause';

function commandOf(action: SimpleAction) {
  const commands = {
    callNext: 'counter.callNext',
    recall: 'counter.recall',
    noShow: 'counter.noShow',
    start: 'counter.start',
    finish: 'counter.finish',
    hold: 'counter.hold',
    pause: 'counter.pause',
    unpause: 'counter.unpause',
  } as const satisfies Record<SimpleAction, CommandName>;
  return commands[action];
}
