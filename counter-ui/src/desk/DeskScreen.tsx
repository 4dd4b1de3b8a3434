import { useState } from 'preact/hooks';
import type { HallStream, HallStreamState } from '../../../protocol/client/hall-stream';
import type { CommandName } from '../../../protocol/commands';
import { Text } from '../../../ui-kit/i18n';
import type { StaffSession } from '../session';
import { DoneNote } from '../parts/DoneNote';
import { ProblemNote } from '../parts/Problem';
import { StaffBar } from '../parts/StaffBar';
import { availableActions, type DeskAction, type SimpleAction } from './desk-actions';
import { useDesk } from './use-desk';
import { useStaffAlerts } from './use-staff-alerts';
import { useTicketCare } from './use-ticket-care';
import { findByNumber, knownTickets } from './reprint-lookup';
import type { StaffAlert } from './staff-alerts';
import { AlertBanners } from './AlertBanners';
import { MissedSlips } from './MissedSlips';
import { useMissedSlips } from './use-missed-slips';
import { CurrentTicket } from './CurrentTicket';
import { ActionBar } from './ActionBar';
import { QueuePanel } from './QueuePanel';
import { HeldPanel } from './HeldPanel';
import { NoShowPanel } from './NoShowPanel';
import { TransferDialog } from './TransferDialog';
import { ReprintDialog } from './ReprintDialog';
import { useReprintPrinter, type ReprintTo } from './use-reprint-printer';
import { useMyDay } from './use-my-day';
import { MyCasesPanel, MyDayPanel } from './MyDayPanel';
import { useServerNow } from './desk-clock';
import { ResumeDialog } from './ResumeDialog';
import { KeySettingsDialog } from './KeySettingsDialog';
import type { ShortcutAction } from './key-map';
import { useKeyMap } from './use-key-map';
import { useShortcuts } from './shortcut-keys';
import { MatterRecordDialog, type RecordTarget } from './matter/MatterRecordDialog';
import { MatterFindDialog } from './matter/MatterFindDialog';

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
  const printers = hall.snapshot?.printers ?? [];
  const reprintTo: ReprintTo = { printers, choice: useReprintPrinter(printers) };
  const care = useTicketCare(stream, deskState, reprintTo);
  const staffAlerts = useStaffAlerts(stream, printers);
  const missed = useMissedSlips(stream, hall.status === 'online');
  const myDay = useMyDay(stream, hall.status === 'online');
  const [transferring, setTransferring] = useState(false);
  const [resuming, setResuming] = useState(false);
  const [settingKeys, setSettingKeys] = useState(false);
  const keyMap = useKeyMap();
  /** The reprint dialog, with the number it opens with; null when closed. */
  const [reprinting, setReprinting] = useState<string | null>(null);
  /** The ticket this desk finished last: 登记办件 offers it first. */
  const [lastFinished, setLastFinished] = useState<RecordTarget | null>(null);
  /** The 登记办件 dialog with the ticket it opens with; null when closed. */
  const [recording, setRecording] = useState<RecordTarget | null>(null);
  const [findingMatter, setFindingMatter] = useState(false);
  const { desk } = deskState;
  const snapshot = hall.snapshot;
  const busy = deskState.busy || hall.status !== 'online';
  const known = desk ? knownTickets(desk, snapshot?.recentCalls ?? []) : [];
  const current = desk?.current ?? null;
  const now = useServerNow(desk?.serverTime ?? 0);

  const run: typeof deskState.run = (send) => {
    care.clearDone();
    return deskState.run(send);
  };
  const close = async (): Promise<void> => {
    if (await run(() => stream.send('counter.close', { counterId }))) props.onLeave();
  };
  // Leaving the desk closes the window first, so no resident is called to an empty window; if it
  // cannot close (a ticket in hand), the reason is shown and the staff member stays.
  const closeAndLogout = async (): Promise<void> => {
    if (hall.status !== 'online') return props.onLogout(); // cannot close while offline; do not trap the user
    if (await run(() => stream.send('counter.close', { counterId }))) props.onLogout();
  };
  const actions: Set<DeskAction> = desk ? availableActions(desk) : new Set();
  const sendSimple = (action: SimpleAction): void => {
    const finishes = action === 'finish' || action === 'finishAndCallNext';
    const finishing = finishes ? current : null;
    void run(() => stream.send(commandOf(action), { counterId })).then((done) => {
      // A finished ticket is the one thing that moves the staff member's own figures.
      if (done && finishes) myDay.refresh();
      if (done && finishing) setLastFinished({ number: finishing.number, serviceId: finishing.serviceId });
    });
  };
  const resume = (ticketId: number): void => {
    setResuming(false);
    void run(() => stream.send('counter.resume', { counterId, ticketId }));
  };
  // One decision for a button and its keys: a verb the desk's state does not allow does nothing.
  const perform = (action: ShortcutAction): void => {
    if (!desk || busy) return;
    const held = desk.held;
    switch (action) {
      case 'transfer':
        if (actions.has('transfer')) setTransferring(true);
        return;
      case 'resume':
        if (!actions.has('resume') || held.length === 0) return;
        if (held.length === 1 && held[0]) resume(held[0].id);
        else setResuming(true);
        return;
      case 'pause':
        if (actions.has('unpause')) sendSimple('unpause');
        else if (actions.has('pause')) sendSimple('pause');
        return;
      case 'reprint':
        if (current) void care.reprint(current);
        return;
      case 'reprintNumber':
        setReprinting('');
        return;
      case 'matterRecord':
        setRecording(lastFinished ?? { number: '', serviceId: null });
        return;
      case 'matterFind':
        setFindingMatter(true);
        return;
      case 'close':
        void close();
        return;
      default:
        if (actions.has(action)) sendSimple(action);
    }
  };
  useShortcuts(keyMap.keys, perform);

  // A failed slip names its ticket by number: reprint at once when this desk knows the ticket,
  // otherwise open the dialog with the number filled in so staff can see why not.
  const reprintFailed = (alert: StaffAlert): void => {
    const number = alert.ticketNumber ?? '';
    const ticket = alert.ticketId !== null ? { id: alert.ticketId, number } : findByNumber(known, number);
    if (!ticket) return setReprinting(number);
    void care.reprint(ticket).then((ok) => {
      if (ok) staffAlerts.dismiss(alert.key);
    });
  };

  return (
    <div class="page">
      <StaffBar session={props.session} status={hall.status} onLogout={() => void closeAndLogout()}>
        <span class="desk-counter">
          <Text k="counter.name" vars={{ n: counterId }} />
        </span>
        <button type="button" class="bar-button" data-testid="action-keys" onClick={() => setSettingKeys(true)}>
          <Text k="desk.keys.open" />
        </button>
        {desk ? (
          <span class={`status-chip status-word-${desk.counter.status}`}>
            <Text k={`counter.status.${desk.counter.status}`} />
          </span>
        ) : null}
      </StaffBar>
      <AlertBanners alerts={staffAlerts.alerts} busy={busy} onDismiss={staffAlerts.dismiss} onReprint={reprintFailed} />
      <MissedSlips
        slips={missed.slips}
        busy={busy}
        onReprint={(slip) => void care.reprint({ id: slip.ticketId, number: slip.number }).then(() => missed.refresh())}
      />
      {desk && snapshot ? (
        <main class="desk">
          <section class="desk-main">
            <ProblemNote problem={deskState.problem} />
            <DoneNote done={care.done} />
            {desk.counter.status === 'paused' ? (
              <p class="notice" role="status">
                <Text k="desk.paused.notice" />
              </p>
            ) : null}
            <CurrentTicket ticket={desk.current} snapshot={snapshot} now={now} />
            <ActionBar
              actions={actions}
              keys={keyMap.keys}
              busy={busy}
              canResume={desk.held.length > 0}
              canReprint={current !== null}
              matterTicket={lastFinished?.number ?? null}
              onAction={perform}
            />
            {myDay.figures ? <MyDayPanel figures={myDay.figures} /> : null}
          </section>
          <aside class="desk-side">
            <QueuePanel
              desk={desk}
              snapshot={snapshot}
              now={now}
              canCall={actions.has('callTicket') && !busy}
              onCall={(ticketId) => void run(() => stream.send('counter.callTicket', { counterId, ticketId }))}
            />
            <HeldPanel
              desk={desk}
              snapshot={snapshot}
              canResume={actions.has('resume')}
              busy={busy}
              onResume={resume}
              onCancel={(ticket) => void care.cancel(ticket)}
            />
            <NoShowPanel desk={desk} snapshot={snapshot} busy={busy} onRequeue={(ticket) => void care.requeue(ticket)} />
            <MyCasesPanel cases={myDay.cases} />
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
      {resuming && desk && snapshot ? (
        <ResumeDialog held={desk.held} snapshot={snapshot} onResume={resume} onCancel={() => setResuming(false)} />
      ) : null}
      {settingKeys ? (
        <KeySettingsDialog keys={keyMap.keys} onChange={keyMap.save} onReset={keyMap.reset} onClose={() => setSettingKeys(false)} />
      ) : null}
      {recording ? (
        <MatterRecordDialog stream={stream} target={recording} timezone={snapshot?.hall.timezone ?? 'Asia/Shanghai'}
          reprintTo={reprintTo} onClose={() => setRecording(null)} />
      ) : null}
      {findingMatter ? (
        <MatterFindDialog stream={stream} timezone={snapshot?.hall.timezone ?? 'Asia/Shanghai'} today={snapshot?.hall.businessDay ?? ''}
          reprintTo={reprintTo} onClose={() => setFindingMatter(false)} />
      ) : null}
      {reprinting !== null && desk ? (
        <ReprintDialog
          known={known}
          reprintTo={reprintTo}
          initial={reprinting}
          busy={busy}
          onCancel={() => setReprinting(null)}
          onReprint={(ticket) => {
            setReprinting(null);
            void care.reprint(ticket);
          }}
        />
      ) : null}
    </div>
  );
}

/** Each desk verb that takes only the counter id, to its command. */
function commandOf(action: SimpleAction) {
  const commands = {
    callNext: 'counter.callNext',
    recall: 'counter.recall',
    noShow: 'counter.noShow',
    start: 'counter.start',
    finish: 'counter.finish',
    finishAndCallNext: 'counter.finishAndCallNext',
    hold: 'counter.hold',
    pause: 'counter.pause',
    unpause: 'counter.unpause',
  } as const satisfies Record<SimpleAction, CommandName>;
  return commands[action];
}
