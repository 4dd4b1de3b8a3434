/**
 * Which desk buttons make sense for the desk's state. Only to spare staff pointless taps: the server
 * checks every verb itself and its error code is shown if the two ever disagree.
 */
import type { CounterDesk } from '../../../protocol/views';

export type DeskAction =
  | 'callNext' | 'recall' | 'noShow' | 'start' | 'finish' | 'finishAndCallNext' | 'transfer' | 'hold'
  | 'pause' | 'unpause' | 'close' | 'callTicket' | 'resume';

/** Desk verbs that take only the counter id (each is one command, see DeskScreen). */
export type SimpleAction = Extract<DeskAction,
  'callNext' | 'recall' | 'noShow' | 'start' | 'finish' | 'finishAndCallNext' | 'hold' | 'pause' | 'unpause'>;

export function availableActions(desk: CounterDesk): Set<DeskAction> {
  const actions = new Set<DeskAction>(['close']);
  const status = desk.counter.status;
  const current = desk.current?.status ?? null;
  if (status === 'paused') actions.add('unpause');
  if (status === 'open') actions.add('pause');
  if (current === null && status === 'open') {
    actions.add('callNext');
    actions.add('callTicket');
    actions.add('resume');
  }
  if (current === 'called') {
    for (const action of ['recall', 'noShow', 'start', 'transfer'] as const) actions.add(action);
  }
  if (current === 'serving') {
    for (const action of ['finish', 'transfer', 'hold'] as const) actions.add(action);
    // 办结并叫号 only while someone waits for this counter: with nobody to call it would only be 办结.
    if (desk.queue.length > 0) actions.add('finishAndCallNext');
  }
  return actions;
}
